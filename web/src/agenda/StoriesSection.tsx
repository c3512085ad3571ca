import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAgendaEvidence, removeAgendaEvidence } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import {
  AgendaForm,
  AgendaInput,
  AgendaSelect,
  ChooseOption,
  EvidenceEntry,
  ToggleForm,
  VoiceOptions,
} from './AgendaParts.tsx';
import { useAgenda } from './agenda-context.ts';
import { useAgendaChange } from './agenda-text.ts';
import { useAreaVoices } from './use-area-voices.ts';

/** Building block 4: observations and stories gathered for the agenda. */
export function StoriesSection() {
  const { t } = useTranslation();
  const { agenda } = useAgenda();
  const { problems, change } = useAgendaChange();
  return (
    <section className="agenda-section" aria-labelledby="agenda-stories">
      <h2 id="agenda-stories">{t('agenda.storiesHeading')}</h2>
      {agenda.stories.length === 0 ? (
        <p className="agenda-empty">{t('agenda.storiesEmpty')}</p>
      ) : (
        <ul className="agenda-evidence">
          {agenda.stories.map((story) => (
            <li key={story.id}>
              <EvidenceEntry
                evidence={story}
                onRemove={
                  agenda.you.mayEdit
                    ? () => void change(() => removeAgendaEvidence(agenda.id, story.id), t('agenda.evidenceRemoved'))
                    : undefined
                }
              />
            </li>
          ))}
        </ul>
      )}
      <ProblemList problems={problems} />
      {agenda.you.mayEdit && (
        <ToggleForm openLabel={t('agenda.storyAdd')}>{(close) => <StoryForm onDone={close} />}</ToggleForm>
      )}
    </section>
  );
}

function StoryForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { agenda } = useAgenda();
  const id = useId();
  const { options, loading } = useAreaVoices();
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const { change, ...action } = useAgendaChange();

  function submit(): Promise<boolean> {
    const [kind, ref] = choice.split(':') as ['observation' | 'story', string];
    return change(
      () => addAgendaEvidence(agenda.id, { kind, ref, ...(note.trim() === '' ? {} : { note: note.trim() }) }),
      t('agenda.evidenceAdded'),
    );
  }

  return (
    <AgendaForm
      label={t('agenda.storyAdd')}
      action={action}
      submitLabel={t('agenda.storySubmit')}
      disabled={choice === ''}
      submit={submit}
      onDone={onDone}
    >
      <AgendaSelect id={`${id}-choice`} label={t('agenda.storyChoice')} required value={choice} onChange={setChoice}>
        <ChooseOption loading={loading} />
        <VoiceOptions options={options} />
      </AgendaSelect>
      <AgendaInput
        id={`${id}-note`}
        label={t('agenda.evidenceNote')}
        maxLength={1000}
        value={note}
        onChange={setNote}
      />
    </AgendaForm>
  );
}
