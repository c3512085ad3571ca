import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { removeAgendaEvidence, setItemSupport, type AgendaEvidence, type AgendaItem } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { AgendaList, EvidenceEntry, ToggleForm } from './AgendaParts.tsx';
import { ItemComments } from './ItemComments.tsx';
import { ItemForm } from './ItemForm.tsx';
import { ItemIntroductionForm } from './ItemIntroductionForm.tsx';
import { ItemPledges, PledgeForm } from './ItemPledges.tsx';
import { ItemStatusForm } from './ItemStatusForm.tsx';
import { ItemVersions } from './ItemVersions.tsx';
import { useAgenda } from './agenda-context.ts';
import { formatDay, formatMoment, isOverdue, useAgendaChange } from './agenda-text.ts';

interface AgendaItemCardProps {
  item: AgendaItem;
}

/** One agenda item: its ambition, status, evidence, pledges and carriers, and what participants and editors do with it. */
export function AgendaItemCard({ item }: AgendaItemCardProps) {
  const { t } = useTranslation();
  const { agenda, language, me } = useAgenda();
  const headingId = useId();

  return (
    <article className={`agenda-item agenda-item--${item.status}`} aria-labelledby={headingId}>
      <header className="agenda-item__header">
        <h3 id={headingId}>{item.ambition}</h3>
        <p className="agenda-item__status">
          <span className={`agenda-status agenda-status--${item.status}`}>{t(`agenda.status-${item.status}`)}</span>{' '}
          <span className="agenda-item__theme">{item.themeLabel}</span>
        </p>
      </header>
      {item.description !== '' && <p className="agenda-text">{item.description}</p>}
      {item.status === 'dropped' && item.droppedReason !== null && (
        <p className="agenda-item__dropped">{t('agenda.droppedBecause', { reason: item.droppedReason })}</p>
      )}
      {item.nextStep !== '' && (
        <p className="agenda-item__next">
          <strong>{t('agenda.nextStep')}</strong> {item.nextStep}
          {item.nextStepDate !== null && (
            <> ({t('agenda.nextStepBy', { date: formatDay(item.nextStepDate, language) })})</>
          )}
          {isOverdue(item) && (
            <>
              {' '}
              <span className="agenda-item__overdue">{t('agenda.overdue')}</span>
            </>
          )}
        </p>
      )}

      <h4>{t('agenda.evidenceHeading')}</h4>
      <Evidence item={item} />

      <h4>{t('agenda.carriersHeading')}</h4>
      <AgendaList items={item.carriers} empty={t('agenda.carriersEmpty')} className="inline-list">
        {(party) => (
          <>
            {party.name} <span className="agenda-item__role">({t(`agenda.role-${party.role}`)})</span>
          </>
        )}
      </AgendaList>

      <h4>{t('agenda.pledgesHeading')}</h4>
      <ItemPledges item={item} />
      {me !== null && (
        <ToggleForm openLabel={t('agenda.pledgeAdd')}>
          {(close) => <PledgeForm item={item} onDone={close} />}
        </ToggleForm>
      )}

      <p className="agenda-item__introductions">
        {t('agenda.itemIntroductions', {
          made: item.introductions.made,
          accepted: item.introductions.accepted,
          met: item.introductions.met,
        })}
      </p>
      {me !== null && agenda.you.takesPart && (
        <ToggleForm openLabel={t('agenda.introductionAdd')}>
          {(close) => <ItemIntroductionForm item={item} onDone={close} />}
        </ToggleForm>
      )}

      <Support item={item} />
      <ItemComments item={item} />

      {agenda.you.mayEdit && (
        <div className="agenda-item__edit">
          <ToggleForm openLabel={t('agenda.itemEdit')}>{(close) => <ItemForm item={item} onDone={close} />}</ToggleForm>
          <ItemStatusForm item={item} />
        </div>
      )}
      <ItemVersions item={item} />
      <p className="agenda-item__updated">
        {t('agenda.itemUpdated', { version: item.version, date: formatMoment(item.updatedAt, language) })}
      </p>
    </article>
  );
}

/** What the item rests on; its editors take away what no longer holds. */
function Evidence({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { agenda } = useAgenda();
  const { problems, change } = useAgendaChange();
  if (item.evidence.length === 0) return <p className="agenda-empty">{t('agenda.evidenceEmpty')}</p>;

  function remove(evidence: AgendaEvidence): void {
    void change(
      () => removeAgendaEvidence(agenda.id, evidence.id),
      t('agenda.evidenceRemovedNamed', { title: evidence.title }),
    );
  }

  return (
    <>
      <ul className="agenda-evidence">
        {item.evidence.map((evidence) => (
          <li key={evidence.id}>
            <EvidenceEntry evidence={evidence} onRemove={agenda.you.mayEdit ? () => remove(evidence) : undefined} />
          </li>
        ))}
      </ul>
      <ProblemList problems={problems} />
    </>
  );
}

function Support({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { agenda } = useAgenda();
  const { busy, problems, change } = useAgendaChange();
  return (
    <div className="agenda-support">
      <p>{t('agenda.supports', { count: item.supports })}</p>
      {agenda.you.takesPart && (
        <button
          type="button"
          className={item.supportedByMe ? 'button' : 'button button--primary'}
          disabled={busy}
          aria-label={t(item.supportedByMe ? 'agenda.withdrawSupportNamed' : 'agenda.supportNamed', {
            ambition: item.ambition,
          })}
          onClick={() =>
            void change(
              () => setItemSupport(item.id, !item.supportedByMe),
              t(item.supportedByMe ? 'agenda.supportWithdrawn' : 'agenda.supportGiven'),
            )
          }
        >
          {t(item.supportedByMe ? 'agenda.withdrawSupport' : 'agenda.support')}
        </button>
      )}
      <ProblemList problems={problems} />
    </div>
  );
}
