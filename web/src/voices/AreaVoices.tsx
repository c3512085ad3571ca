import 'leaflet/dist/leaflet.css';
import type { TFunction } from 'i18next';
import type { LeafletMouseEvent, Map as LeafletMap, PathOptions } from 'leaflet';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, GeoJSON, MapContainer, TileLayer, useMapEvents } from 'react-leaflet';
import {
  addObservation,
  answerSurvey,
  ApiError,
  getMe,
  getSurveyResults,
  getBuurt,
  getSurveyRounds,
  getWijken,
  getAreaObservations,
  reportObservation,
  type BuurtFeature,
  type LngLat,
  type Me,
  type ObservationKind,
  type ProfileAreaType,
  type SurveyAreaResult,
  type SurveyGradeKey,
  type SurveyTrend,
  type WijkFeature,
} from '../api-client.ts';
import { useSession } from '../account/session.tsx';
import { problemOf } from '../forms/api-errors.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { ProblemList } from '../forms/ProblemList.tsx';
import { OBSERVATION_REPORT_REASONS, ReportForm } from '../forms/ReportForm.tsx';
import { failureMessage, problemMessage } from '../forms/messages.ts';
import { lngLatBboxOf } from '../geo.ts';
import type { Language } from '../i18n/i18n.ts';
import { latLngBoundsOf, latLngOf } from '../map/lat-lng.ts';
import { useApiData } from '../use-api-data.ts';
import { formatNumber } from '../kompas/kompas-view.ts';

type T = TFunction<'translation'>;

const GRADE_KEYS: readonly SurveyGradeKey[] = ['physical', 'social', 'nuisance', 'safety', 'overall'];
const TRENDS: readonly SurveyTrend[] = ['better', 'same', 'worse'];
const KINDS: readonly ObservationKind[] = ['goes-well', 'could-be-better'];
const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';
/** How many observations show before "show all". */
const OBSERVATIONS_SHOWN = 8;

/** Rules of the survey and observation routes, in words; the rest as the shared forms say them. */
const VOICE_RULES: Readonly<Record<string, string>> = {
  resident: 'voices.ruleResident',
  once: 'voices.ruleOnce',
  open: 'voices.ruleOpen',
  'max-size': 'voices.ruleMaxSize',
  image: 'voices.ruleImage',
  'inside-a-buurt': 'voices.ruleInsideABuurt',
};

/** Every problem of a refused call as a sentence: the field's name, then what is wrong. */
function problemsOf(t: T, error: unknown): string[] {
  if (!(error instanceof ApiError) || error.errors.length === 0) return [failureMessage(t, error)];
  return error.errors.map((fieldError) => {
    const problem = problemOf(fieldError);
    const key = VOICE_RULES[problem.rule];
    const words = key === undefined ? problemMessage(t, problem) : t(key as 'voices.ruleOnce');
    const fieldKey = `voices.field-${problem.field}`;
    const fieldName = t(fieldKey as 'voices.field-body', { defaultValue: problem.field });
    return problem.field === '' || problem.field === 'id' ? words : `${fieldName}: ${words}`;
  });
}

/** The buurt or wijk the voices are of. */
interface VoicesArea {
  type: ProfileAreaType;
  code: string;
  name: string;
}

interface AreaVoicesProps {
  area: VoicesArea;
  /** The wijk itself, or the wijk the buurt lies in. */
  wijkCode: string;
  language: Language;
}

/**
 * What residents say about the buurt or wijk: the latest survey that asked the whole area (the municipality's, its
 * wijk's or its own), and what goes well or could be better.
 */
export function AreaVoices({ area, wijkCode, language }: AreaVoicesProps) {
  const { user } = useSession();
  const me = useApiData<Me | null>((signal) => (user === null ? Promise.resolve(null) : getMe(signal)), [user?.id]);
  const meData = me.state.status === 'ready' ? me.state.data : null;
  return (
    <div className="voices">
      <SurveySection area={area} wijkCode={wijkCode} language={language} me={meData} />
      <ObservationsSection area={area} loggedIn={user !== null} />
    </div>
  );
}

interface SurveySectionProps {
  area: VoicesArea;
  wijkCode: string;
  language: Language;
  me: Me | null;
}

