import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, ItemStatus } from '../api/agendas.ts';
import { ApiError } from '../api/client.ts';
import { problemOf } from '../forms/api-errors.ts';
import { failureMessage, problemMessage } from '../forms/messages.ts';
import { useAgenda } from './agenda-context.ts';

type T = TFunction<'translation'>;

/** The order of the statuses, in words and in the progress chart; dropped last, apart from the way forward. */
export const STATUSES: readonly ItemStatus[] = ['idea', 'agreed', 'under-way', 'done', 'dropped'];

type RuleKey =
  | 'agenda.ruleOwner'
  | 'agenda.ruleNotPrivate'
  | 'agenda.ruleExists'
  | 'agenda.ruleSeated'
  | 'agenda.ruleLinked'
  | 'agenda.ruleRequired';

/** The agenda routes' own rules, in words (by field, then by rule alone); the rest as the shared forms say them. */
const FIELD_RULES: Readonly<Record<string, RuleKey>> = {
  'year:unique': 'agenda.ruleExists',
  'organisationId:unique': 'agenda.ruleSeated',
  'me:unique': 'agenda.ruleSeated',
  'ref:unique': 'agenda.ruleLinked',
};
const RULES: Readonly<Record<string, RuleKey>> = {
  owner: 'agenda.ruleOwner',
  'not-private': 'agenda.ruleNotPrivate',
  required: 'agenda.ruleRequired',
};

/** Every problem of a refused call as a sentence. */
function agendaProblems(t: T, error: unknown): string[] {
  if (!(error instanceof ApiError) || error.errors.length === 0) return [failureMessage(t, error)];
  return error.errors.map((fieldError) => {
    const problem = problemOf(fieldError);
    const key = FIELD_RULES[`${problem.field}:${problem.rule}`] ?? RULES[problem.rule];
    return key === undefined ? problemMessage(t, problem) : t(key);
  });
}

/** A history entry's action ("item.support-withdrawn") in words; one the interface does not know, as the API says it. */
export function actionText(t: T, action: string): string {
  return t(`agenda.action-${action.replace(/\./g, '-')}` as 'agenda.action-agenda-created', { defaultValue: action });
}

export interface AgendaAction {
  busy: boolean;
  problems: string[];
  /** Runs the call; on failure keeps its problems to show beside the form. Resolves true when it succeeded. */
  act: (call: () => Promise<unknown>) => Promise<boolean>;
}

/** One call at a time from one form or button, with what went wrong kept beside it. */
export function useAgendaAction(): AgendaAction {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  async function act(call: () => Promise<unknown>): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setProblems([]);
    try {
      await call();
      return true;
    } catch (error) {
      setProblems(agendaProblems(t, error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, problems, act };
}

export interface AgendaChange extends Omit<AgendaAction, 'act'> {
  /** Runs the call, then loads the agenda again and announces `done`. Resolves true when it succeeded. */
  change: (call: () => Promise<unknown>, done: string) => Promise<boolean>;
}

/** A change to the agenda from one form or button: one at a time, shown on the page once it is made. */
export function useAgendaChange(): AgendaChange {
  const { reload } = useAgenda();
  const { busy, problems, act } = useAgendaAction();

  function change(call: () => Promise<unknown>, done: string): Promise<boolean> {
    return act(async () => {
      await call();
      await reload(done);
    });
  }

  return { busy, problems, change };
}

/** A day (YYYY-MM-DD) or a moment in the reader's language. */
/** Whether an item's next step is overdue: its date has passed (before today, local time) and the item is still open. */
export function isOverdue(item: Pick<AgendaItem, 'nextStepDate' | 'status'>, now = new Date()): boolean {
  if (item.nextStepDate === null || item.status === 'done' || item.status === 'dropped') return false;
  const pad = (value: number) => String(value).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return item.nextStepDate.slice(0, 10) < today;
}

export function formatDay(value: string, language: 'nl' | 'en'): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

export function formatMoment(value: string, language: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}
