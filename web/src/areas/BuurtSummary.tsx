import { useTranslation } from 'react-i18next';
import { getBuurtSummary, type BuurtProperties, type BuurtSummary as Summary } from '../api-client.ts';
import { SymbolIcon } from '../assets-map/SymbolIcon.tsx';
import type { SymbolKey } from '../assets-map/symbols.ts';
import { squareMetresToHectares } from '../geo.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { useApiData } from '../use-api-data.ts';

const HEADING_ID = 'buurt-info-name';

interface BuurtSummaryProps {
  buurt: BuurtProperties;
  /** Folded up at first (on narrow screens, where it would cover the buurt on the map). */
  folded: boolean;
  onClose: () => void;
}

/**
 * The chosen buurt: its facts, and what it has (counts per type, residents only from k on, domains and top tags).
 * The figures fold away under their heading, so on a phone the buurt itself stays in view.
 */
export function BuurtSummary({ buurt, folded, onClose }: BuurtSummaryProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { state, retry } = useApiData((signal) => getBuurtSummary(buurt.code, language, signal), [buurt.code, language]);

  return (
    <section className="buurt-info" aria-labelledby={HEADING_ID}>
      <div className="buurt-info__top">
        <h2 id={HEADING_ID}>{buurt.name}</h2>
        <button type="button" className="buurt-info__close" onClick={onClose}>
          {t('info.close')}
        </button>
      </div>
      <details className="buurt-info__more" open={!folded}>
        <summary>{t('summary.heading', { buurt: buurt.name })}</summary>
        <dl className="buurt-info__facts">
          <dt>{t('info.wijk')}</dt>
          <dd>{buurt.wijkName}</dd>
          <dt>{t('info.area')}</dt>
          <dd>{t('info.areaValue', { hectares: squareMetresToHectares(buurt.areaM2) })}</dd>
          <dt>{t('info.code')}</dt>
          <dd>{buurt.code}</dd>
        </dl>
        {state.status === 'loading' && <p role="status">{t('summary.loading')}</p>}
        {state.status === 'error' && (
          <div role="alert" className="buurt-info__problem">
            <p>{t('summary.error')}</p>
            <button type="button" onClick={retry}>
              {t('status.retry')}
            </button>
          </div>
        )}
        {state.status === 'ready' && <SummaryFigures summary={state.data} />}
      </details>
    </section>
  );
}

interface SummaryFiguresProps {
  summary: Summary;
}

function SummaryFigures({ summary }: SummaryFiguresProps) {
  const { t } = useTranslation();
  const { counts } = summary;
  const rows: [SymbolKey, string, string][] = [
    ['organisation', t('summary.organisations'), String(counts.organisations)],
    ['place', t('summary.places'), String(counts.places)],
    ['offer', t('summary.organisationItems'), String(counts.organisationItems)],
    ['thing', t('summary.things'), String(counts.things)],
    ['story', t('summary.stories'), String(counts.stories)],
    ['people', t('summary.residents'), counts.residents === null ? t('summary.residentsFewer', { k: summary.k }) : String(counts.residents)],
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