function SurveySection({ area, wijkCode, language, me }: SurveySectionProps) {
  const { t: translate } = useTranslation();
  const t = translate as T;
  const { state, retry } = useApiData(
    async (signal) => {
      const rounds = await getSurveyRounds(null, signal);
      // Newest first: the latest round that asked the whole area, municipality-wide, for its wijk or for the buurt itself.
      const latest = rounds.find(
        (round) =>
          round.areaType === 'municipality' ||
          (round.areaType === 'wijk' && round.areaCode === wijkCode) ||
          (round.areaType === 'buurt' && round.areaType === area.type && round.areaCode === area.code),
      );
      if (latest === undefined) return null;
      const results = await getSurveyResults(latest.id, signal);
      return { round: results.round, row: results.results.find((row) => row.areaType === area.type && row.areaCode === area.code) ?? null };
    },
    [area.type, area.code, wijkCode],
  );
  const home = me?.homeBuurt ?? null;
  const homeBuurt = home !== null && (area.type === 'buurt' ? home.code === area.code : home.wijkCode === wijkCode) ? home.code : null;
  const open = useApiData(
    async (signal) => (homeBuurt === null ? null : ((await getSurveyRounds(homeBuurt, signal)).find((round) => round.open) ?? null)),
    [homeBuurt],
  );

  return (
    <section className="voices__section" aria-labelledby="voices-survey">
      <h2 id="voices-survey">{t('voices.surveyHeading')}</h2>
      {state.status === 'loading' && <p role="status">{t('voices.loading')}</p>}
      {state.status === 'error' && <LoadProblem onRetry={retry} />}
      {state.status === 'ready' &&
        (state.data === null ? (
          <p>{t('voices.noRound')}</p>
        ) : (
          <SurveyResult title={state.data.round.title} row={state.data.row} areaName={area.name} areaType={area.type} language={language} t={t} />
        ))}
      {open.state.status === 'ready' && open.state.data !== null && (
        <SurveyForm roundId={open.state.data.id} roundTitle={open.state.data.title} onAnswered={retry} t={t} />
      )}
    </section>
  );
}

interface SurveyResultProps {
  title: string;
  row: SurveyAreaResult | null;
  areaName: string;
  areaType: ProfileAreaType;
  language: Language;
  t: T;
}

