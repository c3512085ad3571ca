import { diffWords } from 'diff';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  commentOnItem,
  getIntroductions,
  getItemVersions,
  getMyAssets,
  linkIntroductionToItem,
  pledgeToItem,
  removeAgendaEvidence,
  removePledge,
  setItemSupport,
  setPledgeStatus,
  updateAgendaItem,
  type AgendaEvidence,
  type AgendaItem,
  type ItemStatus,
  type ItemVersion,
} from '../api-client.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { useApiData } from '../use-api-data.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { useAgenda } from './agenda-context.ts';
import { formatDay, formatMoment, STATUSES, useAgendaAction } from './agenda-text.ts';
import { EvidenceEntry, Field, FormActions, ToggleForm } from './AgendaParts.tsx';
import { ItemForm } from './ItemForm.tsx';

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
          {item.nextStepDate !== null && <> ({t('agenda.nextStepBy', { date: formatDay(item.nextStepDate, language) })})</>}
        </p>
      )}

      <h4>{t('agenda.evidenceHeading')}</h4>
      <Evidence item={item} />

      <h4>{t('agenda.carriersHeading')}</h4>
      {item.carriers.length === 0 ? (
        <p className="agenda-empty">{t('agenda.carriersEmpty')}</p>
      ) : (
        <ul className="agenda-inline-list">
          {item.carriers.map((party) => (
            <li key={party.id}>
              {party.name} <span className="agenda-item__role">({t(`agenda.role-${party.role}`)})</span>
            </li>
          ))}
        </ul>
      )}

      <h4>{t('agenda.pledgesHeading')}</h4>
      <Pledges item={item} />
      {me !== null && <ToggleForm openLabel={t('agenda.pledgeAdd')}>{(close) => <PledgeForm item={item} onDone={close} />}</ToggleForm>}

      <p className="agenda-item__introductions">
        {t('agenda.itemIntroductions', { made: item.introductions.made, accepted: item.introductions.accepted, met: item.introductions.met })}
      </p>
      {me !== null && agenda.you.takesPart && (
        <ToggleForm openLabel={t('agenda.introductionAdd')}>{(close) => <IntroductionForm item={item} onDone={close} />}</ToggleForm>
      )}

      <Support item={item} />
      <Comments item={item} />

      {agenda.you.mayEdit && (
        <div className="agenda-item__edit">
          <ToggleForm openLabel={t('agenda.itemEdit')}>{(close) => <ItemForm item={item} onDone={close} />}</ToggleForm>
          <StatusForm item={item} />
        </div>
      )}
      <Versions item={item} />
      <p className="agenda-item__updated">{t('agenda.itemUpdated', { version: item.version, date: formatMoment(item.updatedAt, language) })}</p>
    </article>
  );
}

