import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addPolicyLink, removePolicyLink } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { Field, FormActions, RemoveButton, ToggleForm } from './AgendaParts.tsx';
import { useAgenda } from './agenda-context.ts';
import { useAgendaAction } from './agenda-text.ts';

/** Building block 6: where the agenda meets the municipality's policy. */
export function PolicySection() {
  const { t } = useTranslation();
  const { agenda, reload } = useAgenda();
  const { problems, act } = useAgendaAction();
  return (
    <section className="agenda-section" aria-labelledby="agenda-policy">
      <h2 id="agenda-policy">{t('agenda.policyHeading')}</h2>
      {agenda.policyLinks.length === 0 ? (
        <p className="agenda-empty">{t('agenda.policyEmpty')}</p>
      ) : (
        <ul className="agenda-policy">
          {agenda.policyLinks.map((link) => (
            <li key={link.id}>
              <a href={link.url} rel="noreferrer">
                {link.title}
              </a>
              <span className="agenda-policy__url">{link.url}</span>
              {link.note !== '' && <span className="agenda-evidence__note">{link.note}</span>}
              {agenda.you.mayEdit && (
                <RemoveButton
                  name={link.title}
                  onClick={() =>
                    void act(async () => {
                      await removePolicyLink(agenda.id, link.id);
                      await reload(t('agenda.policyRemoved'));
                    })
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <ProblemList problems={problems} />
      {agenda.you.mayEdit && (
        <ToggleForm openLabel={t('agenda.policyAdd')}>{(close) => <PolicyForm onDone={close} />}</ToggleForm>
      )}
    </section>
  );
}

function PolicyForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { agenda, reload } = useAgenda();
  const id = useId();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const { busy, problems, act } = useAgendaAction();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const done = await act(async () => {
      await addPolicyLink(agenda.id, {
        title: title.trim(),
        url: url.trim(),
        ...(note.trim() === '' ? {} : { note: note.trim() }),
      });
      await reload(t('agenda.policyAdded'));
    });
    if (done) onDone();
  }

  return (
    <form className="agenda-form" onSubmit={(event) => void submit(event)} aria-label={t('agenda.policyAdd')}>
      <Field id={`${id}-title`} label={t('agenda.policyTitle')}>
        <input
          id={`${id}-title`}
          className="field__control"
          required
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </Field>
      <Field id={`${id}-url`} label={t('agenda.policyUrl')}>
        <input
          id={`${id}-url`}
          type="url"
          className="field__control"
          required
          maxLength={2000}
          placeholder="https://"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
      </Field>
      <Field id={`${id}-note`} label={t('agenda.policyNote')}>
        <input
          id={`${id}-note`}
          className="field__control"
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
      <ProblemList problems={problems} />
      <FormActions busy={busy} submitLabel={t('agenda.policySubmit')} onCancel={onDone} />
    </form>
  );
}
