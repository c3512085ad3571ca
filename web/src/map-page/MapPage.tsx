import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session.tsx';
import { getTaxonomy, type MapFeature } from '../api/assets.ts';
import type { Suggestion } from '../api/suggestions.ts';
import type { ResultsView } from './map-filters.ts';
import { DetailPanel } from './DetailPanel.tsx';
import { FILTERS_HEADING_ID, FilterPanel } from './FilterPanel.tsx';
import { MapLegend } from './MapLegend.tsx';
import { RESULTS_HEADING_ID, ResultsTable } from './ResultsTable.tsx';
import { ResultsToolbar } from './ResultsToolbar.tsx';
import { taxonomyLabels } from './taxonomy.ts';
import { DEFAULT_PRIVACY, useMapFeatures } from './use-map-features.ts';
import { useUrlFilters } from './use-url-filters.ts';
import type { LngLatBbox } from '../geo.ts';
import { currentLanguage, documentTitle } from '../i18n/i18n.ts';
import { useInstance } from '../instance/instance-settings.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { AreaMap, type CoveredEdges } from '../map/AreaMap.tsx';
import { ChoroplethLayer } from '../map/ChoroplethLayer.tsx';
import { FeatureLayers } from '../map/FeatureLayers.tsx';
import { SuggestionLayer, type ShownSuggestion } from '../map/SuggestionLayer.tsx';
import { MapSuggestionsPanel } from '../suggestions/MapSuggestionsPanel.tsx';
import { useMapSuggestions } from '../suggestions/use-map-suggestions.ts';
import { useApiData } from '../use-api-data.ts';
import { AREA_FILTER_ID, AREA_PANEL_HEADING_ID, AreaPanel } from './AreaPanel.tsx';
import { BuurtSummary, WijkSummary } from './BuurtSummary.tsx';
import { ChoroplethControl } from './ChoroplethControl.tsx';
import { ChoroplethLegend } from './ChoroplethLegend.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import type { BuurtSelection } from './selection.ts';
import { useAreas } from './use-areas.ts';
import { useChoropleth } from './use-choropleth.ts';
import { useMunicipalityChoice } from '../map/municipality-choice.ts';
import { MunicipalityControl } from '../map/MunicipalityControl.tsx';
import { useNarrowScreen } from './use-narrow-screen.ts';
import { Welcome } from './Welcome.tsx';
import './map-page.css';

const SIDE_PANEL_ID = 'side-panel';
const NO_FEATURES: MapFeature[] = [];
const NOTHING_COVERED: CoveredEdges = { left: 0, bottom: 0 };
// From this width on the list is shown beside the map; below it, instead of the map (as in the stylesheet).
const LIST_BESIDE_MAP_QUERY = '(min-width: 64rem)';

/**
 * The start page: what the buurten have, on a map and in a list that show the same features, with the filters and
 * the buurten by wijk beside them (a sheet from the bottom on narrow screens). The filters and the view live in the
 * address, so a filtered map can be shared and the back button undoes a choice.
 */
