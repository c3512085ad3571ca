import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  getBuurtSummary,
  getWijkSummary,
  type BuurtProperties,
  type BuurtSummary as Summary,
  type WijkProperties,
} from '../api/areas.ts';
import { RetryAlert } from './LoadStatus.tsx';
import { SymbolIcon } from './SymbolIcon.tsx';
import type { SymbolKey } from './symbols.ts';
import { FollowBuurt } from '../follows/FollowBuurt.tsx';
import { squareMetresToHectares } from '../geo.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { kompasPath } from '../paths.ts';
import { INVENTORY_END_PATH } from '../contribute/inventory/steps.ts';
import { useApiData } from '../use-api-data.ts';

const HEADING_ID = 'buurt-info-name';

interface SummaryProps {
  /** Folded up at first (on narrow screens, where it would cover the area on the map). */
  folded: boolean;
  onClose: () => void;
}

interface BuurtSummaryProps extends SummaryProps {
  buurt: BuurtProperties;
  /** Chooses the buurt's whole wijk instead (not offered where there is no such choice). */
  onChooseWijk?: (wijkCode: string) => void;
}

export function BuurtSummary({ buurt, onChooseWijk, ...props }: BuurtSummaryProps) {
  const { t } = useTranslation();
  return (
    <AreaSummary
      {...props}
      name={buurt.name}
      code={buurt.code}
      facts={[
        [t('info.wijk'), buurt.wijkName],
        [t('info.area'), t('info.areaValue', { hectares: squareMetresToHectares(buurt.areaM2) })],
      ]}
      load={getBuurtSummary}
      actions={
        <>
          <FollowBuurt key={buurt.code} code={buurt.code} name={buurt.name} />
          <p className="buurt-info__profile">
            <Link to={kompasPath('buurt', buurt.code)}>{t('kompas.linkBuurt')}</Link>
          </p>
          {onChooseWijk !== undefined && (
            <p className="buurt-info__profile">
              <button type="button" className="link-button" onClick={() => onChooseWijk(buurt.wijkCode)}>
                {t('info.chooseWijk', { name: buurt.wijkName })}
              </button>
            </p>
          )}
        </>
      }
    />
  );
}

/** A wijk's figures are the sums of what its buurten show (residents per buurt only from k on). */
export function WijkSummary({ wijk, ...props }: SummaryProps & { wijk: WijkProperties }) {
  const { t } = useTranslation();
  return (
    <AreaSummary
      {...props}
      name={wijk.name}
      code={wijk.code}
      facts={[
        [t('info.buurten'), String(wijk.buurtCount)],
        ...(wijk.inhabitants === null
          ? []
          : [[t('info.inhabitants'), t('info.inhabitantsValue', { count: wijk.inhabitants })] as [string, string]]),
        [t('info.area'), t('info.areaValue', { hectares: squareMetresToHectares(wijk.areaM2) })],
      ]}
      load={getWijkSummary}
      actions={
        <p className="buurt-info__profile">
          <Link to={kompasPath('wijk', wijk.code)}>{t('kompas.link')}</Link>
        </p>
      }
    />
  );
}

interface AreaSummaryProps extends SummaryProps {
  name: string;
  code: string;
  /** Term and value of each fact shown above the figures. */
  facts: [string, string][];
  load: (
    code: string,
    language: 'nl' | 'en',
    signal?: AbortSignal,
  ) => Promise<Pick<Summary, 'counts' | 'k' | 'domains' | 'topTags'>>;
  /** What can be done with the area (follow a buurt), under its name: in view even when the figures are folded. */
  actions?: ReactNode;
}

/**
 * The chosen buurt or wijk: its facts, and what it has (counts per type, residents only from k on, domains and top
 * tags). The figures fold away under their heading, so on a phone the area itself stays in view.
 */
function AreaSummary({ name, code, facts, load, folded, onClose, actions }: AreaSummaryProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { state, retry } = useApiData((signal) => load(code, language, signal), [code, language]);

  return (
    <section className="buurt-info" aria-labelledby={HEADING_ID}>
      <div className="buurt-info__top">
        <h2 id={HEADING_ID}>{name}</h2>
        <button type="button" className="buurt-info__close" onClick={onClose}>
          {t('info.close')}
        </button>
      </div>
      {actions}
      <details className="buurt-info__more" open={!folded}>
        <summary>{t('summary.heading', { buurt: name })}</summary>
        <dl className="buurt-info__facts">
          {facts.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
          <dt>{t('info.code')}</dt>
          <dd>{code}</dd>
        </dl>
        {state.status === 'loading' && <p role="status">{t('summary.loading')}</p>}
        {state.status === 'error' && (
          <RetryAlert
            className="buurt-info__problem"
            message={t('summary.error')}
            retryLabel={t('status.retry')}
            onRetry={retry}
          />
        )}
        {state.status === 'ready' && <SummaryFigures summary={state.data} />}
      </details>
    </section>
  );
}

export interface SummaryFiguresProps {
  summary: Pick<Summary, 'counts' | 'k' | 'domains' | 'topTags'>;
}

export function SummaryFigures({ summary }: SummaryFiguresProps) {
  const { t } = useTranslation();
  const { counts } = summary;
  // Each label agrees with its number ("1 organisatie", "3 organisaties"); "fewer than k" takes the plural.
  type CountKey = 'organisations' | 'places' | 'organisationItems' | 'things' | 'stories' | 'residents';
  const row = (symbol: SymbolKey, key: CountKey, count: number | null): [SymbolKey, string, string] => [
    symbol,
    t(`summary.${key}` as const, { count: count ?? summary.k }),
    count === null ? t('summary.residentsFewer', { k: summary.k }) : String(count),
  ];
  const rows = [
    row('organisation', 'organisations', counts.organisations),
    row('place', 'places', counts.places),
    row('offer', 'organisationItems', counts.organisationItems),
    row('thing', 'things', counts.things),
    row('story', 'stories', counts.stories),
    row('people', 'residents', counts.residents),
  ];
  const largestDomain = Math.max(1, ...summary.domains.map((domain) => domain.count));

  return (
    <>
      <ul className="summary-counts">
        {rows.map(([symbol, label, value]) => (
          <li key={symbol}>
            <SymbolIcon symbol={symbol} />
            <span className="summary-counts__value">{value}</span>
            <span>{label}</span>
          </li>
        ))}
      </ul>
      <p className="buurt-info__note">
        {t('summary.residentsWhy', { k: summary.k })} <Link to={INVENTORY_END_PATH}>{t('summary.residentsHow')}</Link>
      </p>
      <h3>{t('summary.domainsHeading')}</h3>
      {summary.domains.length === 0 ? (
        <p className="buurt-info__note">{t('summary.domainsNone')}</p>
      ) : (
        <ul className="domain-bars">
          {summary.domains.map((domain) => (
            <li key={domain.key}>
              <span className="domain-bars__label">{domain.label}</span>
              {/* The bar only repeats the number beside it, so it is hidden from screen readers. */}
              <span className="domain-bars__track" aria-hidden="true">
                <span className="domain-bars__bar" style={{ width: `${(domain.count / largestDomain) * 100}%` }} />
              </span>
              <span className="domain-bars__value">{domain.count}</span>
            </li>
          ))}
        </ul>
      )}
      {summary.topTags.length > 0 && (
        <>
          <h3>{t('summary.topTagsHeading')}</h3>
          <ul className="tag-list">
            {summary.topTags.map((tag) => (
              <li key={tag.key}>{t('summary.tagCount', { label: tag.label, count: tag.count })}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
