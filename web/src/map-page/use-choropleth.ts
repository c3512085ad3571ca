import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BuurtProperties } from '../api/areas.ts';
import {
  getIndicatorAcrossWijken,
  getIndicators,
  type IndicatorAcrossWijken,
  type IndicatorSummary,
} from '../api/kompas.ts';
import type { Language } from '../i18n/i18n.ts';
import { figureText } from '../kompas/kompas-view.ts';
import { useApiData, type ApiData } from '../use-api-data.ts';
import { choroplethKeyFromSearch, searchWithChoropleth, toneOfWijk, type Tone } from './choropleth.ts';

export interface Choropleth {
  /** The indicator in the address, or null for no colouring. */
  key: string | null;
  choose: (key: string | null) => void;
  indicators: ApiData<IndicatorSummary[]>;
  /** The chosen indicator across the wijken; null while nothing is chosen. */
  data: ApiData<IndicatorAcrossWijken | null>;
  /** What the map shows: the chosen indicator's figures once they are in, with its entry in the list of indicators. */
  shown: { data: IndicatorAcrossWijken; summary: IndicatorSummary | null; tones: ReadonlyMap<string, Tone> } | null;
  /** The tooltip line of a buurt: its wijk's figure and index, while the wijken are coloured. */
  describeBuurt: (buurt: BuurtProperties) => string | null;
  retry: () => void;
}

/**
 * The indicator the wijken are coloured by, kept in the address (the back button undoes a choice), and its figures
 * across the wijken of the municipality shown.
 */
export function useChoropleth(language: Language, municipality: string | null): Choropleth {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const key = choroplethKeyFromSearch(searchParams);
  const indicators = useApiData((signal) => getIndicators(language, signal), [language]);
  const data = useApiData(
    (signal) => (key === null ? Promise.resolve(null) : getIndicatorAcrossWijken(key, language, municipality, signal)),
    [key, language, municipality],
  );
  const { retry: retryIndicators } = indicators;
  const { retry: retryData } = data;

  const ready = data.state.status === 'ready' && data.state.data?.indicator.key === key ? data.state.data : null;
  // While the next indicator loads, the map keeps the last colours instead of flashing empty.
  const [kept, setKept] = useState<IndicatorAcrossWijken | null>(null);
  if (ready !== null && ready !== kept) setKept(ready);
  const current = key === null ? null : (ready ?? (data.state.status === 'loading' ? kept : null));
  const shownKey = current?.indicator.key;
  const summary =
    indicators.state.status === 'ready'
      ? (indicators.state.data.find((indicator) => indicator.key === shownKey) ?? null)
      : null;
  const shown = useMemo(
    () =>
      current === null
        ? null
        : {
            data: current,
            summary,
            tones: new Map(current.wijken.map((wijk) => [wijk.code, toneOfWijk(wijk, current.indicator.direction)])),
          },
    [current, summary],
  );

  const describeBuurt = useCallback(
    function describeBuurt(buurt: BuurtProperties): string | null {
      const wijk = current?.wijken.find((candidate) => candidate.code === buurt.wijkCode);
      if (current === null || wijk === undefined) return null;
      const value = figureText(t, language, current.indicator.key, wijk, current.indicator.unit);
      return wijk.index === null
        ? t('choropleth.tooltipNoIndex', { wijk: wijk.name, value })
        : t('choropleth.tooltip', { wijk: wijk.name, value, index: Math.round(wijk.index) });
    },
    [current, t, language],
  );

  const choose = useCallback(
    function choose(next: string | null) {
      // From the address as it is now, so a buurt or filter chosen a moment ago is not undone: react-router hands an
      // updater the parameters of the last render, which lag behind the address while a navigation is rendering.
      setSearchParams(() => searchWithChoropleth(new URLSearchParams(window.location.search), next));
    },
    [setSearchParams],
  );

  const retry = useCallback(
    function retry() {
      retryIndicators();
      retryData();
    },
    [retryIndicators, retryData],
  );

  return { key, choose, indicators: indicators.state, data: data.state, shown, describeBuurt, retry };
}
