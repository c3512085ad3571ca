import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate } from '../account/format.ts';
import { ApiError } from '../api/client.ts';
import { RULE_NAMES } from '../../../api/suggestions/rules.ts';
import {
  areaCsvUrl,
  getAreaConnections,
  type AreaConnections,
  type AreaCsvTable,
  type AreaQuery,
  type AreaSuggestion,
} from '../api/connector.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { Refusal } from '../layout/Refusal.tsx';
import { PATHS } from '../paths.ts';
import { useApiData, type UseApiDataResult } from '../use-api-data.ts';
import { ConnectorGate } from './ConnectorGate.tsx';
import { FiguresSummary } from './FiguresSummary.tsx';
import { IntroducePair } from './IntroducePair.tsx';
import { AreaFilters, PairPaging } from './AreaFilters.tsx';
import { StatusWord } from '../introductions/StatusWord.tsx';
import { SuggestionName } from '../suggestions/SuggestionCard.tsx';
import './connector.css';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';

const CSV_TABLES: readonly {
  table: AreaCsvTable;
  label: 'connector.downloadFigures' | 'connector.downloadIntroductions' | 'connector.downloadSuggestions';
}[] = [
  { table: 'figures', label: 'connector.downloadFigures' },
  { table: 'introductions', label: 'connector.downloadIntroductions' },
  { table: 'suggestions', label: 'connector.downloadSuggestions' },
];

/**
 * The connector's page of one buurt or wijk, what needs them first: the downloads beside the heading, then the
 * introductions waiting for an answer and the pairs worth introducing (by buurt and rule, a page at a time), groups
 * waiting to be started, the earlier introductions, and the figures in short with the chart per buurt folded away.
 */
export function ConnectorAreaPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const language = currentLanguage();
  const data = useApiData((signal) => getAreaConnections(code, language, {}, signal), [code, language]);
  const title =
    data.state.status === 'ready'
      ? t('connector.areaTitle', { name: data.state.data.area.name })
      : t('connector.title');

  return (
    <PageLayout title={title} wide>
      <ConnectorGate>{() => <AreaView code={code} data={data} />}</ConnectorGate>
    </PageLayout>
  );
}

interface AreaViewProps {
  code: string;
  data: UseApiDataResult<AreaConnections>;
}

function AreaView({ code, data }: AreaViewProps) {
  const { t } = useTranslation();
  const { state, retry, replace } = data;

  if (state.status === 'loading') {
    return <LoadingStatus>{t('connector.loading')}</LoadingStatus>;
  }
  if (state.status === 'error') {
    const { error } = state;
    if (error instanceof ApiError && (error.status === 403 || error.status === 404 || error.status === 400)) {
      return (
        <Refusal
          message={error.status === 403 ? t('connector.notYourArea') : t('connector.noSuchArea')}
          to={PATHS.connector}
          linkText={t('connector.toAreas')}
        />
      );
    }
    return <LoadProblem onRetry={retry} />;
  }

  return <AreaSections code={code} view={state.data} onChange={replace} />;
}

interface AreaSectionsProps {
  code: string;
  view: AreaConnections;
  onChange: (view: AreaConnections) => void;
}

