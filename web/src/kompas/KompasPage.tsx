import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { INDEX_BOUNDS } from '../../../api/kompas/kompas-scoring.ts';
import { KOMPAS_MIN_COUNT } from '../../../api/shared/policy.ts';
import type { ProfileAreaType } from '../api/areas.ts';
import { getAreaKompas, type Kompas } from '../api/kompas.ts';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { currentLanguage, type Language } from '../i18n/i18n.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { kompasPath, PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { AreaAgenda } from '../agenda/AreaAgenda.tsx';
import { KompasChart } from './KompasChart.tsx';
import { KompasTable } from './KompasTable.tsx';
import { AreaAssets } from './AreaAssets.tsx';
import { AreaVoices } from '../voices/AreaVoices.tsx';
import { ASSESSMENTS, hasOwnFigures, levelView, type KompasLevel } from './kompas-view.ts';
import './kompas.css';

interface KompasPageProps {
  areaType: ProfileAreaType;
}

/**
 * The kompas of a buurt or a wijk, on one page a community builder can print: its kompas as a chart that drills
 * down from quarters to themes to indicators (and the same numbers in a table), what it has on the map, and what its
 * residents say in grades, words and photos.
 */
export function KompasPage({ areaType }: KompasPageProps) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const language = currentLanguage();
  const { state, retry } = useApiData(
    (signal) => getAreaKompas(areaType, code, language, signal),
    [areaType, code, language],
  );
  const title =
    state.status === 'ready'
      ? t('kompas.title', { name: state.data.area.name })
      : t(areaType === 'buurt' ? 'kompas.titleLoadingBuurt' : 'kompas.titleLoading');

  return (
    <PageLayout title={title} wide>
      <PageLoadStatus
        state={state}
        onRetry={retry}
        loading={t('kompas.loading')}
        notFound={t(areaType === 'buurt' ? 'kompas.noSuchBuurt' : 'kompas.noSuchWijk')}
      />
      {state.status === 'ready' && (
        <>
          <ProfileActions kompas={state.data} />
          <KompasView key={code} kompas={state.data} language={language} />
          <AreaAssets key={`assets-${code}`} area={state.data.area} language={language} />
          <AreaVoices
            key={`voices-${code}`}
            area={state.data.area}
            wijkCode={state.data.wijk.code}
            language={language}
          />
          <AreaAgenda key={`agenda-${code}`} area={state.data.area} wijkCode={state.data.wijk.code} />
          <BuurtenOfWijk kompas={state.data} />
        </>
      )}
    </PageLayout>
  );
}

