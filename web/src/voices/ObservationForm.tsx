import { useId, useRef, useState, type FormEvent } from 'react';
import { getBuurt, getWijken, type BuurtFeature, type WijkFeature } from '../api/areas.ts';
import type { LngLat } from '../api/client.ts';
import { addObservation, type ObservationKind } from '../api/observations.ts';
import { ChoiceFieldset } from '../forms/ChoiceFieldset.tsx';
import { ProblemList } from '../forms/ProblemList.tsx';
import { PickPointMap } from '../map/PickPointMap.tsx';
import { useApiData } from '../use-api-data.ts';
import { problemsOf, type T, type VoicesArea } from './voices.ts';
import { VoicesField } from './VoicesField.tsx';

const KINDS: readonly ObservationKind[] = ['goes-well', 'could-be-better'];
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

interface ObservationFormProps {
  area: VoicesArea;
  onAdded: () => void;
  t: T;
}

export function ObservationForm({ area, onAdded, t }: ObservationFormProps) {
  const id = useId();
  const [kind, setKind] = useState<ObservationKind | null>(null);
  const [body, setBody] = useState('');
  const [point, setPoint] = useState<LngLat | null>(null);
  const [photo, setPhoto] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [added, setAdded] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const outline = useApiData<BuurtFeature | WijkFeature | null>(
    async (signal) =>
      area.type === 'buurt'
        ? getBuurt(area.code, signal)
        : ((await getWijken(signal)).features.find((feature) => feature.properties.code === area.code) ?? null),
    [area.type, area.code],
  );
  const shape = outline.state.status === 'ready' ? outline.state.data : null;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setAdded(false);
    const missing = [
      ...(kind === null ? [t('voices.kindLegend')] : []),
      ...(body.trim() === '' ? [t('voices.field-body')] : []),
      ...(point === null ? [t('voices.field-location')] : []),
    ];
    if (missing.length > 0) {
      setProblems(missing.map((name) => t('voices.missing', { name })));
      return;
    }
    setProblems([]);
    setProgress(0);
    try {
      await addObservation({ kind: kind!, body: body.trim(), lngLat: point!, photo }, setProgress);
      setKind(null);
      setBody('');
      setPoint(null);
      setPhoto(null);
      if (fileInput.current !== null) fileInput.current.value = '';
      setAdded(true);
      onAdded();
    } catch (error) {
      setProblems(problemsOf(t, error));
    } finally {
      setProgress(null);
    }
  }

  return (
    <form className="voices-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('voices.addHeading')}</h3>
      <ChoiceFieldset
        legend={t('voices.kindLegend')}
        name={`${id}-kind`}
        values={KINDS}
        chosen={kind}
        onChoose={setKind}
        look="voices"
        labelOf={(value) => t(`voices.kind-${value}`)}
      />
      <VoicesField label={t('voices.field-body')}>
        <textarea value={body} maxLength={1000} rows={3} onChange={(event) => setBody(event.target.value)} />
      </VoicesField>
      <div className="voices-form__field">
        <span id={`${id}-where`}>{t('voices.field-location')}</span>
        <p className="voices__note" id={`${id}-where-hint`}>
          {t('voices.locationHint')}
        </p>
        {shape !== null && (
          <PickPointMap
            area={shape}
            point={point}
            onPick={setPoint}
            labelledBy={`${id}-where`}
            describedBy={`${id}-where-hint`}
            centreButtonLabel={t('voices.useCentre')}
          />
        )}
        <p className="voices__note" aria-live="polite">
          {point === null ? t('voices.noPoint') : t('voices.pointChosen')}
        </p>
      </div>
      <VoicesField label={t('voices.photo')}>
        <input
          ref={fileInput}
          type="file"
          accept={PHOTO_TYPES}
          onChange={(event) => setPhoto(event.target.files?.[0] ?? null)}
        />
      </VoicesField>
      <ProblemList problems={problems} />
      <div role="status" className="voices__status">
        {progress !== null && (
          <>
            <progress max={1} value={progress} aria-label={t('voices.uploading')} />{' '}
            {t('voices.uploadingPercent', { percent: Math.round(progress * 100) })}
          </>
        )}
        {added && t('voices.added')}
      </div>
      <button type="submit" className="button button--primary" disabled={progress !== null}>
        {t('voices.submitObservation')}
      </button>
    </form>
  );
}
