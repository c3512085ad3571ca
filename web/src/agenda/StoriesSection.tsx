import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addAgendaEvidence, removeAgendaEvidence } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { EvidenceEntry, Field, FormActions, ToggleForm, VoiceOptions } from './AgendaParts.tsx';
import { useAgenda } from './agenda-context.ts';
import { useAgendaAction } from './agenda-text.ts';
import { useAreaVoices } from './use-area-voices.ts';

/** Building block 4: observations and stories gathered for the agenda. */
export function StoriesSection() {
  const { t } = useTranslation();
  const { agenda, reload } = useAgenda();
  const { problems, act } = useAgendaAction();
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
                    ? () =>
                        void act(async () => {
                          await removeAgendaEvidence(agenda.id, story.id);
                          await reload(t('agenda.evidenceRemoved'));
                        })
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
  const { agenda, reload } = useAgenda();
  const id = useId();
  const { options, loading } = useAreaVoices();
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const { busy, problems, act } = useAgendaAction();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const [kind, ref] = choice.split(':') as ['observation' | 'story', string];
    const done = await act(async () => {
      await addAgendaEvidence(agenda.id, { kind, ref, ...(note.trim() === '' ? {} : { note: note.trim() }) });
      await reload(t('agenda.evidenceAdded'));
    });
    if (done) onDone();
  }

  return (
    <form className="agenda-form" onSubmit={(event) => void submit(event)} aria-label={t('agenda.storyAdd')}>
      <Field id={`${id}-choice`} label={t('agenda.storyChoice')}>
        <select
          id={`${id}-choice`}
          className="field__control"
          required
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">{loading ? t('agenda.loading') : t('agenda.choose')}</option>
          <VoiceOptions options={options} />
        </select>
      </Field>
      <Field id={`${id}-note`} label={t('agenda.evidenceNote')}>
        <input
          id={`${id}-note`}
          className="field__control"
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
      <ProblemList problems={problems} />
      <FormActions busy={busy} submitLabel={t('agenda.storySubmit')} onCancel={onDone} disabled={choice === ''} />
    </form>
  );
}
