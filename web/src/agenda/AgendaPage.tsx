import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../account/session.tsx';
import { getAgenda, setAgendaPublished, updateAgenda } from '../api/agendas.ts';
import { getMe, type Me } from '../api/me.ts';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { ProblemList } from '../forms/ProblemList.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { kompasPath } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { AgendaItemCard } from './AgendaItemCard.tsx';
import { AgendaList, AgendaSection, EditableText, ToggleForm } from './AgendaParts.tsx';
import { HistorySection } from './HistorySection.tsx';
import { ItemForm } from './ItemForm.tsx';
import { PartiesSection } from './PartiesSection.tsx';
import { PolicySection } from './PolicySection.tsx';
import { ScanSection } from './ScanSection.tsx';
import { StoriesSection } from './StoriesSection.tsx';
import { AgendaContext, useAgenda } from './agenda-context.ts';
import { formatMoment, useAgendaChange } from './agenda-text.ts';
import './agenda.css';

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
        <AgendaContext.Provider
          value={{ agenda: state.data, language, me: me.state.status === 'ready' ? me.state.data : null, reload }}
        >
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
  const { agenda, language } = useAgenda();
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
          <Link to={kompasPath(agenda.area.type, agenda.area.code)}>
            {t('agenda.toProfile', { name: agenda.area.name })}
          </Link>
        </li>
        <li>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('agenda.print')}
          </button>
        </li>
        {mayEdit && <PublishButton />}
      </ul>

      <AgendaTextSection block="urgency" />

      <ScanSection />
      <PartiesSection />
      <StoriesSection />

      <AgendaTextSection block="counting" />

      <PolicySection />

      <AgendaSection id="agenda-items" heading={t('agenda.itemsHeading')}>
        {!agenda.you.takesPart && agenda.items.length > 0 && (
          <p className="agenda-hint agenda-comments-note">{t('agenda.commentsForParticipants')}</p>
        )}
        <AgendaList items={agenda.items} empty={t('agenda.itemsEmpty')} className="agenda-items" ordered>
          {(item) => <AgendaItemCard item={item} />}
        </AgendaList>
        {mayEdit && <ToggleForm openLabel={t('agenda.itemAdd')}>{(close) => <ItemForm onDone={close} />}</ToggleForm>}
      </AgendaSection>

      <HistorySection />
    </article>
  );
}

/** Where each of the agenda's own texts is kept. */
const TEXT_FIELDS = { urgency: 'urgency', counting: 'countingTelling' } as const;

/** Building blocks 1 and 5, in the agenda's own words: why the area needs it, and what counting and telling showed. */
function AgendaTextSection({ block }: { block: keyof typeof TEXT_FIELDS }) {
  const { t } = useTranslation();
  const { agenda, reload } = useAgenda();
  const field = TEXT_FIELDS[block];
  return (
    <AgendaSection id={`agenda-${block}`} heading={t(`agenda.${block}Heading`)}>
      <p className="agenda-hint">{t(`agenda.${block}Hint`)}</p>
      <EditableText
        text={agenda[field]}
        empty={t(`agenda.${block}Empty`)}
        label={t(`agenda.${block}Label`)}
        editLabel={t(`agenda.${block}Edit`)}
        mayEdit={agenda.you.mayEdit}
        save={async (text) => {
          await updateAgenda(agenda.id, { [field]: text });
          await reload(t('agenda.saved'));
        }}
      />
    </AgendaSection>
  );
}

function PublishButton() {
  const { t } = useTranslation();
  const { agenda } = useAgenda();
  const { busy, problems, change } = useAgendaChange();
  const published = agenda.status === 'published';
  return (
    <li>
      <button
        type="button"
        className={published ? 'button' : 'button button--primary'}
        disabled={busy}
        onClick={() =>
          void change(
            () => setAgendaPublished(agenda.id, !published),
            t(published ? 'agenda.unpublished' : 'agenda.publishedNow'),
          )
        }
      >
        {t(published ? 'agenda.unpublish' : 'agenda.publish')}
      </button>
      <ProblemList problems={problems} />
    </li>
  );
}
