import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuurtProperties, WijkProperties } from '../api/areas.ts';
import { filterWijkGroups, groupBuurtenByWijk, type WijkGroup } from './group-buurten.ts';
import type { BuurtSelection } from './selection.ts';
import { SidePanel } from './SidePanel.tsx';

export const AREA_PANEL_HEADING_ID = 'area-panel-heading';
/** The buurt search: the welcome's "explore your buurt" takes the keyboard there. */
export const AREA_FILTER_ID = 'buurt-filter';

interface AreaPanelProps {
  wijken: readonly WijkProperties[];
  buurten: readonly BuurtProperties[];
  selection: BuurtSelection | null;
  onSelectBuurt: (code: string) => void;
  /** Chooses a whole wijk: its outline on the map and its summary beside it. */
  onSelectWijk: (code: string) => void;
}

/** The list of buurten by wijk: the way in for keyboard and screen-reader users, with the same choices as the map. */
export function AreaPanel({ wijken, buurten, selection, onSelectBuurt, onSelectWijk }: AreaPanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [expandedWijken, setExpandedWijken] = useState<ReadonlySet<string>>(new Set());
  const [revealedSelection, setRevealedSelection] = useState<BuurtSelection | null>(null);
  const buttonsByCode = useRef(new Map<string, HTMLButtonElement>());

  const groups = useMemo(() => groupBuurtenByWijk(wijken, buurten), [wijken, buurten]);
  const visibleGroups = useMemo(() => filterWijkGroups(groups, query), [groups, query]);
  const filterActive = query.trim() !== '';
  const matchCount = visibleGroups.reduce((sum, group) => sum + group.buurten.length, 0);

  // A buurt or wijk chosen on the map opens its wijk in the list, so the list always shows the current choice.
  if (selection !== revealedSelection) {
    setRevealedSelection(selection);
    const wijkCode =
      buurten.find((buurt) => buurt.code === selection?.code)?.wijkCode ??
      wijken.find((wijk) => wijk.code === selection?.code)?.code;
    if (wijkCode !== undefined && !expandedWijken.has(wijkCode)) {
      setExpandedWijken(new Set(expandedWijken).add(wijkCode));
    }
  }

  useEffect(
    function scrollMapSelectionIntoList() {
      if (selection?.source !== 'map') return;
      buttonsByCode.current.get(selection.code)?.scrollIntoView({ block: 'nearest' });
    },
    [selection],
  );

  function changeQuery(event: ChangeEvent<HTMLInputElement>): void {
    const nextQuery = event.target.value;
    setQuery(nextQuery);
    const matching = nextQuery.trim() === '' ? [] : filterWijkGroups(groups, nextQuery);
    setExpandedWijken(new Set(matching.map((group) => group.wijk.code)));
  }

  function toggleWijk(wijkCode: string): void {
    const next = new Set(expandedWijken);
    if (!next.delete(wijkCode)) next.add(wijkCode);
    setExpandedWijken(next);
  }

  function rememberButton(code: string, button: HTMLButtonElement | null): void {
    if (button === null) buttonsByCode.current.delete(code);
    else buttonsByCode.current.set(code, button);
  }

  return (
    <SidePanel
      block="area-panel"
      headingId={AREA_PANEL_HEADING_ID}
      heading={t('panel.heading')}
      intro={t('panel.intro')}
    >
      <label className="area-panel__filter-label" htmlFor={AREA_FILTER_ID}>
        {t('panel.filterLabel')}
      </label>
      <input
        id={AREA_FILTER_ID}
        className="area-panel__filter"
        type="search"
        autoComplete="off"
        placeholder={t('panel.filterPlaceholder')}
        value={query}
        onChange={changeQuery}
      />
      <p className="area-panel__count" role="status">
        {filterActive &&
          (visibleGroups.length === 0
            ? t('panel.noResults', { query: query.trim() })
            : t('panel.resultCount', { count: matchCount }))}
      </p>
      <ul className="wijk-groups">
        {visibleGroups.map((group) => (
          <WijkGroupItem
            key={group.wijk.code}
            group={group}
            expanded={expandedWijken.has(group.wijk.code)}
            selectedCode={selection?.code ?? null}
            onToggle={toggleWijk}
            onSelectBuurt={onSelectBuurt}
            onSelectWijk={onSelectWijk}
            rememberButton={rememberButton}
          />
        ))}
      </ul>
    </SidePanel>
  );
}

interface WijkGroupItemProps {
  group: WijkGroup;
  expanded: boolean;
  selectedCode: string | null;
  onToggle: (wijkCode: string) => void;
  onSelectBuurt: (code: string) => void;
  onSelectWijk: (code: string) => void;
  rememberButton: (code: string, button: HTMLButtonElement | null) => void;
}

function WijkGroupItem({
  group,
  expanded,
  selectedCode,
  onToggle,
  onSelectBuurt,
  onSelectWijk,
  rememberButton,
}: WijkGroupItemProps) {
  const { t } = useTranslation();
  const listId = `wijk-${group.wijk.code}-buurten`;

  return (
    <li className="wijk-group">
      <h3 className="wijk-group__heading">
        <button
          type="button"
          className="wijk-group__toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => onToggle(group.wijk.code)}
        >
          <span className="wijk-group__chevron" aria-hidden="true" />
          <span className="wijk-group__name">{group.wijk.name}</span>
          <span className="wijk-group__count">{t('panel.buurtCount', { count: group.buurten.length })}</span>
        </button>
        <button
          type="button"
          className="wijk-group__show"
          ref={(button) => rememberButton(group.wijk.code, button)}
          aria-label={t('panel.showWijkLabel', { name: group.wijk.name })}
          aria-current={group.wijk.code === selectedCode ? 'true' : undefined}
          onClick={() => onSelectWijk(group.wijk.code)}
        >
          {t('panel.showWijk')}
        </button>
      </h3>
      <div id={listId} hidden={!expanded}>
        {group.buurten.length === 0 ? (
          <p className="wijk-group__empty">{t('panel.noBuurten')}</p>
        ) : (
          <ul className="buurt-list">
            {group.buurten.map((buurt) => (
              <li key={buurt.code}>
                <button
                  type="button"
                  className="buurt-button"
                  ref={(button) => rememberButton(buurt.code, button)}
                  aria-current={buurt.code === selectedCode ? 'true' : undefined}
                  onClick={() => onSelectBuurt(buurt.code)}
                >
                  {buurt.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
