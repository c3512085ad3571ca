import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkIntroductionToItem, type AgendaItem } from '../api/agendas.ts';
import { getIntroductions } from '../api/introductions.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { useApiData } from '../use-api-data.ts';
import { AgendaForm, AgendaSelect, ChooseOption } from './AgendaParts.tsx';
import { useAgendaChange } from './agenda-text.ts';

/** An introduction made for this item: those the visitor asked for (the API also lets editors link others of the area). */
export function ItemIntroductionForm({ item, onDone }: { item: AgendaItem; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const introductions = useApiData((signal) => getIntroductions(signal), []);
  const [choice, setChoice] = useState('');
  const { change, ...action } = useAgendaChange();
  const mine =
    introductions.state.status === 'ready'
      ? introductions.state.data.filter((introduction) => introduction.askedByMe)
      : [];

  if (introductions.state.status === 'error') return <LoadProblem onRetry={introductions.retry} />;
  if (introductions.state.status === 'ready' && mine.length === 0)
    return <p className="agenda-empty">{t('agenda.introductionNone')}</p>;
  return (
    <AgendaForm
      label={t('agenda.introductionFormLabel', { ambition: item.ambition })}
      action={action}
      submitLabel={t('agenda.introductionSubmit')}
      disabled={choice === ''}
      submit={() => change(() => linkIntroductionToItem(item.id, choice), t('agenda.introductionLinked'))}
      onDone={onDone}
    >
      <AgendaSelect
        id={`${id}-introduction`}
        label={t('agenda.introductionChoice')}
        required
        value={choice}
        onChange={setChoice}
      >
        <ChooseOption loading={introductions.state.status === 'loading'} />
        {mine.map((introduction) => (
          <option key={introduction.id} value={introduction.id}>
            {introduction.parties.map((party) => party.name).join(' – ')}
          </option>
        ))}
      </AgendaSelect>
    </AgendaForm>
  );
}
