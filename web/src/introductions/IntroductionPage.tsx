import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import {
  answerIntroduction,
  blockAccount,
  getBlocks,
  getIntroduction,
  markIntroductionMet,
  unblockAccount,
  type BlockedAccount,
  type Introduction,
  type IntroductionDetail,
  type IntroductionParty,
} from '../api/introductions.ts';
import { formatDateTime } from '../account/format.ts';
import { RequireUser } from '../account/RequireUser.tsx';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { failureMessage } from '../forms/messages.ts';
import { ActionOutcome } from '../forms/fields.tsx';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { AnswerSection, IntroductionParties } from './IntroductionParties.tsx';
import { IntroductionThread } from './IntroductionThread.tsx';
import { askedByText, introductionTitle } from './introduction-text.ts';
import { useNotifications } from './notifications.tsx';
import { blockableResident, otherParties } from './parties.ts';
import { SafetySection } from './SafetySection.tsx';
import { StatusWord } from './StatusWord.tsx';
import './introductions.css';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';

type Loaded = [IntroductionDetail, BlockedAccount[]];

function loadIntroduction(id: string, signal?: AbortSignal): Promise<Loaded> {
  return Promise.all([getIntroduction(id, signal), getBlocks(signal)]);
}

/** One introduction: the note, both sides and their answers, the answer buttons, the thread, and block or report. */
export function IntroductionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [known, setKnown] = useState<Pick<Introduction, 'parties' | 'myParty'> | null>(null);
  return (
    <PageLayout title={known === null ? t('introduction.titleFallback') : introductionTitle(t, known)}>
      <RequireUser>{() => <IntroductionView key={id} id={id} onLoaded={setKnown} />}</RequireUser>
      <p className="page-back">
        <Link to={PATHS.introductions}>{t('introduction.back')}</Link>
      </p>
    </PageLayout>
  );
}

interface IntroductionViewProps {
  id: string;
  onLoaded: (introduction: IntroductionDetail) => void;
}

function IntroductionView({ id, onLoaded }: IntroductionViewProps) {
  const { t, i18n } = useTranslation();
  const { refresh: refreshBell } = useNotifications();
  const { state, retry, replace } = useApiData((signal) => loadIntroduction(id, signal), [id]);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const introduction = state.status === 'ready' ? state.data[0] : null;

  useEffect(
    function showTitleAndClearBell() {
      if (introduction === null) return;
      onLoaded(introduction);
      // Reading an introduction marked its notifications read.
      refreshBell();
    },
    [introduction, onLoaded, refreshBell],
  );

  if (state.status === 'loading') {
    return <LoadingStatus />;
  }
  if (state.status === 'error') {
    const gone = state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 400);
    return gone ? <p role="alert">{t('introduction.notFound')}</p> : <LoadProblem onRetry={retry} />;
  }
  const [current, blocks] = state.data;

  async function reload(): Promise<void> {
    replace(await loadIntroduction(id));
  }

  /** Runs one action, then shows the introduction as it now is; `focusNotice` when the clicked button disappears. */
  async function act(action: () => Promise<string>, focusNotice: boolean): Promise<void> {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const message = await action();
      await reload();
      setNotice(message);
      if (focusNotice) requestAnimationFrame(() => noticeRef.current?.focus());
    } catch (error) {
      setProblem(failureMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  const others = otherParties(current);
  const otherName = others.map((party) => party.name).join(` ${t('introduction.and')} `);
  const resident = blockableResident(current);
  const residentBlocked = resident !== null && blocks.some((blocked) => blocked.id === resident.id);
  const isParty = current.myParty !== null;

  function answer(given: 'accept' | 'decline'): Promise<void> {
    return act(async () => {
      const status = await answerIntroduction(id, given);
      if (given === 'decline') return t('introduction.declinedByMe');
      return status === 'accepted'
        ? t('introduction.acceptedBoth')
        : t('introduction.acceptedWaiting', { name: otherName });
    }, true);
  }

  function toggleBlock(party: IntroductionParty): Promise<void> {
    return act(async () => {
      if (residentBlocked) {
        await unblockAccount(party.id);
        return t('introduction.unblocked', { name: party.name });
      }
      await blockAccount(party.id);
      return t('introduction.blocked', { name: party.name });
    }, false);
  }

  function markMet(): Promise<void> {
    return act(async () => {
      await markIntroductionMet(id);
      return t('introduction.metDone');
    }, true);
  }

  function reported(blocked: boolean, name: string | null): void {
    void act(async () => (blocked && name !== null ? t('report.sentAndBlocked', { name }) : t('report.sent')), false);
  }

  return (
    <div className="sections introduction">
      <div className="introduction__summary">
        <p className="introduction__status">
          {t('introductions.statusLabel')} <StatusWord status={current.status} strong />
        </p>
        <p className="facts__note">
          {askedByText(t, current)} ·{' '}
          <time dateTime={current.createdAt}>{formatDateTime(current.createdAt, i18n.language)}</time>
        </p>
      </div>

      <ActionOutcome status={notice} problem={problem} statusRef={noticeRef} />

      <section className="section" aria-labelledby="introduction-note-heading">
        <h2 id="introduction-note-heading">{t('introduction.noteHeading')}</h2>
        <blockquote className="introduction__note">{current.note}</blockquote>
      </section>

      <IntroductionParties introduction={current} otherName={otherName} busy={busy} onMet={() => void markMet()} />

      {current.canAnswer && (
        <AnswerSection otherName={otherName} busy={busy} onAnswer={(given) => void answer(given)} />
      )}

      <IntroductionThread
        introduction={current}
        mayWrite={current.canWrite && !residentBlocked}
        onSent={() => act(async () => t('introduction.sent'), false)}
        onReported={reported}
      />

      {isParty && (resident !== null || !current.askedByMe) && (
        <SafetySection
          introduction={current}
          resident={resident}
          residentBlocked={residentBlocked}
          busy={busy}
          onToggleBlock={(party) => void toggleBlock(party)}
          onReported={reported}
        />
      )}
    </div>
  );
}
