import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pledgeToItem, removePledge, setPledgeStatus, type AgendaItem } from '../api/agendas.ts';
import { getMyAssets } from '../api/assets.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { ProblemList } from '../forms/ProblemList.tsx';
import { useApiData } from '../use-api-data.ts';
import { AgendaForm, AgendaInput, AgendaSelect, ChooseOption } from './AgendaParts.tsx';
import { useAgenda } from './agenda-context.ts';
import { useAgendaChange } from './agenda-text.ts';

export function ItemPledges({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { agenda } = useAgenda();
  const { busy, problems, change } = useAgendaChange();
  if (item.pledges.length === 0) return <p className="agenda-empty">{t('agenda.pledgesEmpty')}</p>;

  return (
    <>
      <ul className="agenda-pledges">
        {item.pledges.map((pledge) => (
          <li key={pledge.id}>
            <strong>{pledge.what}</strong> —{' '}
            {t('agenda.pledgedBy', { name: pledge.pledgedBy ?? t('agenda.pledgedByResident') })}
            {pledge.asset !== null && <span className="agenda-pledge__asset">{pledge.asset.title}</span>}{' '}
            <span className={`agenda-pledge__status agenda-pledge__status--${pledge.status}`}>
              {t(`agenda.pledge-${pledge.status}`)}
            </span>
            {(pledge.mine || agenda.you.mayEdit) && (
              <span className="agenda-pledge__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  aria-label={t(
                    pledge.status === 'pledged' ? 'agenda.pledgeMarkUsedNamed' : 'agenda.pledgeMarkPledgedNamed',
                    { what: pledge.what },
                  )}
                  onClick={() =>
                    void change(
                      () => setPledgeStatus(pledge.id, pledge.status === 'pledged' ? 'used' : 'pledged'),
                      t('agenda.saved'),
                    )
                  }
                >
                  {t(pledge.status === 'pledged' ? 'agenda.pledgeMarkUsed' : 'agenda.pledgeMarkPledged')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  aria-label={t('agenda.removeNamed', { name: pledge.what })}
                  onClick={() => void change(() => removePledge(pledge.id), t('agenda.pledgeRemoved'))}
                >
                  {t('agenda.remove')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <ProblemList problems={problems} />
    </>
  );
}

/** What the visitor may pledge: only their own assets and their organisations (the API refuses anything else). */
export function PledgeForm({ item, onDone }: { item: AgendaItem; onDone: () => void }) {
  const { t } = useTranslation();
  const { me } = useAgenda();
  const id = useId();
  const assets = useApiData((signal) => getMyAssets(signal), []);
  const [choice, setChoice] = useState('');
  const [what, setWhat] = useState('');
  const { change, ...action } = useAgendaChange();
  // Stories are not pledged, and a private asset cannot be: the agenda is read by the whole area.
  const own =
    assets.state.status === 'ready'
      ? assets.state.data.filter((asset) => asset.mine && asset.type !== 'story' && asset.visibility !== 'private')
      : [];
  const organisations = me?.organisations ?? [];

  function submit(): Promise<boolean> {
    const [kind, ref] = choice.split(':');
    return change(
      () =>
        pledgeToItem(
          item.id,
          kind === 'organisation' ? { organisationId: ref!, what: what.trim() } : { assetId: ref!, what: what.trim() },
        ),
      t('agenda.pledged'),
    );
  }

  if (assets.state.status === 'error') return <LoadProblem onRetry={assets.retry} />;
  if (assets.state.status === 'ready' && own.length === 0 && organisations.length === 0) {
    return <p className="agenda-empty">{t('agenda.pledgeNothing')}</p>;
  }
  return (
    <AgendaForm
      label={t('agenda.pledgeFormLabel', { ambition: item.ambition })}
      action={action}
      submitLabel={t('agenda.pledgeSubmit')}
      submit={submit}
      onDone={onDone}
    >
      <AgendaSelect id={`${id}-what-of`} label={t('agenda.pledgeChoice')} required value={choice} onChange={setChoice}>
        <ChooseOption loading={assets.state.status === 'loading'} />
        {own.length > 0 && (
          <optgroup label={t('agenda.pledgeAssets')}>
            {own.map((asset) => (
              <option key={asset.id} value={`asset:${asset.id}`}>
                {asset.owner?.kind === 'organisation' ? `${asset.title} (${asset.owner.name})` : asset.title}
              </option>
            ))}
          </optgroup>
        )}
        {organisations.length > 0 && (
          <optgroup label={t('agenda.pledgeOrganisations')}>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={`organisation:${organisation.id}`}>
                {organisation.name}
              </option>
            ))}
          </optgroup>
        )}
      </AgendaSelect>
      <AgendaInput
        id={`${id}-what`}
        label={t('agenda.pledgeWhat')}
        hint={t('agenda.pledgeWhatHint')}
        required
        maxLength={500}
        value={what}
        onChange={setWhat}
      />
    </AgendaForm>
  );
}
