import { useTranslation } from 'react-i18next';
import { chartIndex } from '../../../api/kompas/kompas-scoring.ts';
import {
  countText,
  labelPosition,
  ringSegmentPath,
  wrapLabel,
  type Assessment,
  type KompasLevel,
  type Segment,
} from './kompas-view.ts';

const OUTER = { inner: 100, outer: 150 };
const INNER = { inner: 45, outer: 98 };
const LABEL_RADIUS = 162;

interface KompasChartProps {
  segments: Segment[];
  /** Names the chart for screen readers: the wijk and the level shown. */
  label: string;
  onOpen: (level: KompasLevel, from: string) => void;
  /** Remembers each segment's element, so focus can return to it after going back. */
  rememberSegment: (id: string, element: SVGPathElement | null) => void;
}

/**
 * The kompas as a radial chart: the outer ring's segments (quarters, or the themes of a quarter, or the indicators of
 * a theme) share the circle equally, and each one's children fill its part of the inner ring. Every segment is coloured
 * by its assessment and can be focused; a quarter or theme opens on click, Enter or Space.
 */
export function KompasChart({ segments, label, onOpen, rememberSegment }: KompasChartProps) {
  const { t } = useTranslation();
  const share = 360 / Math.max(1, segments.length);

  function scoreText(segment: Segment): string {
    if (segment.noData) return t('kompas.noData');
    if (segment.smallCount) {
      return t('kompas.scoreSmallCount', { count: countText(t, segment.smallCount.key, segment.smallCount.count) });
    }
    const assessment =
      segment.assessment === null ? t('kompas.assessment-none') : t(`kompas.assessment-${segment.assessment}`);
    if (segment.index === null) return t('kompas.scoreNoIndex', { assessment });
    // The chart reads an index within 40–160, as the Wijkkompas draws it; the table has the true index.
    const shown = chartIndex(segment.index);
    const index =
      shown.beyond === 'above'
        ? `> ${shown.index}`
        : shown.beyond === 'below'
          ? `< ${shown.index}`
          : Math.round(shown.index);
    return t('kompas.scoreIndex', { index, assessment });
  }

  function renderSegment(segment: Segment, ring: 'outer' | 'inner', from: number, to: number) {
    const radii = ring === 'outer' ? OUTER : INNER;
    const id = `${ring}:${segment.key}`;
    const score = scoreText(segment);
    const opens = segment.opens;
    return (
      <path
        key={id}
        ref={(element) => rememberSegment(id, element)}
        className={`kompas-segment kompas-segment--${colourOf(segment)}${opens ? ' kompas-segment--opens' : ''}`}
        d={ringSegmentPath(radii.inner, radii.outer, from, to)}
        tabIndex={0}
        role={opens ? 'button' : 'img'}
        aria-label={
          opens
            ? t('kompas.segmentOpens', { label: segment.label, score })
            : t('kompas.segmentLabel', { label: segment.label, score })
        }
        data-key={segment.key}
        onClick={opens ? () => onOpen(opens, id) : undefined}
        onKeyDown={
          opens
            ? (event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onOpen(opens, id);
                }
              }
            : undefined
        }
      >
        <title>{`${segment.label}: ${score}`}</title>
      </path>
    );
  }

  return (
    <svg className="kompas-chart" viewBox="-250 -200 500 400" role="group" aria-label={label}>
      {segments.map((segment, position) => {
        const from = position * share;
        const childShare = share / Math.max(1, segment.children.length);
        return (
          <g key={segment.key}>
            {renderSegment(segment, 'outer', from, from + share)}
            {segment.children.map((child, childPosition) =>
              renderSegment(child, 'inner', from + childPosition * childShare, from + (childPosition + 1) * childShare),
            )}
          </g>
        );
      })}
      {/* The names repeat the segments' labels, so screen readers skip them. */}
      <g aria-hidden="true">
        {segments.map((segment, position) => {
          const { x, y, anchor } = labelPosition(LABEL_RADIUS, (position + 0.5) * share);
          const lines = wrapLabel(segment.label, segments.length > 6 ? 12 : 16);
          const top = y < 0 ? y - (lines.length - 1) * 15 : y + 10;
          return (
            <text key={segment.key} className="kompas-chart__label" x={x} y={top} textAnchor={anchor}>
              {lines.map((line, index) => (
                <tspan key={index} x={x} dy={index === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}

function colourOf(segment: Segment): Assessment | 'none' {
  return segment.noData || segment.assessment === null ? 'none' : segment.assessment;
}
