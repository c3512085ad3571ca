import type { BuurtCollection } from '../../api/areas.ts';
import type { LngLat } from '../../api/client.ts';
import { formatLngLat } from '../../account/format.ts';
import { FieldError } from '../../forms/fields.tsx';
import { DrawShapeMap } from '../../map/DrawShapeMap.tsx';
import { MIN_POINTS, type DrawMode } from '../geometry.ts';
import { useContributeTranslation } from '../i18n.ts';

interface ShapeFieldProps {
  id: string;
  mode: DrawMode;
  lngLats: LngLat[];
  onChange: (lngLats: LngLat[]) => void;
  label: string;
  error?: string;
  fieldRef?: (element: HTMLElement | null) => void;
  buurten: BuurtCollection;
  focusBuurtCode: string | null;
  /** False when the shape can be moved but not taken away (an organisation's saved pin). */
  removable?: boolean;
}

/**
 * A map as a form field: a pin, a route or an area, with the instructions, the error and what has been drawn so far
 * in words (for screen readers), and buttons to undo the last point or start again.
 */
export function ShapeField(props: ShapeFieldProps) {
  const { id, mode, lngLats, onChange, label, error, fieldRef, buurten, focusBuurtCode, removable = true } = props;
  const { t } = useContributeTranslation();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error === undefined ? null : errorId].filter((part) => part !== null).join(' ');

  function addPoint(lngLat: LngLat): void {
    onChange(mode === 'point' ? [lngLat] : [...lngLats, lngLat]);
  }

  const missing = Math.max(0, MIN_POINTS[mode] - lngLats.length);
  const last = lngLats.at(-1);
  let drawn: string;
  if (last === undefined) drawn = t(`shape.${mode}.nothing`);
  else if (mode === 'point') drawn = t('shape.point.placed', { point: formatLngLat(last) });
  else if (missing > 0) drawn = t(`shape.${mode}.needMore`, { count: lngLats.length, missing });
  else drawn = t(`shape.${mode}.enough`, { count: lngLats.length });

  return (
    <div
      ref={fieldRef}
      className="field shape-field"
      data-invalid={error === undefined ? undefined : ''}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      tabIndex={-1}
    >
      <p id={labelId} className="field__label">
        {label}
      </p>
      <p id={hintId} className="field__hint">
        {t(`shape.${mode}.instructions`)} {t('shape.keyboard')}
      </p>
      <FieldError id={errorId} error={error} />
      <DrawShapeMap
        mode={mode}
        lngLats={lngLats}
        onAddPoint={addPoint}
        buurten={buurten}
        focusBuurtCode={focusBuurtCode}
        label={t('shape.mapName', { label })}
        describedBy={describedBy}
        centreButtonLabel={t(`shape.${mode}.addCentre`)}
      />
      <p className="shape-field__drawn" role="status">
        {drawn}
      </p>
      {lngLats.length > 0 && (mode !== 'point' || removable) && (
        <div className="item-actions">
          {mode !== 'point' && (
            <button type="button" className="button" onClick={() => onChange(lngLats.slice(0, -1))}>
              {t('shape.undo')}
            </button>
          )}
          <button type="button" className="button" onClick={() => onChange([])}>
            {mode === 'point' ? t('shape.point.remove') : t('shape.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
