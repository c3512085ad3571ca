import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../layout/AppHeader.tsx';
import { AreaMap } from '../map/AreaMap.tsx';
import { AREA_PANEL_HEADING_ID, AreaPanel } from './AreaPanel.tsx';
import { BuurtInfo } from './BuurtInfo.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import type { BuurtSelection } from './selection.ts';
import { useAreas } from './use-areas.ts';

const AREA_PANEL_ID = 'area-panel';

/** The start page: the map of buurten and wijken with the list beside it (a sheet from the bottom on narrow screens). */
export function MapPage() {
  const { t } = useTranslation();
  const { areas, retry } = useAreas();
  const [selection, setSelection] = useState<BuurtSelection | null>(null);
  // Only narrow screens hide the panel; on wide screens it is always shown and this stays false.
  const [panelOpen, setPanelOpen] = useState(false);
  const panelToggleRef = useRef<HTMLButtonElement>(null);

  const buurten = areas.status === 'ready' ? areas.buurten : null;
  const wijken = areas.status === 'ready' ? areas.wijken : null;
  const buurtProperties = useMemo(() => buurten?.features.map((feature) => feature.properties) ?? [], [buurten]);
  const wijkProperties = useMemo(() => wijken?.features.map((feature) => feature.properties) ?? [], [wijken]);
  const selectedBuurt = buurtProperties.find((buurt) => buurt.code === selection?.code) ?? null;

  useEffect(
    function nameThePage() {
      document.title = t('app.documentTitle');
    },
    [t],
  );

  function selectFromMap(code: string): void {
    setSelection({ code, source: 'map' });
  }

  // On a narrow screen the list covers the map: close it so the chosen buurt can be seen, and keep focus on the toggle.
  function selectFromList(code: string): void {
    setSelection({ code, source: 'list' });
    if (panelOpen) {
      setPanelOpen(false);
      panelToggleRef.current?.focus();
    }
  }

  function togglePanel(): void {
    setPanelOpen((open) => !open);
  }

  // The panel must be visible before the browser follows the link and moves focus to it.
  function openPanelForSkipLink(event: MouseEvent<HTMLAnchorElement>): void {
    if (event.defaultPrevented) return;
    flushSync(() => setPanelOpen(true));
  }

  const panelToggle = (
    <button
      ref={panelToggleRef}
      type="button"
      className="header-button panel-toggle"
      aria-expanded={panelOpen}
      aria-controls={AREA_PANEL_ID}
      onClick={togglePanel}
    >
      {t('panel.toggle')}
    </button>
  );

  return (
    <div className="app">
      <a className="skip-link" href={`#${AREA_PANEL_HEADING_ID}`} onClick={openPanelForSkipLink}>
        {t('app.skipToList')}
      </a>
      <AppHeader brandIsHeading actions={panelToggle} />
      <main className="app-main">
        <AreaPanel
          id={AREA_PANEL_ID}
          open={panelOpen}
          wijken={wijkProperties}
          buurten={buurtProperties}
          selection={selection}
          onSelectBuurt={selectFromList}
        />
        <section className="map-region" aria-label={t('map.label')}>
          <AreaMap buurten={buurten} wijken={wijken} selection={selection} onSelectBuurt={selectFromMap} />
          <LoadStatus areas={areas} onRetry={retry} />
          <BuurtInfo buurt={selectedBuurt} onClose={() => setSelection(null)} />
        </section>
      </main>
    </div>
  );
}
