import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAgendaItem, type AgendaItem, type ItemStatus } from '../api/agendas.ts';
import { Options } from '../forms/fields.tsx';
import { ProblemList } from '../forms/ProblemList.tsx';
import { AgendaSelect, CheckedField } from './AgendaParts.tsx';
import { STATUSES, useAgendaChange } from './agenda-text.ts';

/** Editors move an item along; dropping it needs a reason, which the agenda keeps. */
export function ItemStatusForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<ItemStatus>(item.status);
  const [reason, setReason] = useState('');
  const { busy, problems, change } = useAgendaChange();
  const [missingReason, setMissingReason] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (status === 'dropped' && reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    await change(
      () => updateAgendaItem(item.id, status === 'dropped' ? { status, droppedReason: reason.trim() } : { status }),
      t('agenda.statusChanged', { status: t(`agenda.status-${status}`) }),
    );
  }

  return (
    <form
      className="agenda-form agenda-form--inline"
      onSubmit={(event) => void submit(event)}
      aria-label={t('agenda.statusFormLabel', { ambition: item.ambition })}
    >
      <AgendaSelect
        id={`${id}-status`}
        label={t('agenda.statusLabel')}
        value={status}
        onChange={(value) => setStatus(value as ItemStatus)}
      >
        <Options options={STATUSES.map((value) => ({ value, label: t(`agenda.status-${value}`) }))} />
      </AgendaSelect>
      {status === 'dropped' && (
        <CheckedField
          id={`${id}-reason`}
          label={t('agenda.droppedReason')}
          problem={missingReason ? t('agenda.droppedReasonMissing') : null}
        >
          {(problemLink) => (
            <textarea
              id={`${id}-reason`}
              className="field__control field__control--textarea"
              rows={2}
              maxLength={1000}
              {...problemLink}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </CheckedField>
      )}
      <ProblemList problems={problems} />
      <button type="submit" className="button" disabled={busy || (status === item.status && status !== 'dropped')}>
        {busy ? t('form.busy') : t('agenda.statusSubmit')}
      </button>
    </form>
  );
}
