import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPolicyLink, removePolicyLink } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { AgendaForm, AgendaInput, AgendaList, AgendaSection, RemoveButton, ToggleForm } from './AgendaParts.tsx';
import { useAgenda } from './agenda-context.ts';
import { useAgendaChange } from './agenda-text.ts';

/** Building block 6: where the agenda meets the municipality's policy. */
export function PolicySection() {
  const { t } = useTranslation();
  const { agenda } = useAgenda();
  const { problems, change } = useAgendaChange();
  return (
    <AgendaSection id="agenda-policy" heading={t('agenda.policyHeading')}>
      <AgendaList items={agenda.policyLinks} empty={t('agenda.policyEmpty')} className="agenda-policy">
        {(link) => (
          <>
            <a href={link.url} rel="noreferrer">
              {link.title}
            </a>
            <span className="agenda-policy__url">{link.url}</span>
            {link.note !== '' && <span className="agenda-evidence__note">{link.note}</span>}
            {agenda.you.mayEdit && (
              <RemoveButton
                name={link.title}
                onClick={() => void change(() => removePolicyLink(agenda.id, link.id), t('agenda.policyRemoved'))}
              />
            )}
          </>
        )}
      </AgendaList>
      <ProblemList problems={problems} />
      {agenda.you.mayEdit && (
        <ToggleForm openLabel={t('agenda.policyAdd')}>{(close) => <PolicyForm onDone={close} />}</ToggleForm>
      )}
    </AgendaSection>
  );
}

function PolicyForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { agenda } = useAgenda();
  const id = useId();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const { change, ...action } = useAgendaChange();

  return (
    <AgendaForm
      label={t('agenda.policyAdd')}
      action={action}
      submitLabel={t('agenda.policySubmit')}
      submit={() =>
        change(
          () =>
            addPolicyLink(agenda.id, {
              title: title.trim(),
              url: url.trim(),
              ...(note.trim() === '' ? {} : { note: note.trim() }),
            }),
          t('agenda.policyAdded'),
        )
      }
      onDone={onDone}
    >
      <AgendaInput
        id={`${id}-title`}
        label={t('agenda.policyTitle')}
        required
        maxLength={200}
        value={title}
        onChange={setTitle}
      />
      <AgendaInput
        id={`${id}-url`}
        label={t('agenda.policyUrl')}
        type="url"
        required
        maxLength={2000}
        placeholder="https://"
        value={url}
        onChange={setUrl}
      />
      <AgendaInput id={`${id}-note`} label={t('agenda.policyNote')} maxLength={1000} value={note} onChange={setNote} />
    </AgendaForm>
  );
}