function SurveyResult({ title, row, areaName, areaType, language, t }: SurveyResultProps) {
  if (row === null || row.reliability === 'hidden' || row.grades === null) {
    return (
      <p className="voices__note">
        {t('voices.round', { title })} {t(areaType === 'buurt' ? 'voices.tooFewBuurt' : 'voices.tooFew')}
      </p>
    );
  }
  const grades = row.grades;
  return (
    <>
      <p className="voices__note">
        {t('voices.round', { title })} {t('voices.answers', { count: row.responses ?? 0 })}
        {row.reliability === 'indicative' && <strong className="voices__indicative"> {t('voices.indicative')}</strong>}
      </p>
      <div className="table-scroll" role="region" aria-label={t('voices.gradesRegion')} tabIndex={0}>
        <table className="voices-grades">
          <caption>{t('voices.gradesCaption', { wijk: areaName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('voices.colTopic')}</th>
              <th scope="col">{t('voices.colGrade')}</th>
              <th scope="col">{t('voices.colChange')}</th>
            </tr>
          </thead>
          <tbody>
            {GRADE_KEYS.map((key) => {
              const change = row.change?.[key];
              return (
                <tr key={key}>
                  <th scope="row">{t(`voices.grade-${key}`)}</th>
                  <td>
                    <span className="voices-grades__bar" aria-hidden="true">
                      <span style={{ width: `${grades[key] * 10}%` }} />
                    </span>
                    {formatNumber(grades[key], language)}
                  </td>
                  <td>
                    {change === undefined ? (
                      '–'
                    ) : (
                      <>
                        <span aria-hidden="true">{change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '='}</span>{' '}
                        <span className="visually-hidden">{t(`voices.change-${change.direction}`)}</span>
                        {change.direction !== 'same' && formatNumber(Math.abs(change.delta), language)}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {row.trend !== null && (
        <p>{t('voices.trend', { better: row.trend.better, same: row.trend.same, worse: row.trend.worse })}</p>
      )}
      {row.comments.length > 0 && (
        <>
          <h3>{t('voices.commentsHeading')}</h3>
          <ul className="voices__comments">
            {row.comments.map((comment, index) => (
              <li key={index}>
                <blockquote>{comment}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

interface SurveyFormProps {
  roundId: string;
  roundTitle: string;
  onAnswered: () => void;
  t: T;
}

function SurveyForm({ roundId, roundTitle, onAnswered, t }: SurveyFormProps) {
  const id = useId();
  const [grades, setGrades] = useState<Partial<Record<SurveyGradeKey, number>>>({});
  const [trend, setTrend] = useState<SurveyTrend | null>(null);
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<'idle' | 'sending' | 'done'>('idle');
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const missing = [...GRADE_KEYS.filter((key) => grades[key] === undefined).map((key) => t(`voices.grade-${key}`)), ...(trend === null ? [t('voices.trendLegend')] : [])];
    if (missing.length > 0) {
      setProblems(missing.map((name) => t('voices.missing', { name })));
      return;
    }
    setStatus('sending');
    setProblems([]);
    try {
      await answerSurvey(roundId, {
        physical: grades.physical!,
        social: grades.social!,
        nuisance: grades.nuisance!,
        safety: grades.safety!,
        overall: grades.overall!,
        trend: trend!,
        ...(comment.trim() === '' ? {} : { comment: comment.trim() }),
      });
      setStatus('done');
      onAnswered();
    } catch (error) {
      setStatus('idle');
      setProblems(problemsOf(t, error));
    }
  }

  if (status === 'done') {
    return (
      <p className="voices__thanks" role="status">
        {t('voices.thanks')}
      </p>
    );
  }

  return (
    <form className="voices-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('voices.formHeading', { title: roundTitle })}</h3>
      <p className="voices__note">{t('voices.formIntro')}</p>
      <div className="voices-form__grades">
        {GRADE_KEYS.map((key) => (
          <label key={key} className="voices-form__field">
            <span>{t(`voices.question-${key}`)}</span>
            <select value={grades[key] ?? ''} onChange={(event) => setGrades({ ...grades, [key]: event.target.value === '' ? undefined : Number(event.target.value) })}>
              <option value="">{t('voices.choose')}</option>
              {GRADES.map((grade) => (
                <option key={grade} value={grade}>
                  {grade}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <fieldset className="voices-form__choice">
        <legend>{t('voices.trendLegend')}</legend>
        {TRENDS.map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-trend`} value={value} checked={trend === value} onChange={() => setTrend(value)} /> {t(`voices.trend-${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="voices-form__field">
        <span>{t('voices.comment')}</span>
        <textarea value={comment} maxLength={2000} rows={3} onChange={(event) => setComment(event.target.value)} />
      </label>
      <ProblemList problems={problems} />
      <button type="submit" className="button button--primary" disabled={status === 'sending'}>
        {status === 'sending' ? t('voices.sending') : t('voices.submitAnswer')}
      </button>
    </form>
  );
}

interface ObservationsSectionProps {
  area: VoicesArea;
  loggedIn: boolean;
}

function ObservationsSection({ area, loggedIn }: ObservationsSectionProps) {
  const { t: translate } = useTranslation();
  const t = translate as T;
  const { state, retry } = useApiData((signal) => getAreaObservations(area.type, area.code, signal), [area.type, area.code]);
  const [notice, setNotice] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const all = state.status === 'ready' ? state.data : [];
  // Newest first; a busy wijk has dozens, so the first few and a button for the rest.
  const shown = showAll ? all : all.slice(0, OBSERVATIONS_SHOWN);
  const goesWell = all.filter((observation) => observation.kind === 'goes-well').length;

  return (
    <section className="voices__section" aria-labelledby="voices-observations">
      <h2 id="voices-observations">{t('voices.observationsHeading')}</h2>
      {state.status === 'loading' && <p role="status">{t('voices.loading')}</p>}
      {state.status === 'error' && <LoadProblem onRetry={retry} />}
      {state.status === 'ready' &&
        (state.data.length === 0 ? (
          <p>{t('voices.noObservations', { wijk: area.name })}</p>
        ) : (
          <>
            <p className="voices__note">{t('voices.observationsCount', { goesWell, couldBeBetter: all.length - goesWell })}</p>
            <ul className="observations" aria-label={t('voices.observationsList', { wijk: area.name })}>
              {shown.map((observation) => (
                <li key={observation.id} className={`observation observation--${observation.kind}`}>
                  {observation.thumbnailUrl !== null && (
                    <a href={observation.photoUrl ?? observation.thumbnailUrl} className="observation__photo">
                      <img src={observation.thumbnailUrl} alt={observation.body} width={96} height={96} loading="lazy" />
                    </a>
                  )}
                  <div>
                    <strong className="observation__kind">{t(`voices.kind-${observation.kind}`)}</strong>
                    <p>{observation.body}</p>
                    {loggedIn && (
                      <ReportForm
                        reasons={OBSERVATION_REPORT_REASONS}
                        send={({ reason, note }) => reportObservation(observation.id, { reason, note })}
                        authorName={null}
                        intro={t('report.introObservation')}
                        openLabel={t('voices.report')}
                        openLabelDetail={t('voices.reportDetail', { body: observation.body })}
                        onReported={() => setNotice(t('voices.reported'))}
                      />
                    )}
                  </div>
                </li>
              ))}
            </ul>
            {all.length > OBSERVATIONS_SHOWN && (
              // Stays where it is (and keeps the focus) whether the list is long or short.
              <button type="button" className="button observations__more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
                {showAll ? t('voices.showNewestObservations', { count: OBSERVATIONS_SHOWN }) : t('voices.showAllObservations', { count: all.length })}
              </button>
            )}
          </>
        ))}
      <p role="status" className="voices__status">
        {notice}
      </p>
      {loggedIn ? <ObservationForm area={area} onAdded={retry} t={t} /> : <p className="voices__note">{t('voices.logInToAdd')}</p>}
    </section>
  );
}

interface ObservationFormProps {
  area: VoicesArea;
  onAdded: () => void;
  t: T;
}

function ObservationForm({ area, onAdded, t }: ObservationFormProps) {
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
      area.type === 'buurt' ? getBuurt(area.code, signal) : ((await getWijken(signal)).features.find((feature) => feature.properties.code === area.code) ?? null),
    [area.type, area.code],
  );
  const shape = outline.state.status === 'ready' ? outline.state.data : null;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setAdded(false);
    const missing = [...(kind === null ? [t('voices.kindLegend')] : []), ...(body.trim() === '' ? [t('voices.field-body')] : []), ...(point === null ? [t('voices.field-location')] : [])];
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
      <fieldset className="voices-form__choice">
        <legend>{t('voices.kindLegend')}</legend>
        {KINDS.map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} /> {t(`voices.kind-${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="voices-form__field">
        <span>{t('voices.field-body')}</span>
        <textarea value={body} maxLength={1000} rows={3} onChange={(event) => setBody(event.target.value)} />
      </label>
      <div className="voices-form__field">
        <span id={`${id}-where`}>{t('voices.field-location')}</span>
        <p className="voices__note" id={`${id}-where-hint`}>
          {t('voices.locationHint')}
        </p>
        {shape !== null && <PickPointMap area={shape} point={point} onPick={setPoint} labelledBy={`${id}-where`} describedBy={`${id}-where-hint`} t={t} />}
        <p className="voices__note" aria-live="polite">
          {point === null ? t('voices.noPoint') : t('voices.pointChosen')}
        </p>
      </div>
      <label className="voices-form__field">
        <span>{t('voices.photo')}</span>
        <input ref={fileInput} type="file" accept={PHOTO_TYPES} onChange={(event) => setPhoto(event.target.files?.[0] ?? null)} />
      </label>
      <ProblemList problems={problems} />
      <div role="status" className="voices__status">
        {progress !== null && (
          <>
            <progress max={1} value={progress} aria-label={t('voices.uploading')} /> {t('voices.uploadingPercent', { percent: Math.round(progress * 100) })}
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

const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
const areaStyle: PathOptions = { color: '#2f6f86', weight: 2, fillOpacity: 0.05, interactive: false };
const pointStyle: PathOptions = { color: '#b45309', weight: 3, fillColor: '#f59e0b', fillOpacity: 0.9 };

interface PickPointMapProps {
  area: BuurtFeature | WijkFeature;
  point: LngLat | null;
  onPick: (point: LngLat) => void;
  labelledBy: string;
  describedBy: string;
  t: T;
}

/** A small map of the buurt or wijk: a click places the point; keyboard users pan with the arrow keys and use the centre. */
function PickPointMap({ area, point, onPick, labelledBy, describedBy, t }: PickPointMapProps) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [bounds] = useState(() => latLngBoundsOf(lngLatBboxOf(area.geometry)));

  useEffect(
    function describeMap() {
      const container = map?.getContainer();
      if (container === undefined) return;
      container.setAttribute('role', 'group');
      container.setAttribute('aria-labelledby', labelledBy);
      container.setAttribute('aria-describedby', describedBy);
    },
    [map, labelledBy, describedBy],
  );

  return (
    <div className="voices-map">
      <MapContainer ref={setMap} className="voices-map__map" bounds={bounds} maxBounds={bounds} maxBoundsViscosity={0.8} scrollWheelZoom={false}>
        <TileLayer url={OSM_TILE_URL} attribution={OSM_ATTRIBUTION} maxZoom={19} />
        <GeoJSON data={area} style={areaStyle} />
        {point !== null && <CircleMarker center={latLngOf(point)} radius={8} className="observation-point" pathOptions={pointStyle} />}
        <PickOnClick onPick={onPick} />
      </MapContainer>
      <button
        type="button"
        className="button"
        disabled={map === null}
        onClick={() => {
          if (map === null) return;
          const centre = map.getCenter();
          onPick({ lng: centre.lng, lat: centre.lat });
        }}
      >
        {t('voices.useCentre')}
      </button>
    </div>
  );
}

function PickOnClick({ onPick }: { onPick: (point: LngLat) => void }) {
  const latest = useRef(onPick);
  useEffect(function keepLatest() {
    latest.current = onPick;
  });
  useMapEvents({
    click(event: LeafletMouseEvent) {
      latest.current({ lng: event.latlng.lng, lat: event.latlng.lat });
    },
  });
  return null;
}
