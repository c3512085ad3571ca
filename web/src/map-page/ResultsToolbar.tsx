import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DisclosureButton } from '../layout/DisclosureButton.tsx';
import type { MapFilters, ResultsView } from './map-filters.ts';
import { ResultsStatus } from './ResultsStatus.tsx';
import { RESULTS_HEADING_ID } from './ResultsTable.tsx';
import type { MapFeaturesState } from './use-map-features.ts';

interface ResultsToolbarProps {
  /** The id of the side panel the toggle opens and closes (on narrow screens). */
  panelId: string;
  panelOpen: boolean;
  onTogglePanel: () => void;
  panelToggleRef: RefObject<HTMLButtonElement | null>;
  view: ResultsView;
  onChooseView: (view: ResultsView) => void;
  features: MapFeaturesState;
  filters: MapFilters;
}

/**
 * Above the results: the panel's toggle, map or list (in the list, a way past the filters to the results for the
 * keyboard), and how many features the filters found.
 */
export function ResultsToolbar({
  panelId,
  panelOpen,
  onTogglePanel,
  panelToggleRef,
  view,
  onChooseView,
  features,
  filters,
}: ResultsToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="results-toolbar">
      <DisclosureButton
        ref={panelToggleRef}
        className="panel-toggle"
        expanded={panelOpen}
        controls={panelId}
        onClick={onTogglePanel}
      >
        {t('assetMap.panelToggle')}
      </DisclosureButton>
      <div className="view-switch" role="group" aria-label={t('assetMap.viewLabel')}>
        <button type="button" aria-pressed={view === 'map'} onClick={() => onChooseView('map')}>
          {t('assetMap.viewMap')}
        </button>
        <button type="button" aria-pressed={view === 'list'} onClick={() => onChooseView('list')}>
          {t('assetMap.viewList')}
        </button>
      </div>
      {/* From the list toggle, the next Tab offers the results: the filters come first in the page. */}
      {view === 'list' && (
        <a className="skip-link skip-link--inline" href={`#${RESULTS_HEADING_ID}`}>
          {t('assetMap.skipToResults')}
        </a>
      )}
      <ResultsStatus features={features} filters={filters} />
    </div>
  );
}
