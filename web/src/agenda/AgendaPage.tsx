import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../account/session.tsx';
import {
  addAgendaEvidence,
  addAgendaParty,
  addPolicyLink,
  getAgenda,
  getAgendaHistory,
  getMapPage,
  getMe,
  removeAgendaEvidence,
  removeAgendaParty,
  removePolicyLink,
  setAgendaPublished,
  updateAgenda,
  type AgendaParty,
  type AgendaRole,
  type Me,
  type ScanEntry,
} from '../api-client.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { kompasPath } from '../paths.ts';
import { formatNumber, unitKey } from '../kompas/kompas-view.ts';
import { useApiData } from '../use-api-data.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { AgendaContext, useAgenda } from './agenda-context.ts';
import { actionText, formatMoment, useAgendaAction } from './agenda-text.ts';
import { AgendaItemCard } from './AgendaItemCard.tsx';
import { EditableText, EvidenceEntry, Field, FormActions, RemoveButton, ToggleForm, VoiceOptions } from './AgendaParts.tsx';
import { useAreaVoices } from './use-area-voices.ts';
import { ItemForm } from './ItemForm.tsx';
import './agenda.css';

const ROLES: readonly AgendaRole[] = ['resident', 'professional', 'municipality'];

/**
 * A buurtagenda as one document along its seven building blocks, printable as "Buurtagenda <area> <year>"; its
 * editors (the area's connectors) and participants work on it in place.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const language = currentLanguage();
  const { user } = useSession();
  const { state, retry, replace } = useApiData((signal) => getAgenda(id, language, signal), [id, language, user?.id]);
  const me = useApiData<Me | null>((signal) => (user === null ? Promise.resolve(null) : getMe(signal)), [user?.id]);
  const [announcement, setAnnouncement] = useState('');

  async function reload(done: string): Promise<void> {
    replace(await getAgenda(id, language));
    setAnnouncement(done);
  }

  const title = state.status === 'ready' ? state.data.title : t('agenda.titleLoading');
  return (
    <PageLayout title={title} wide>
      <PageLoadStatus state={state} onRetry={retry} loading={t('agenda.loading')} notFound={t('agenda.notFound')} />
      {state.status === 'ready' && (
        <AgendaContext.Provider value={{ agenda: state.data, language, me: me.state.status === 'ready' ? me.state.data : null, reload }}>
          <AgendaDocument />
        </AgendaContext.Provider>
      )}
      <p className="agenda-announcement" role="status" aria-live="polite">
        {announcement}
      </p>
    </PageLayout>
  );
}

function AgendaDocument() {
  const { t } = useTranslation();
  const { agenda, language, reload } = useAgenda();
  const mayEdit = agenda.you.mayEdit;

  return (
    <article className="agenda">
      <div className="agenda-meta">
        <span className={`agenda-badge agenda-badge--${agenda.status}`}>{t(`agenda.state-${agenda.status}`)}</span>
        <span>
          {agenda.status === 'published' && agenda.publishedAt !== null
            ? t('agenda.publishedAt', { date: formatMoment(agenda.publishedAt, language) })
            : t('agenda.draftNote')}
        </span>
      </div>
      <ul className="agenda-actions">
        <li>
          <Link to={kompasPath(agenda.area.type, agenda.area.code)}>{t('agenda.toProfile', { name: agenda.area.name })}</Link>
        </li>
        <li>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('agenda.print')}
          </button>
        </li>
        {mayEdit && <PublishButton />}
      </ul>

      <section className="agenda-section" aria-labelledby="agenda-urgency">
        <h2 id="agenda-urgency">{t('agenda.urgencyHeading')}</h2>
        <p className="agenda-hint">{t('agenda.urgencyHint')}</p>
        <EditableText
          text={agenda.urgency}
          empty={t('agenda.urgencyEmpty')}
          label={t('agenda.urgencyLabel')}
          editLabel={t('agenda.urgencyEdit')}
          mayEdit={mayEdit}
          save={async (urgency) => {
            await updateAgenda(agenda.id, { urgency });
            await reload(t('agenda.saved'));
          }}
        />
      </section>

      <ScanSection />
      <PartiesSection />
      <StoriesSection />

      <section className="agenda-section" aria-labelledby="agenda-counting">
        <h2 id="agenda-counting">{t('agenda.countingHeading')}</h2>
        <p className="agenda-hint">{t('agenda.countingHint')}</p>
        <EditableText
          text={agenda.countingTelling}
          empty={t('agenda.countingEmpty')}
          label={t('agenda.countingLabel')}
          editLabel={t('agenda.countingEdit')}
          mayEdit={mayEdit}
          save={async (countingTelling) => {
            await updateAgenda(agenda.id, { countingTelling });
            await reload(t('agenda.saved'));
          }}
        />
      </section>

      <PolicySection />

      <section className="agenda-section" aria-labelledby="agenda-items">
        <h2 id="agenda-items">{t('agenda.itemsHeading')}</h2>
        {!agenda.you.takesPart && agenda.items.length > 0 && <p className="agenda-hint agenda-comments-note">{t('agenda.commentsForParticipants')}</p>}
        {agenda.items.length === 0 ? (
          <p className="agenda-empty">{t('agenda.itemsEmpty')}</p>
        ) : (
          <ol className="agenda-items">
            {agenda.items.map((item) => (
              <li key={item.id}>
                <AgendaItemCard item={item} />
              </li>
            ))}
          </ol>
        )}
        {mayEdit && <ToggleForm openLabel={t('agenda.itemAdd')}>{(close) => <ItemForm onDone={close} />}</ToggleForm>}
      </section>

      <HistorySection />
    </article>
  );
}

function PublishButton() {
  const { t } = useTranslation();
  const { agenda, reload } = useAgenda();
  const { busy, problems, act } = useAgendaAction();
  const published = agenda.status === 'published';
  return (
    <li>
      <button
        type="button"
        className={published ? 'button' : 'button button--primary'}
        disabled={busy}
        onClick={() =>
          void act(async () => {
            await setAgendaPublished(agenda.id, !published);
            await reload(t(published ? 'agenda.unpublished' : 'agenda.publishedNow'));
          })
        }
      >
        {t(published ? 'agenda.unpublish' : 'agenda.publish')}
      </button>
      <ProblemList problems={problems} />
    </li>
  );
}

/** Building block 2: generated from the profile, what deviates most from the municipal mean. */
function ScanSection() {
  const { t } = useTranslation();
  const { agenda, language } = useAgenda();
  const amount = (value: number, unit: string) => t(`kompas.unit-${unitKey(unit)}`, { value: formatNumber(value, language), unit });
  const judgement = (entry: ScanEntry) => {
    const deviation = t(`kompas.class-${entry.class}` as 'kompas.class-average', { defaultValue: entry.class });
    return entry.assessment === null || entry.assessment === 'average'
      ? deviation
      : `${deviation} (${t(`kompas.assessment-${entry.assessment}` as 'kompas.assessment-average', { defaultValue: entry.assessment })})`;
  };
  return (
    <section className="agenda-section" aria-labelledby="agenda-scan">
      <h2 id="agenda-scan">{t('agenda.scanHeading')}</h2>
      <p className="agenda-hint">{t('agenda.scanHint', { municipality: agenda.municipality.name })}</p>
      {agenda.scan.length === 0 ? (
        <p className="agenda-empty">{t('agenda.scanEmpty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('agenda.scanRegion')} tabIndex={0}>
          <table className="agenda-scan">
            <caption>{t('agenda.scanCaption', { area: agenda.area.name, municipality: agenda.municipality.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agenda.colIndicator')}</th>
                <th scope="col">{t('agenda.colValue')}</th>
                <th scope="col">{t('agenda.colReference', { municipality: agenda.municipality.name })}</th>
                <th scope="col">{t('agenda.colIndex')}</th>
                <th scope="col">{t('agenda.colJudgement')}</th>
                <th scope="col">{t('agenda.colSource')}</th>
              </tr>
            </thead>
            <tbody>
              {agenda.scan.map((entry) => (
                <tr key={entry.key}>
                  <th scope="row">
                    {entry.label}
                    <span className="agenda-scan__theme">{entry.themeLabel}</span>
                  </th>
                  <td>{amount(entry.value, entry.unit)}</td>
                  <td>{amount(entry.reference, entry.unit)}</td>
                  <td>{entry.index === null ? '–' : Math.round(entry.index)}</td>
                  <td>{judgement(entry)}</td>
                  <td>{t('agenda.sourceYear', { source: entry.source, year: entry.year })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Building block 3: who sits at the table, by role. */
function PartiesSection() {
  const { t } = useTranslation();
  const { agenda, me, reload } = useAgenda();
  const { busy, problems, act } = useAgendaAction();
  const seated = agenda.parties.some((party) => party.kind === 'resident' && party.mine);

  function remove(party: AgendaParty): void {
    void act(async () => {
      await removeAgendaParty(agenda.id, party.id);
      await reload(t('agenda.partyRemoved', { name: party.name }));
    });
  }

  return (
    <section className="agenda-section" aria-labelledby="agenda-parties">
      <h2 id="agenda-parties">{t('agenda.partiesHeading')}</h2>
      <div className="agenda-roles">
        {ROLES.map((role) => {
          const parties = agenda.parties.filter((party) => party.role === role);
          return (
            <div key={role} className="agenda-role">
              <h3>{t(`agenda.role-${role}`)}</h3>
              {parties.length === 0 ? (
                <p className="agenda-empty">{t('agenda.partiesEmpty')}</p>
              ) : (
                <ul>
                  {parties.map((party) => (
                    <li key={party.id}>
                      {party.name}
                      {(agenda.you.mayEdit || party.mine) && (
                        <RemoveButton name={party.name} disabled={busy} onClick={() => remove(party)} />
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      <ProblemList problems={problems} />
      {me !== null && !seated && (
        <button
          type="button"
          className="button agenda-edit"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              await addAgendaParty(agenda.id, { role: 'resident', me: true });
              await reload(t('agenda.joined'));
            })
          }
        >
          {t('agenda.joinAsResident')}
        </button>
      )}
      {me !== null && (agenda.you.mayEdit || me.organisations.length > 0) && (
        <ToggleForm openLabel={t('agenda.partyAdd')}>{(close) => <PartyForm onDone={close} />}</ToggleForm>
      )}
    </section>
  );
}

/** An organisation at the table (editors: any in the area; members: their own), or, for editors, a named party. */
function PartyForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { agenda, me, reload } = useAgenda();
  const id = useId();
  const mayEdit = agenda.you.mayEdit;
  const area = useApiData(
    async (signal) =>
      mayEdit ? (await getMapPage({ types: 'organisation', [agenda.area.type]: agenda.area.code, limit: 200 }, null, signal)).features : [],
    [mayEdit, agenda.area.code],
  );
  const [role, setRole] = useState<AgendaRole>('professional');
  const [organisationId, setOrganisationId] = useState('');
  const [name, setName] = useState('');
  const { busy, problems, act } = useAgendaAction();

  const options = new Map<string, string>();
  for (const organisation of me?.organisations ?? []) options.set(organisation.id, organisation.name);
  if (area.state.status === 'ready') for (const feature of area.state.data) options.set(String(feature.id), feature.properties.title ?? '');

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const done = await act(async () => {
      const party = organisationId !== '' ? { role, organisationId } : { role, name: name.trim() };
      await addAgendaParty(agenda.id, party);
      await reload(t('agenda.partyAdded'));
    });
    if (done) onDone();
  }

  return (
    <form className="agenda-form" onSubmit={(event) => void submit(event)} aria-label={t('agenda.partyAdd')}>
      <Field id={`${id}-role`} label={t('agenda.partyRole')}>
        <select id={`${id}-role`} className="field__control" value={role} onChange={(event) => setRole(event.target.value as AgendaRole)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`agenda.role-${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-organisation`} label={t('agenda.partyOrganisation')}>
        <select id={`${id}-organisation`} className="field__control" value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
          <option value="">{mayEdit ? t('agenda.partyNoOrganisation') : t('agenda.choose')}</option>
          {[...options].map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {mayEdit && organisationId === '' && (
        <Field id={`${id}-name`} label={t('agenda.partyName')} hint={t('agenda.partyNameHint')}>
          <input id={`${id}-name`} className="field__control" aria-describedby={`${id}-name-hint`} maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
      )}
      <ProblemList problems={problems} />
      <FormActions busy={busy} submitLabel={t('agenda.partySubmit')} onCancel={onDone} />
    </form>
  );
}

/** Building block 4: observations and stories gathered for the agenda. */
function StoriesSection() {
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
      {agenda.you.mayEdit && <ToggleForm openLabel={t('agenda.storyAdd')}>{(close) => <StoryForm onDone={close} />}</ToggleForm>}
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
        <select id={`${id}-choice`} className="field__control" required value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{loading ? t('agenda.loading') : t('agenda.choose')}</option>
          <VoiceOptions options={options} />
        </select>
      </Field>
      <Field id={`${id}-note`} label={t('agenda.evidenceNote')}>
        <input id={`${id}-note`} className="field__control" maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <ProblemList problems={problems} />
      <FormActions busy={busy} submitLabel={t('agenda.storySubmit')} onCancel={onDone} disabled={choice === ''} />
    </form>
  );
}

/** Building block 6: where the agenda meets the municipality's policy. */
function PolicySection() {
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
      {agenda.you.mayEdit && <ToggleForm openLabel={t('agenda.policyAdd')}>{(close) => <PolicyForm onDone={close} />}</ToggleForm>}
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
      await addPolicyLink(agenda.id, { title: title.trim(), url: url.trim(), ...(note.trim() === '' ? {} : { note: note.trim() }) });
      await reload(t('agenda.policyAdded'));
    });
    if (done) onDone();
  }

  return (
    <form className="agenda-form" onSubmit={(event) => void submit(event)} aria-label={t('agenda.policyAdd')}>
      <Field id={`${id}-title`} label={t('agenda.policyTitle')}>
        <input id={`${id}-title`} className="field__control" required maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <Field id={`${id}-url`} label={t('agenda.policyUrl')}>
        <input id={`${id}-url`} type="url" className="field__control" required maxLength={2000} placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} />
      </Field>
      <Field id={`${id}-note`} label={t('agenda.policyNote')}>
        <input id={`${id}-note`} className="field__control" maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <ProblemList problems={problems} />
      <FormActions busy={busy} submitLabel={t('agenda.policySubmit')} onCancel={onDone} />
    </form>
  );
}

/** Every change, newest first, loaded when the disclosure is first opened. */
function HistorySection() {
  const { t } = useTranslation();
  const { agenda, language } = useAgenda();
  const [opened, setOpened] = useState(false);
  return (
    <details className="agenda-history" onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary>{t('agenda.historyHeading')}</summary>
      {opened && <HistoryList agendaId={agenda.id} updatedAt={agenda.updatedAt} language={language} />}
    </details>
  );
}

function HistoryList({ agendaId, updatedAt, language }: { agendaId: string; updatedAt: string; language: 'nl' | 'en' }) {
  const { t } = useTranslation();
  const { state, retry } = useApiData((signal) => getAgendaHistory(agendaId, signal), [agendaId, updatedAt]);
  if (state.status === 'loading') return <p role="status">{t('agenda.loading')}</p>;
  if (state.status === 'error') return <LoadProblem onRetry={retry} />;
  if (state.data.length === 0) return <p className="agenda-empty">{t('agenda.historyEmpty')}</p>;
  return (
    <ol className="agenda-history__list">
      {state.data.map((entry, index) => (
        <li key={index}>
          <time dateTime={entry.at}>{formatMoment(entry.at, language)}</time>{' '}
          {t('agenda.historyEntry', {
            // Null: a deleted account, a resident's support or words (named only to those who take part), or a
            // resident's pledge of an item this viewer may not see.
            actor: entry.actor ?? t('agenda.unnamedActor'),
            action: actionText(t, entry.action),
          })}
        </li>
      ))}
    </ol>
  );
}
