import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { linkIntroductionToItem, type AgendaItem } from '../api/agendas.ts';
import { getIntroductions } from '../api/introductions.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { ProblemList } from '../forms/ProblemList.tsx';
import { useApiData } from '../use-api-data.ts';
import { Field, FormActions } from './AgendaParts.tsx';
import { useAgenda } from './agenda-context.ts';
import { useAgendaAction } from './agenda-text.ts';

/** An introduction made for this item: those the visitor asked for (the API also lets editors link others of the area). */
export function ItemIntroductionForm({ item, onDone }: { item: AgendaItem; onDone: () => void }) {
  const { t } = useTranslation();
  const { reload } = useAgenda();
  const id = useId();
  const introductions = useApiData((signal) => getIntroductions(signal), []);
  const [choice, setChoice] = useState('');
  const { busy, problems, act } = useAgendaAction();
  const mine =
    introductions.state.status === 'ready'
      ? introductions.state.data.filter((introduction) => introduction.askedByMe)
      : [];

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const done = await act(async () => {
      await linkIntroductionToItem(item.id, choice);
      await reload(t('agenda.introductionLinked'));
    });
    if (done) onDone();
  }

  if (introductions.state.status === 'error') return <LoadProblem onRetry={introductions.retry} />;
  if (introductions.state.status === 'ready' && mine.length === 0)
    return <p className="agenda-empty">{t('agenda.introductionNone')}</p>;
  return (
    <form
      className="agenda-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('agenda.introductionFormLabel', { ambition: item.ambition })}
    >
      <Field id={`${id}-introduction`} label={t('agenda.introductionChoice')}>
        <select
          id={`${id}-introduction`}
          className="field__control"
          required
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">
            {introductions.state.status === 'loading' ? t('agenda.loading') : t('agenda.choose')}
          </option>
          {mine.map((introduction) => (
            <option key={introduction.id} value={introduction.id}>
              {introduction.parties.map((party) => party.name).join(' – ')}
            </option>
          ))}
        </select>
      </Field>
      <ProblemList problems={problems} />
      <FormActions
        busy={busy}
        submitLabel={t('agenda.introductionSubmit')}
        onCancel={onDone}
        disabled={choice === ''}
      />
    </form>
  );
}