/** The profiles of the wijk's buurten (of the other buurten, on a buurt's profile). */
function BuurtenOfWijk({ kompas }: { kompas: Kompas }) {
  const { t } = useTranslation();
  const buurten = kompas.wijk.buurten.filter((buurt) => buurt.code !== kompas.area.code);
  if (buurten.length === 0) return null;
  return (
    <nav className="profile-buurten" aria-labelledby="profile-buurten-heading">
      <h2 id="profile-buurten-heading">
        {kompas.area.type === 'buurt'
          ? t('kompas.otherBuurten', { wijk: kompas.wijk.name })
          : t('kompas.buurtenOf', { wijk: kompas.wijk.name })}
      </h2>
      <ul>
        {buurten.map((buurt) => (
          <li key={buurt.code}>
            <Link to={kompasPath('buurt', buurt.code)}>{buurt.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Where to go from here: the area on the map, its wijk (for a buurt), and printing the profile. */
function ProfileActions({ kompas }: { kompas: Kompas }) {
  const { t } = useTranslation();
  const { area, wijk } = kompas;
  return (
    <ul className="profile-actions">
      <li>
        <Link to={`${PATHS.map}?${area.type}=${encodeURIComponent(area.code)}`}>
          {t('kompas.onMap', { name: area.name })}
        </Link>
      </li>
      {area.type === 'buurt' && (
        <li>
          <Link to={kompasPath('wijk', wijk.code)}>{t('kompas.wijkProfile', { name: wijk.name })}</Link>
        </li>
      )}
      <li>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('kompas.print')}
        </button>
      </li>
    </ul>
  );
}

interface KompasViewProps {
  kompas: Kompas;
  language: Language;
}

function KompasView({ kompas, language }: KompasViewProps) {
  const { t } = useTranslation();
  // The way down, so "Terug" goes up one level and focus returns to the segment it came from.
  const [trail, setTrail] = useState<{ level: KompasLevel; from: string }[]>([]);
  const focusNext = useRef<string | null>(null);
  const segments = useRef(new Map<string, SVGPathElement>());
  const backButton = useRef<HTMLButtonElement>(null);

  const level: KompasLevel = trail.at(-1)?.level ?? { kind: 'all' };
  const view = levelView(kompas, level);
  const levelName = view.theme
    ? t('kompas.levelTheme', { label: view.theme.label })
    : view.quarter
      ? t('kompas.levelQuarter', { label: view.quarter.label })
      : t('kompas.allQuarters');
  const municipality = kompas.municipality.name;

  useEffect(
    function moveFocusAfterDrilling() {
      const target = focusNext.current;
      focusNext.current = null;
      if (target === 'back') backButton.current?.focus();
      else if (target !== null) segments.current.get(target)?.focus();
    },
    [trail],
  );

  function open(next: KompasLevel, from: string): void {
    focusNext.current = 'back';
    setTrail([...trail, { level: next, from }]);
  }

  function back(): void {
    focusNext.current = trail.at(-1)?.from ?? null;
    setTrail(trail.slice(0, -1));
  }

  function rememberSegment(id: string, element: SVGPathElement | null): void {
    if (element === null) segments.current.delete(id);
    else segments.current.set(id, element);
  }

  const previousName = (() => {
    const previous = trail.at(-2)?.level ?? { kind: 'all' as const };
    const previousView = levelView(kompas, previous);
    if (previousView.theme) return t('kompas.levelTheme', { label: previousView.theme.label });
    if (previousView.quarter) return t('kompas.levelQuarter', { label: previousView.quarter.label });
    return t('kompas.allQuarters');
  })();

  return (
    <>
      <p className="kompas-intro">
        {kompas.area.type === 'buurt'
          ? t('kompas.introBuurt', { buurt: kompas.area.name, municipality })
          : t('kompas.intro', { wijk: kompas.area.name, municipality })}
      </p>
      {kompas.area.type === 'buurt' && !hasOwnFigures(kompas) && (
        <p className="kompas-intro kompas-intro--note">
          {t('kompas.figuresPerWijk')}{' '}
          <Link to={kompasPath('wijk', kompas.wijk.code)}>{t('kompas.wijkProfile', { name: kompas.wijk.name })}</Link>
        </p>
      )}
      <div className={trail.length > 0 ? 'kompas kompas--drilled' : 'kompas'}>
        <section className="kompas__chart" aria-labelledby="kompas-level">
          <div className="kompas__level">
            <h2 id="kompas-level">{capitalise(levelName)}</h2>
            {trail.length > 0 && (
              <button
                ref={backButton}
                type="button"
                className="button kompas__back"
                aria-label={t('kompas.backTo', { level: previousName })}
                onClick={back}
              >
                {t('kompas.back')}
              </button>
            )}
          </div>
          {view.theme === null && <p className="kompas__hint">{t('kompas.drillHint')}</p>}
          <KompasChart
            segments={view.segments}
            label={t('kompas.chartLabel', { wijk: kompas.area.name, level: levelName })}
            onOpen={open}
            rememberSegment={rememberSegment}
          />
          <Legend />
          <p className="kompas__index-note">
            {t('kompas.indexNote', { municipality, ...INDEX_BOUNDS, min: KOMPAS_MIN_COUNT })}
          </p>
        </section>
        <KompasTable kompas={kompas} view={view} levelName={levelName} language={language} />
      </div>
      {trail.length > 0 && (
        // Paper gets the whole kompas, wherever the screen is drilled down to (see kompas.css).
        <div className="kompas__print-all">
          <KompasTable
            kompas={kompas}
            view={levelView(kompas, { kind: 'all' })}
            levelName={t('kompas.allQuarters')}
            language={language}
          />
        </div>
      )}
    </>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <div className="kompas-legend">
      <h3>{t('kompas.legendHeading')}</h3>
      <ul className="inline-list">
        {ASSESSMENTS.map((assessment) => (
          <li key={assessment}>
            <span className={`kompas-legend__swatch kompas-segment--${assessment}`} aria-hidden="true" />
            {t(`kompas.assessment-${assessment}`)}
          </li>
        ))}
        <li>
          <span className="kompas-legend__swatch kompas-segment--none" aria-hidden="true" />
          {t('kompas.legendNone')}
        </li>
      </ul>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
