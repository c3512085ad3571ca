import { divIcon, point, type DivIcon } from 'leaflet';
import { SYMBOL_PATHS, type SymbolKey } from '../map-page/symbols.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Icons are built as DOM nodes with text set through textContent, never as an HTML string: a title typed by someone
 * can never become markup, and no inline style attribute is needed (the Content-Security-Policy forbids those).
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function symbolSvg(symbol: SymbolKey): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'symbol-svg');
  for (const d of SYMBOL_PATHS[symbol]) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

export interface AssetMarkerText {
  /** The symbol's word, read before the title by screen readers and shown in the tooltip. */
  symbol: string;
  title: string;
}

/** A round badge with the symbol's pictogram, and the title as a label beside it. */
export function assetMarkerIcon(symbol: SymbolKey, text: AssetMarkerText): DivIcon {
  const content = element('span', 'asset-marker__content');
  const badge = element('span', `asset-marker__badge symbol--${symbol}`);
  badge.append(symbolSvg(symbol));
  // The name screen readers hear, always there; the label beside the badge shows only on hover, focus or zoom.
  const name = element('span', 'visually-hidden', `${text.symbol}: ${text.title}`);
  const label = element('span', 'asset-marker__label', text.title);
  label.setAttribute('aria-hidden', 'true');
  content.append(badge, name, label);
  return divIcon({
    html: content,
    className: `asset-marker asset-marker--${symbol}`,
    iconSize: point(30, 30),
    iconAnchor: point(15, 15),
  });
}

/** A cluster: the number of assets in it; screen readers hear the number with what a click does. */
export function clusterIcon(count: number, label: string): DivIcon {
  const content = element('span', 'asset-cluster__content');
  const visibleCount = element('span', 'asset-cluster__count', String(count));
  visibleCount.setAttribute('aria-hidden', 'true');
  content.append(visibleCount, element('span', 'visually-hidden', label));
  const size = count < 10 ? 36 : count < 100 ? 42 : 48;
  return divIcon({ html: content, className: 'asset-cluster', iconSize: point(size, size) });
}

/** A group of residents: the people pictogram and the count (or "<5"), the full sentence for screen readers. */
export function peopleBadgeIcon(level: 'cell' | 'buurt', badgeText: string, label: string): DivIcon {
  const content = element('span', 'people-badge__content');
  const visible = element('span', 'people-badge__text');
  visible.setAttribute('aria-hidden', 'true');
  visible.append(symbolSvg('people'), badgeText);
  content.append(visible, element('span', 'visually-hidden', label));
  return divIcon({ html: content, className: `people-badge people-badge--${level}`, iconSize: point(52, 26) });
}