export function MapPage() {
  const { t } = useTranslation();
  const instance = useInstance();
  const { user } = useSession();
  const narrow = useNarrowScreen();
  const { filters, view, setFilters, setView } = useUrlFilters();
  const { areas, retry } = useAreas();
  const { state: taxonomy } = useApiData(getTaxonomy, []);
  const [viewport, setViewport] = useState<LngLatBbox | null>(null);
  const mapData = useMapFeatures(filters, viewport, user?.id ?? 'anonymous');
  const [selection, setSelection] = useState<BuurtSelection | null>(null);
  const [selectionArea, setSelectionArea] = useState<string | null>(null);
  const [openFeature, setOpenFeature] = useState<MapFeature | null>(null);
  // Only narrow screens hide the panel; on wide screens it is always shown and this stays false.
  const [panelOpen, setPanelOpen] = useState(false);
  const panelToggleRef = useRef<HTMLButtonElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  // "For you on the map": my suggestions as a layer and a list, for logged-in residents who switch it on.
  const [suggestionsOn, setSuggestionsOn] = useState(false);
  const [shownSuggestion, setShownSuggestion] = useState<ShownSuggestion | null>(null);
  const [suggestionAnnouncement, setSuggestionAnnouncement] = useState('');

  const buurten = areas.status === 'ready' ? areas.buurten : null;
  const wijken = areas.status === 'ready' ? areas.wijken : null;
  // With several municipalities loaded, the lists and colours are of the one chosen (the map draws them all).
  const municipalityChoice = useMunicipalityChoice();
  const shownMunicipality = municipalityChoice.several ? municipalityChoice.chosen : null;
  const wijkProperties = useMemo(
    () =>
      (wijken?.features ?? [])
        .map((feature) => feature.properties)
        .filter((wijk) => shownMunicipality === null || wijk.municipalityCode === shownMunicipality.code),
    [wijken, shownMunicipality],
  );
  const buurtProperties = useMemo(() => {
    const shownWijken = new Set(wijkProperties.map((wijk) => wijk.code));
    return (buurten?.features ?? [])
      .map((feature) => feature.properties)
      .filter((buurt) => shownMunicipality === null || shownWijken.has(buurt.wijkCode));
  }, [buurten, wijkProperties, shownMunicipality]);
  const buurtNames = useMemo(
    () => new Map(buurtProperties.map((buurt) => [buurt.code, buurt.name])),
    [buurtProperties],
  );
  const selectedBuurt = buurtProperties.find((buurt) => buurt.code === filters.buurt) ?? null;
  const selectedWijk =
    selectedBuurt === null ? (wijkProperties.find((wijk) => wijk.code === filters.wijk) ?? null) : null;
  // The area in the address: a buurt, or else a wijk.
  const areaCode = filters.buurt ?? filters.wijk;
  const language = currentLanguage();
  // The wijken coloured by an indicator of the kompas, chosen in the panel and kept in the address.
  const choropleth = useChoropleth(language, shownMunicipality?.code ?? null);
  const mapSuggestions = useMapSuggestions(suggestionsOn, user?.id ?? null, language);
  const suggestionsOnMap =
    suggestionsOn && mapSuggestions.state.status === 'ready' ? (mapSuggestions.state.data?.suggestions ?? null) : null;
  const labels = useMemo(
    () => (taxonomy.status === 'ready' ? taxonomyLabels(taxonomy.data, language) : null),
    [taxonomy, language],
  );
  const privacy = mapData.result?.privacy ?? DEFAULT_PRIVACY;
  const features = mapData.result?.features ?? NO_FEATURES;
  const mapRegionRef = useRef<HTMLElement>(null);

  // What the area's summary covers of the map, measured as the map fits a new choice (it is drawn by then): its width
  // on the left, or on a narrow screen its height at the bottom, which grows with what can be done with the area.
  function summaryCovers(): CoveredEdges {
    const region = mapRegionRef.current;
    const summary = region?.querySelector(':scope > .buurt-info');
    if (region === null || summary === null || summary === undefined) return NOTHING_COVERED;
    const [mapBox, summaryBox] = [region.getBoundingClientRect(), summary.getBoundingClientRect()];
    return narrow
      ? { left: 0, bottom: Math.max(0, mapBox.bottom - summaryBox.top) }
      : { left: Math.max(0, summaryBox.right - mapBox.left), bottom: 0 };
  }

  // The area in the address decides what is selected: a shared link, the back button and the filter all bring the
  // map there. A choice made here already set the selection (with where it was made), so it is kept.
  if (areaCode !== selectionArea) {
    setSelectionArea(areaCode);
    if (areaCode === null) setSelection(null);
    else if (selection?.code !== areaCode) setSelection({ code: areaCode, source: 'list' });
  }

  useEffect(
    function nameThePage() {
      document.title = documentTitle();
    },
    [t, instance],
  );

  function chooseView(next: ResultsView): void {
    if (next !== view) setView(next);
  }

  // A chosen wijk stays while the buurt lies in it; closing a buurt's summary goes back to its wijk, if one was chosen.
  function chooseBuurt(code: string | null, source: BuurtSelection['source']): void {
    const wijk =
      code === null || buurtProperties.find((buurt) => buurt.code === code)?.wijkCode === filters.wijk
        ? filters.wijk
        : null;
    const area = code ?? wijk;
    setSelection(area === null ? null : { code: area, source });
    setFilters({ ...filters, buurt: code, wijk });
  }

  function chooseWijk(code: string | null): void {
    const buurt = code !== null && selectedBuurt?.wijkCode === code ? filters.buurt : null;
    const area = buurt ?? code;
    setSelection(area === null ? null : { code: area, source: 'list' });
    setFilters({ ...filters, wijk: code, buurt });
  }

  // "Show wijk" (in the list, or on a buurt's summary), or a click on the map zoomed out to the wijken: the whole wijk,
  // whichever of its buurten was chosen.
  function showWijk(code: string, source: BuurtSelection['source'] = 'list'): void {
    setSelection({ code, source });
    setFilters({ ...filters, wijk: code, buurt: null });
    if (panelOpen) {
      setPanelOpen(false);
      panelToggleRef.current?.focus();
    }
  }

  // A click in the buurt already chosen keeps the map where it is; a click in another buurt chooses and shows it.
  function selectFromMap(code: string): void {
    if (code !== filters.buurt) chooseBuurt(code, 'map');
  }

  // On a narrow screen the panel covers the map: close it so the chosen buurt can be seen, and keep focus on the toggle.
  function selectFromList(code: string): void {
    chooseBuurt(code, 'list');
    if (panelOpen) {
      setPanelOpen(false);
      panelToggleRef.current?.focus();
    }
  }

  const areaSummary =
    selectedBuurt !== null ? (
      <BuurtSummary
        buurt={selectedBuurt}
        folded={narrow}
        onClose={() => chooseBuurt(null, 'list')}
        onChooseWijk={showWijk}
      />
    ) : selectedWijk !== null ? (
      <WijkSummary wijk={selectedWijk} folded={narrow} onClose={() => chooseWijk(null)} />
    ) : null;

  const openDetails = useCallback(function openDetails(feature: MapFeature) {
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.detail-panel')) {
      returnFocusRef.current = document.activeElement;
    }
    setOpenFeature(feature);
  }, []);

  function closeDetails(): void {
    setOpenFeature(null);
    const target = returnFocusRef.current;
    returnFocusRef.current = null;
    if (target?.isConnected) target.focus();
  }

  // The map must be in view to show a suggestion on it: where the list replaces the map, go back to the map; on a
  // narrow screen the panel covers it, so it closes and the keyboard waits on its toggle.
  function showSuggestion(suggestion: Suggestion): void {
    if (view === 'list' && !window.matchMedia(LIST_BESIDE_MAP_QUERY).matches) chooseView('map');
    if (panelOpen) {
      setPanelOpen(false);
      panelToggleRef.current?.focus();
    }
    setShownSuggestion((previous) => ({ key: suggestion.key, request: (previous?.request ?? 0) + 1 }));
    setSuggestionAnnouncement(t('mapSuggestions.shownOnMap', { name: suggestion.candidate.name }));
  }

  function toggleSuggestions(on: boolean): void {
    setSuggestionsOn(on);
    setShownSuggestion(null);
    setSuggestionAnnouncement('');
  }

  // The panel must be visible before the browser follows the link and moves focus to it.
  function openPanelForSkipLink(event: MouseEvent<HTMLAnchorElement>): void {
    if (event.defaultPrevented) return;
    flushSync(() => setPanelOpen(true));
  }

  // The welcome's "explore your buurt": the buurt search, in the panel (opened first where it is a sheet).
  function exploreBuurten(): void {
    if (narrow) flushSync(() => setPanelOpen(true));
    document.getElementById(AREA_FILTER_ID)?.focus();
  }

  return (
    <div className="app">
      <a className="skip-link" href={`#${AREA_PANEL_HEADING_ID}`} onClick={openPanelForSkipLink}>
        {t('app.skipToList')}
      </a>
      <a className="skip-link" href={`#${FILTERS_HEADING_ID}`} onClick={openPanelForSkipLink}>
        {t('assetMap.skipToFilters')}
      </a>
      {view === 'list' && (
        <a className="skip-link" href={`#${RESULTS_HEADING_ID}`}>
          {t('assetMap.skipToResults')}
        </a>
      )}
      <AppHeader brandIsHeading />
      <main className="app-main" data-view={view}>
        <Welcome onExplore={exploreBuurten} />
        <ResultsToolbar
          panelId={SIDE_PANEL_ID}
          panelOpen={panelOpen}
          onTogglePanel={() => setPanelOpen((open) => !open)}
          panelToggleRef={panelToggleRef}
          view={view}
          onChooseView={chooseView}
          features={mapData}
          filters={filters}
        />
        <div id={SIDE_PANEL_ID} className="side-panel" data-open={panelOpen ? '' : undefined}>
          {user !== null && (
            <MapSuggestionsPanel
              on={suggestionsOn}
              onToggle={toggleSuggestions}
              data={mapSuggestions}
              onShow={showSuggestion}
              announcement={suggestionAnnouncement}
            />
          )}
          <MunicipalityControl choice={municipalityChoice} />
          <ChoroplethControl
            choropleth={choropleth}
            legend={!narrow && <ChoroplethLegend choropleth={choropleth} inPanel />}
          />
          <FilterPanel
            filters={filters}
            onChange={setFilters}
            onSelectBuurt={(code) => chooseBuurt(code, 'list')}
            onSelectWijk={chooseWijk}
            taxonomy={taxonomy}
            wijken={wijkProperties}
            buurten={buurtProperties}
            privacy={privacy}
            municipalityName={shownMunicipality?.name}
          />
          <AreaPanel
            wijken={wijkProperties}
            buurten={buurtProperties}
            selection={selection}
            onSelectBuurt={selectFromList}
            onSelectWijk={showWijk}
          />
        </div>
        <div className="results-views">
          <section className="map-region" aria-label={t('map.label')} ref={mapRegionRef}>
            <AreaMap
              buurten={buurten}
              wijken={wijken}
              selection={selection}
              onSelectBuurt={selectFromMap}
              onSelectWijk={(code) => showWijk(code, 'map')}
              coveredEdges={summaryCovers}
              onViewportChange={setViewport}
              describeBuurt={choropleth.describeBuurt}
              municipality={shownMunicipality}
            >
              {choropleth.shown !== null && wijken !== null && (
                <ChoroplethLayer wijken={wijken} tones={choropleth.shown.tones} />
              )}
              <FeatureLayers features={features} privacy={privacy} onOpenFeature={openDetails} />
              {suggestionsOnMap !== null && (
                <SuggestionLayer suggestions={suggestionsOnMap} shown={shownSuggestion} buurten={buurten} />
              )}
            </AreaMap>
            <LoadStatus areas={areas} onRetry={retry} />
            <MapLegend privacy={privacy} />
            {narrow && <ChoroplethLegend choropleth={choropleth} inPanel={false} />}
            {view === 'map' && areaSummary}
          </section>
          {view === 'list' && (
            <section className="list-region" aria-labelledby={RESULTS_HEADING_ID}>
              <h2 id={RESULTS_HEADING_ID} tabIndex={-1}>
                {t('results.heading')}
              </h2>
              {areaSummary}
              <ResultsTable
                features={features}
                privacy={privacy}
                buurtNames={buurtNames}
                openFeatureId={openFeature?.id ?? null}
                onOpenFeature={openDetails}
              />
            </section>
          )}
          {openFeature !== null && (
            <DetailPanel feature={openFeature} privacy={privacy} labels={labels} onClose={closeDetails} />
          )}
        </div>
      </main>
    </div>
  );
}