/** What the item rests on; its editors take away what no longer holds. */
function Evidence({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { agenda, reload } = useAgenda();
  const { problems, act } = useAgendaAction();
  if (item.evidence.length === 0) return <p className="agenda-empty">{t('agenda.evidenceEmpty')}</p>;

  function remove(evidence: AgendaEvidence): void {
    void act(async () => {
      await removeAgendaEvidence(agenda.id, evidence.id);
      await reload(t('agenda.evidenceRemovedNamed', { title: evidence.title }));
    });
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

function Pledges({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { agenda, reload } = useAgenda();
  const { busy, problems, act } = useAgendaAction();
  if (item.pledges.length === 0) return <p className="agenda-empty">{t('agenda.pledgesEmpty')}</p>;

  function change(call: () => Promise<void>, done: string): void {
    void act(async () => {
      await call();
      await reload(done);
    });
  }

  return (
    <>
      <ul className="agenda-pledges">
        {item.pledges.map((pledge) => (
          <li key={pledge.id}>
            <strong>{pledge.what}</strong> — {t('agenda.pledgedBy', { name: pledge.pledgedBy ?? t('agenda.pledgedByResident') })}
            {pledge.asset !== null && <span className="agenda-pledge__asset">{pledge.asset.title}</span>}{' '}
            <span className={`agenda-pledge__status agenda-pledge__status--${pledge.status}`}>{t(`agenda.pledge-${pledge.status}`)}</span>
            {(pledge.mine || agenda.you.mayEdit) && (
              <span className="agenda-pledge__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  aria-label={t(pledge.status === 'pledged' ? 'agenda.pledgeMarkUsedNamed' : 'agenda.pledgeMarkPledgedNamed', { what: pledge.what })}
                  onClick={() =>
                    change(() => setPledgeStatus(pledge.id, pledge.status === 'pledged' ? 'used' : 'pledged'), t('agenda.saved'))
                  }
                >
                  {t(pledge.status === 'pledged' ? 'agenda.pledgeMarkUsed' : 'agenda.pledgeMarkPledged')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  aria-label={t('agenda.removeNamed', { name: pledge.what })}
                  onClick={() => change(() => removePledge(pledge.id), t('agenda.pledgeRemoved'))}
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
function PledgeForm({ item, onDone }: { item: AgendaItem; onDone: () => void }) {
  const { t } = useTranslation();
  const { me, reload } = useAgenda();
  const id = useId();
  const assets = useApiData((signal) => getMyAssets(signal), []);
  const [choice, setChoice] = useState('');
  const [what, setWhat] = useState('');
  const { busy, problems, act } = useAgendaAction();
  // Stories are not pledged, and a private asset cannot be: the agenda is read by the whole area.
  const own = assets.state.status === 'ready' ? assets.state.data.filter((asset) => asset.mine && asset.type !== 'story' && asset.visibility !== 'private') : [];
  const organisations = me?.organisations ?? [];

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const [kind, ref] = choice.split(':');
    const done = await act(async () => {
      await pledgeToItem(item.id, kind === 'organisation' ? { organisationId: ref!, what: what.trim() } : { assetId: ref!, what: what.trim() });
      await reload(t('agenda.pledged'));
    });
    if (done) onDone();
  }

  if (assets.state.status === 'error') return <LoadProblem onRetry={assets.retry} />;
  if (assets.state.status === 'ready' && own.length === 0 && organisations.length === 0) {
    return <p className="agenda-empty">{t('agenda.pledgeNothing')}</p>;
  }
  return (
    <form className="agenda-form" onSubmit={(event) => void submit(event)} aria-label={t('agenda.pledgeFormLabel', { ambition: item.ambition })}>
      <Field id={`${id}-what-of`} label={t('agenda.pledgeChoice')}>
        <select id={`${id}-what-of`} className="field__control" required value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{assets.state.status === 'loading' ? t('agenda.loading') : t('agenda.choose')}</option>
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
        </select>
      </Field>
      <Field id={`${id}-what`} label={t('agenda.pledgeWhat')} hint={t('agenda.pledgeWhatHint')}>
        <input id={`${id}-what`} className="field__control" required maxLength={500} aria-describedby={`${id}-what-hint`} value={what} onChange={(event) => setWhat(event.target.value)} />
      </Field>
      <ProblemList problems={problems} />
      <FormActions busy={busy} submitLabel={t('agenda.pledgeSubmit')} onCancel={onDone} />
    </form>
  );
}

/** An introduction made for this item: those the visitor asked for (the API also lets editors link others of the area). */
function IntroductionForm({ item, onDone }: { item: AgendaItem; onDone: () => void }) {
  const { t } = useTranslation();
  const { reload } = useAgenda();
  const id = useId();
  const introductions = useApiData((signal) => getIntroductions(signal), []);
  const [choice, setChoice] = useState('');
  const { busy, problems, act } = useAgendaAction();
  const mine = introductions.state.status === 'ready' ? introductions.state.data.filter((introduction) => introduction.askedByMe) : [];

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const done = await act(async () => {
      await linkIntroductionToItem(item.id, choice);
      await reload(t('agenda.introductionLinked'));
    });
    if (done) onDone();
  }

  if (introductions.state.status === 'error') return <LoadProblem onRetry={introductions.retry} />;
  if (introductions.state.status === 'ready' && mine.length === 0) return <p className="agenda-empty">{t('agenda.introductionNone')}</p>;
  return (
    <form className="agenda-form" onSubmit={(event) => void submit(event)} aria-label={t('agenda.introductionFormLabel', { ambition: item.ambition })}>
      <Field id={`${id}-introduction`} label={t('agenda.introductionChoice')}>
        <select id={`${id}-introduction`} className="field__control" required value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{introductions.state.status === 'loading' ? t('agenda.loading') : t('agenda.choose')}</option>
          {mine.map((introduction) => (
            <option key={introduction.id} value={introduction.id}>
              {introduction.parties.map((party) => party.name).join(' – ')}
            </option>
          ))}
        </select>
      </Field>
      <ProblemList problems={problems} />
      <FormActions busy={busy} submitLabel={t('agenda.introductionSubmit')} onCancel={onDone} disabled={choice === ''} />
    </form>
  );
}

function Support({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { agenda, reload } = useAgenda();
  const { busy, problems, act } = useAgendaAction();
  return (
    <div className="agenda-support">
      <p>{t('agenda.supports', { count: item.supports })}</p>
      {agenda.you.takesPart && (
        <button
          type="button"
          className={item.supportedByMe ? 'button' : 'button button--primary'}
          disabled={busy}
          aria-label={t(item.supportedByMe ? 'agenda.withdrawSupportNamed' : 'agenda.supportNamed', { ambition: item.ambition })}
          onClick={() =>
            void act(async () => {
              await setItemSupport(item.id, !item.supportedByMe);
              await reload(t(item.supportedByMe ? 'agenda.supportWithdrawn' : 'agenda.supportGiven'));
            })
          }
        >
          {t(item.supportedByMe ? 'agenda.withdrawSupport' : 'agenda.support')}
        </button>
      )}
      <ProblemList problems={problems} />
    </div>
  );
}

function Comments({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { agenda, language, reload } = useAgenda();
  const id = useId();
  const [body, setBody] = useState('');
  const { busy, problems, act } = useAgendaAction();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (await act(async () => {
      await commentOnItem(item.id, body.trim());
      await reload(t('agenda.commented'));
    })) {
      setBody('');
    }
  }

  // Residents' words stay among those who take part: the API sends others none, and the page says so once.
  if (!agenda.you.takesPart && item.comments.length === 0) return null;
  return (
    <div className="agenda-comments">
      <h4>{t('agenda.commentsHeading', { count: item.comments.length })}</h4>
      {item.comments.length > 0 && (
        <ul>
          {item.comments.map((comment) => (
            <li key={comment.id}>
              <p className="agenda-comment__meta">
                {comment.author}, <time dateTime={comment.createdAt}>{formatMoment(comment.createdAt, language)}</time>
              </p>
              <p className="agenda-text">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {agenda.you.takesPart && (
        <form className="agenda-form agenda-form--inline" onSubmit={(event) => void submit(event)}>
          <label className="field__label" htmlFor={`${id}-comment`}>
            {t('agenda.commentLabel')}
          </label>
          <textarea id={`${id}-comment`} className="field__control field__control--textarea" rows={2} required maxLength={2000} value={body} onChange={(event) => setBody(event.target.value)} />
          <ProblemList problems={problems} />
          <button type="submit" className="button" disabled={busy || body.trim() === ''}>
            {busy ? t('form.busy') : t('agenda.commentSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}

/** Editors move an item along; dropping it needs a reason, which the agenda keeps. */
function StatusForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { reload } = useAgenda();
  const id = useId();
  const [status, setStatus] = useState<ItemStatus>(item.status);
  const [reason, setReason] = useState('');
  const { busy, problems, act } = useAgendaAction();
  const [missingReason, setMissingReason] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (status === 'dropped' && reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    await act(async () => {
      await updateAgendaItem(item.id, status === 'dropped' ? { status, droppedReason: reason.trim() } : { status });
      await reload(t('agenda.statusChanged', { status: t(`agenda.status-${status}`) }));
    });
  }

  return (
    <form className="agenda-form agenda-form--inline" onSubmit={(event) => void submit(event)} aria-label={t('agenda.statusFormLabel', { ambition: item.ambition })}>
      <Field id={`${id}-status`} label={t('agenda.statusLabel')}>
        <select id={`${id}-status`} className="field__control" value={status} onChange={(event) => setStatus(event.target.value as ItemStatus)}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`agenda.status-${value}`)}
            </option>
          ))}
        </select>
      </Field>
      {status === 'dropped' && (
        <div className="field" data-invalid={missingReason ? '' : undefined}>
          <label className="field__label" htmlFor={`${id}-reason`}>
            {t('agenda.droppedReason')}
          </label>
          {missingReason && (
            <p className="field__error" id={`${id}-reason-error`}>
              {t('agenda.droppedReasonMissing')}
            </p>
          )}
          <textarea
            id={`${id}-reason`}
            className="field__control field__control--textarea"
            rows={2}
            maxLength={1000}
            aria-invalid={missingReason ? true : undefined}
            aria-describedby={missingReason ? `${id}-reason-error` : undefined}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      )}
      <ProblemList problems={problems} />
      <button type="submit" className="button" disabled={busy || (status === item.status && status !== 'dropped')}>
        {busy ? t('form.busy') : t('agenda.statusSubmit')}
      </button>
    </form>
  );
}

/** "Eerdere versies": the item's current words beside a chosen earlier version, insertions and deletions marked. */
function Versions({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (item.version <= 1) return null;
  return (
    <details className="agenda-versions" onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary>{t('agenda.versionsHeading')}</summary>
      {opened && <VersionCompare item={item} />}
    </details>
  );
}

const COMPARED_FIELDS = ['ambition', 'description', 'nextStep'] as const;

function VersionCompare({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { language } = useAgenda();
  const id = useId();
  const { state, retry } = useApiData((signal) => getItemVersions(item.id, signal), [item.id, item.version]);
  const [chosen, setChosen] = useState<number | null>(null);
  if (state.status === 'loading') return <p role="status">{t('agenda.loading')}</p>;
  if (state.status === 'error') return <LoadProblem onRetry={retry} />;
  const versions = state.data;
  const current = versions.at(-1);
  const earlier = versions.slice(0, -1);
  if (current === undefined || earlier.length === 0) return <p className="agenda-empty">{t('agenda.versionsNone')}</p>;
  const base: ItemVersion = earlier.find((version) => version.version === chosen) ?? earlier.at(-1)!;

  return (
    <div className="agenda-versions__body">
      <Field id={`${id}-version`} label={t('agenda.versionChoice')}>
        <select id={`${id}-version`} className="field__control" value={base.version} onChange={(event) => setChosen(Number(event.target.value))}>
          {earlier.map((version) => (
            <option key={version.version} value={version.version}>
              {t('agenda.versionOption', { version: version.version, date: formatMoment(version.editedAt, language), by: version.editedBy ?? t('agenda.deletedAccount') })}
            </option>
          ))}
        </select>
      </Field>
      <div aria-live="polite">
        <p>{t('agenda.versionCompared', { from: base.version, to: current.version })}</p>
        <dl className="agenda-diff">
          {COMPARED_FIELDS.map((field) => (
            <div key={field}>
              <dt>{t(`agenda.field-${field}`)}</dt>
              <dd>
                <TextDiff before={base[field]} after={current[field]} />
              </dd>
            </div>
          ))}
          {base.status !== current.status && (
            <div>
              <dt>{t('agenda.statusLabel')}</dt>
              <dd>
                <del>{t(`agenda.status-${base.status}`)}</del> <ins>{t(`agenda.status-${current.status}`)}</ins>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </div>
  );
}

/** Word by word: deletions in <del>, insertions in <ins>, so screen readers and print say which is which too. */
function TextDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  if (before === after) return <span className="agenda-diff__same">{after === '' ? '–' : t('agenda.unchanged', { text: after })}</span>;
  return (
    <span className="agenda-diff__text">
      {diffWords(before, after).map((part, index) =>
        part.added ? (
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}