function AreaSections({ code, view, onChange }: AreaSectionsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [query, setQuery] = useState<AreaQuery>({});
  const [loadingPairs, setLoadingPairs] = useState(false);
  const [pairsProblem, setPairsProblem] = useState(false);
  const [introduced, setIntroduced] = useState<string | null>(null);
  const introducedRef = useRef<HTMLParagraphElement>(null);
  const pairsHeadingRef = useRef<HTMLHeadingElement>(null);
  const latest = useRef(0);
  const buurtNames = new Map(view.area.buurten.map((buurt) => [buurt.code, buurt.name]));
  const buurtName = (buurtCode: string | null) =>
    buurtCode === null ? null : (buurtNames.get(buurtCode) ?? buurtCode);
  const waiting = view.introductions.filter((introduction) => introduction.status === 'asked');
  const earlier = view.introductions.filter((introduction) => introduction.status !== 'asked');

  /** The view again with these filters or this page; an answer overtaken by a later choice is dropped. */
  async function show(next: AreaQuery, focusList = false): Promise<void> {
    const attempt = ++latest.current;
    setQuery(next);
    setLoadingPairs(true);
    setPairsProblem(false);
    try {
      const data = await getAreaConnections(code, language, next);
      if (attempt !== latest.current) return;
      onChange(data);
      if (focusList) requestAnimationFrame(() => pairsHeadingRef.current?.focus());
    } catch {
      if (attempt === latest.current) setPairsProblem(true);
    } finally {
      if (attempt === latest.current) setLoadingPairs(false);
    }
  }

  async function showIntroduced(suggestion: AreaSuggestion): Promise<void> {
    const [a, b] = suggestion.parties;
    // At once: the pair shows it was introduced; then the whole view again, with the new introduction and figures.
    onChange({
      ...view,
      suggestions: view.suggestions.map((other) =>
        other.key === suggestion.key ? { ...other, introduced: 'asked' } : other,
      ),
    });
    setIntroduced(t('connector.introduced', { a: a?.name ?? '', b: b?.name ?? '' }));
    // The form and its button are gone: the keyboard goes to the message that says what happened.
    requestAnimationFrame(() => introducedRef.current?.focus());
    try {
      const attempt = ++latest.current;
      const data = await getAreaConnections(code, language, query);
      // The introduced pair stays in sight on this page until the connector moves on.
      if (attempt === latest.current)
        onChange({
          ...data,
          suggestions: view.suggestions.map((other) =>
            other.key === suggestion.key ? { ...other, introduced: 'asked' } : other,
          ),
        });
    } catch {
      // The pair already shows its new status; the rest follows on the next visit.
    }
  }

  return (
    <div className="sections connector-area">
      <p className="page-intro">{t('connector.intro', { name: view.area.name })}</p>

      <nav className="connector-downloads" aria-label={t('connector.downloadsHeading')}>
        <span className="connector-downloads__label">{t('connector.downloadsLabel')}</span>
        <ul>
          {CSV_TABLES.map(({ table, label }) => (
            <li key={table}>
              <a href={areaCsvUrl(code, table, language)} download>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <ConnectorSection name="now" heading={t('connector.nowHeading')} intro={t('connector.nowIntro')}>
        <AreaFilters
          buurten={view.area.buurten}
          rules={RULE_NAMES}
          query={query}
          page={view.suggestionsPage}
          onChange={(next) => void show({ ...next, offset: 0 })}
        />

        <h3 className="connector-area__subheading">{t('connector.waitingHeading', { count: waiting.length })}</h3>
        {waiting.length === 0 ? (
          <p>{t('connector.waitingNone')}</p>
        ) : (
          <IntroductionList introductions={waiting} label={t('connector.waitingLabel')} buurtName={buurtName} />
        )}

        <h3 className="connector-area__subheading" ref={pairsHeadingRef} tabIndex={-1}>
          {(query.pairs ?? 'new') === 'new' ? t('connector.suggestionsHeading') : t('connector.doneHeading')}
        </h3>
        <p className="section__intro">
          {(query.pairs ?? 'new') === 'new' ? t('connector.suggestionsIntro') : t('connector.doneIntro')}
        </p>
        <p ref={introducedRef} className="form-status ask-sent" role="status" tabIndex={-1}>
          {introduced}
        </p>
        {pairsProblem && <p role="alert">{t('connector.pairsProblem')}</p>}
        {view.suggestions.length === 0 ? (
          <p>
            {(query.pairs ?? 'new') === 'done'
              ? t('connector.doneNone')
              : query.buurt !== undefined || query.rule !== undefined
                ? t('connector.filteredNone')
                : t('connector.suggestionsNone')}
          </p>
        ) : (
          <ol
            className="suggestion-list"
            aria-label={t('connector.suggestionsLabel')}
            aria-busy={loadingPairs}
            start={view.suggestionsPage.offset + 1}
          >
            {view.suggestions.map((suggestion) => (
              <PairCard
                key={suggestion.key}
                suggestion={suggestion}
                buurtName={buurtName}
                onIntroduced={(pair) => void showIntroduced(pair)}
              />
            ))}
          </ol>
        )}
        <PairPaging
          page={view.suggestionsPage}
          busy={loadingPairs}
          onPage={(offset) => void show({ ...query, offset }, true)}
        />
      </ConnectorSection>

      <ConnectorSection name="groups" heading={t('connector.groupsHeading')} intro={t('connector.groupsIntro')}>
        {view.groups.length === 0 ? (
          <p>{t('connector.groupsNone')}</p>
        ) : (
          <ul className="suggestion-list">
            {view.groups.map((group) => (
              <li key={`${group.key}:${group.buurtCode}`} className="suggestion">
                <h3 className="suggestion__name">
                  {group.label}
                  <span className="suggestion__rule">
                    {' '}
                    · {t('connector.groupPeople', { count: group.people })}{' '}
                    {t('connector.groupIn', { buurt: buurtName(group.buurtCode) })}
                  </span>
                </h3>
                <p className="suggestion__members">
                  {t('connector.groupMembers')} {group.members.map((member) => member.name).join(', ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </ConnectorSection>

      <ConnectorSection
        name="introductions"
        heading={t('connector.introductionsHeading')}
        intro={t('connector.introductionsIntro')}
      >
        {earlier.length === 0 ? (
          <p>{t('connector.introductionsNone')}</p>
        ) : (
          <IntroductionList introductions={earlier} label={t('connector.introductionsLabel')} buurtName={buurtName} />
        )}
      </ConnectorSection>

      <ConnectorSection name="figures" heading={t('connector.figuresHeading')} intro={t('connector.figuresIntro')}>
        <FiguresSummary figures={view.figures} totals={view.totals} areaName={view.area.name} />
      </ConnectorSection>
    </div>
  );
}

type AreaIntroduction = AreaConnections['introductions'][number];

interface IntroductionListProps {
  introductions: AreaIntroduction[];
  label: string;
  buurtName: (code: string | null) => string | null;
}

/** Introductions made in the area: who (as far as the connector may know), their status, who made it and when. */
function IntroductionList({ introductions, label, buurtName }: IntroductionListProps) {
  const { t, i18n } = useTranslation();
  const describe = usePartyDescription();
  return (
    <ul className="introduction-list" aria-label={label}>
      {introductions.map((introduction) => {
        const [a, b] = introduction.parties.map(describe);
        const where = buurtName(introduction.buurtCode);
        return (
          <li key={introduction.id} className="introduction-item" data-status={introduction.status}>
            <p className="introduction-item__title">{t('connector.pairTitle', { a: a ?? '', b: b ?? '' })}</p>
            <p className="introduction-item__facts">
              <StatusWord status={introduction.status} labelled />
              <span className="introduction-item__who">
                {introduction.mine
                  ? t('connector.byMe')
                  : introduction.byConnector
                    ? t('connector.byConnector')
                    : t('connector.byParty')}
                , {t('connector.madeOn', { date: formatDate(introduction.createdAt, i18n.language) })}
                {where !== null && <>, {where}</>}
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * How a party of an introduction is named: by name where the connector may know it; a resident in an introduction
 * the connector did not make by one thing of theirs the connectors see ("iemand die houdt van vogels").
 */
function usePartyDescription() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (party: AreaIntroduction['parties'][number]): string => {
    if (party.name !== null) return party.name;
    if (party.about === null) return t('connector.aResident');
    return t(`connector.someone-${party.about.role}`, { tag: party.about.tag.label.toLocaleLowerCase(language) });
  };
}

interface ConnectorSectionProps {
  /** Names the heading's id. */
  name: string;
  heading: string;
  intro: string;
  children: ReactNode;
}

/** One part of the connector's view of the area: its heading, a line on what it is, and the part itself. */
function ConnectorSection({ name, heading, intro, children }: ConnectorSectionProps) {
  return (
    <section className="section" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>{heading}</h2>
      <p className="section__intro">{intro}</p>
      {children}
    </section>
  );
}

interface PairCardProps {
  suggestion: AreaSuggestion;
  buurtName: (code: string | null) => string | null;
  onIntroduced: (suggestion: AreaSuggestion) => void;
}

/** One pair worth introducing: who, with what, where, what they share, and the way to introduce them. */
function PairCard({ suggestion, buurtName, onIntroduced }: PairCardProps) {
  const { t } = useTranslation();
  const [a, b] = suggestion.parties;
  const names = { a: a?.name ?? '', b: b?.name ?? '' };

  return (
    <li className="suggestion connector-pair">
      <SuggestionName as="h3" className="suggestion__name" rule={suggestion.rule}>
        {t('connector.pairTitle', names)}
      </SuggestionName>
      <ul className="connector-pair__parties">
        {suggestion.parties.map((party) => {
          const where = buurtName(party.buurtCode);
          return (
            <li key={`${party.kind}:${party.id}`}>
              {party.title === party.name
                ? party.name
                : t('connector.partyItem', { name: party.name, title: party.title })}{' '}
              <span className="facts__note">
                ({t(`connector.partyKind-${party.kind}`)}
                {where !== null && <>, {where}</>})
              </span>
            </li>
          );
        })}
      </ul>
      <p className="suggestion__facts">
        <span>{suggestion.sameBuurt ? t('connector.sameBuurt') : t('connector.otherBuurten')}</span>
        {suggestion.matchedTags.map((tag) => (
          <span key={tag.key} className="tag-chip">
            {tag.label}
          </span>
        ))}
      </p>
      {suggestion.introduced !== null ? (
        <p className="connector-pair__introduced">
          {t('connector.alreadyIntroduced')} <StatusWord status={suggestion.introduced} />
        </p>
      ) : (
        <div className="suggestion__actions">
          <IntroducePair suggestion={suggestion} onIntroduced={onIntroduced} />
        </div>
      )}
    </li>
  );
}
