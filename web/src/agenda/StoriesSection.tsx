import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAgendaEvidence, removeAgendaEvidence } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import {
  AgendaForm,
  AgendaInput,
  AgendaList,
  AgendaSection,
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
    <AgendaSection id="agenda-stories" heading={t('agenda.storiesHeading')}>
      <AgendaList items={agenda.stories} empty={t('agenda.storiesEmpty')} className="agenda-evidence">
        {(story) => (
          <EvidenceEntry
            evidence={story}
            onRemove={
              agenda.you.mayEdit
                ? () => void change(() => removeAgendaEvidence(agenda.id, story.id), t('agenda.evidenceRemoved'))
                : undefined
            }
          />
        )}
      </AgendaList>
      <ProblemList problems={problems} />
      {agenda.you.mayEdit && (
        <ToggleForm openLabel={t('agenda.storyAdd')}>{(close) => <StoryForm onDone={close} />}</ToggleForm>
      )}
    </AgendaSection>
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
