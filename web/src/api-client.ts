// Response types come from the API's own TypeBox schemas (one source for validation, OpenAPI and the web).
import type { OutboxMessageSchema, ReportSchema } from '../../api/admin/admin.schemas.ts';
import type {
  Agenda,
  AgendaItem,
  AgendaProgress,
  AgendaSummary,
  EvidenceKind,
  HistoryEntry,
  ItemBody,
  ItemStatus,
  ItemVersion,
  Role,
  ScanEntry,
  UpdateItemBody,
} from '../../api/agendas/agendas.schemas.ts';
import type { Asset, BuurtSummary, MapQuery, MapResponse, WijkSummary } from '../../api/assets/assets.schemas.ts';
import type {
  BuurtCollection,
  BuurtFeature,
  LookupResult,
  WijkCollection,
  WijkFeature,
} from '../../api/areas/areas.schemas.ts';
import type { Session } from '../../api/auth/auth.schemas.ts';
import type { Health } from '../../api/health/health.schemas.ts';
import type {
  Introduction,
  IntroductionBodySchema,
  IntroductionDetailSchema,
  NotificationsSchema,
  ReportBodySchema,
} from '../../api/introductions/introductions.schemas.ts';
import type { AreaConnectionsSchema } from '../../api/connector/connector-area.schemas.ts';
import type { ConsentTextSchema, Me, SessionInfo, UpdateMeBody } from '../../api/me/me.schemas.ts';
import type { Organisation } from '../../api/organisations/organisations.schemas.ts';
import type { KompasSchema } from '../../api/profile/profile.schemas.ts';
import type { ModerationQueueItemSchema, MODERATION_STATUSES } from '../../api/observations/observations.schemas.ts';
import type { FieldError } from '../../api/shared/errors.schemas.ts';
import type { MultiPolygon } from '../../api/shared/geojson.schemas.ts';
import type { Static } from '@sinclair/typebox';

export type {
  Asset,
  BuurtCollection,
  BuurtFeature,
  BuurtSummary,
  WijkSummary,
  FieldError,
  MapResponse,
  Me,
  Organisation,
  SessionInfo,
  UpdateMeBody,
  WijkCollection,
  WijkFeature,
};
export type MapFeature = MapResponse['features'][number];
export type MapFeatureProperties = MapFeature['properties'];
/** The query of GET /api/map, every value as the API reads it from the query string. */
export type MapRequest = Omit<MapQuery, 'cursor' | 'limit'> & { limit?: number };
export type MultiPolygonGeometry = MultiPolygon;
export type BuurtProperties = BuurtFeature['properties'];
export type WijkProperties = WijkFeature['properties'];
export type HealthResponse = Health;
export type AreaLookupResponse = LookupResult;
export type SessionUser = NonNullable<Session['user']>;
export type AccountLanguage = SessionUser['language'];
export type OutboxMessage = Static<typeof OutboxMessageSchema>;
export type { Introduction };
export type IntroductionDetail = Static<typeof IntroductionDetailSchema>;
export type IntroductionMessage = IntroductionDetail['messages'][number];
export type IntroductionParty = Introduction['parties'][number];
export type IntroductionRequest = Static<typeof IntroductionBodySchema>;
export type Notifications = Static<typeof NotificationsSchema>;
export type NotificationItem = Notifications['items'][number];
export type ReportRequest = Static<typeof ReportBodySchema>;
export type ReportReason = ReportRequest['reason'];
export type AdminReport = Static<typeof ReportSchema>;

export type ConsentText = Static<typeof ConsentTextSchema>;
/** A wijk's kompas: quarters, their themes and their indicators, scored against the municipal mean (index 100). */
export type Kompas = Static<typeof KompasSchema>;
export type KompasQuarter = Kompas['quarters'][number];
export type KompasTheme = KompasQuarter['themes'][number];
export type KompasIndicator = KompasTheme['indicators'][number];

/** A point in GeoJSON axis order, as the API takes and gives it. */
export interface LngLat {
  lng: number;
  lat: number;
}

/** A refused or failed API call: the status, the API's message, its field errors and, for 429, when to try again. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: readonly FieldError[];
  /** Seconds to wait, from the Retry-After header; null when the API did not say. */
  readonly retryAfter: number | null;

  constructor(status: number, message: string, errors: readonly FieldError[] = [], retryAfter: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.retryAfter = retryAfter;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

const CSRF_PROTECTED: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOGIN_PATH = '/api/auth/login';

let csrfToken: Promise<string> | null = null;
let onUnauthorized: (() => void) | null = null;

/** Called when the API answers 401 outside the login itself: the session has ended (expired, or ended elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= request<{ token: string }>('GET', '/api/auth/csrf-token').then(
    ({ token }) => token,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  let errors: FieldError[] = [];
  try {
    const body = (await response.json()) as { message?: unknown; errors?: unknown };
    if (typeof body.message === 'string') message = body.message;
    if (Array.isArray(body.errors)) errors = body.errors as FieldError[];
  } catch {
    // Not JSON (a proxy's error page, say): the status line says enough.
  }
  const retryAfterHeader = Number(response.headers.get('retry-after'));
  const retryAfter = response.headers.has('retry-after') && Number.isFinite(retryAfterHeader) ? retryAfterHeader : null;
  return new ApiError(response.status, message, errors, retryAfter);
}

function isCsrfRefusal(error: ApiError): boolean {
  return error.status === 403 && /csrf/i.test(error.message);
}

async function send(method: Method, path: string, { body, signal }: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (CSRF_PROTECTED.has(method)) headers['x-csrf-token'] = await fetchCsrfToken();
  return fetch(path, { method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (!response.ok && CSRF_PROTECTED.has(method)) {
    const error = await errorFrom(response.clone());
    // The token's cookie can be lost (cleared cookies, a new browser session): fetch a fresh token once and retry.
    if (isCsrfRefusal(error)) {
      csrfToken = null;
      response = await send(method, path, options);
    }
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.status === 401 && path !== LOGIN_PATH) onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

// Areas

export function getBuurten(signal?: AbortSignal): Promise<BuurtCollection> {
  return request('GET', '/api/areas/buurten', { signal });
}

export function getBuurt(code: string, signal?: AbortSignal): Promise<BuurtFeature> {
  return request('GET', `/api/areas/buurten/${encodeURIComponent(code)}`, { signal });
}

export function getWijken(signal?: AbortSignal): Promise<WijkCollection> {
  return request('GET', '/api/areas/wijken', { signal });
}

export function getBuurtSummary(code: string, language: 'nl' | 'en', signal?: AbortSignal): Promise<BuurtSummary> {
  return request('GET', `/api/areas/buurten/${encodeURIComponent(code)}/summary?lang=${language}`, { signal });
}

export function getWijkSummary(code: string, language: 'nl' | 'en', signal?: AbortSignal): Promise<WijkSummary> {
  return request('GET', `/api/areas/wijken/${encodeURIComponent(code)}/summary?lang=${language}`, { signal });
}

/** The areas that have a profile (a kompas): its figures and assets against the municipality's mean. */
export type ProfileAreaType = 'buurt' | 'wijk';

/** The kompas of a buurt (among the buurten) or a wijk (among the wijken). */
export function getAreaKompas(areaType: ProfileAreaType, code: string, language: 'nl' | 'en', signal?: AbortSignal): Promise<Kompas> {
  return request('GET', `/api/areas/${areaType === 'buurt' ? 'buurten' : 'wijken'}/${encodeURIComponent(code)}/kompas?lang=${language}`, { signal });
}

// The asset map

/** A domain of the taxonomy with its tags, labelled in both languages (the API does not export this shape as a type). */
export interface TaxonomyDomain {
  key: string;
  nl: string;
  en: string;
  tags: { key: string; nl: string; en: string }[];
}

export function getTaxonomy(signal?: AbortSignal): Promise<TaxonomyDomain[]> {
  return request('GET', '/api/taxonomy', { signal });
}

/** One page of the map; `cursor` is the previous page's `page.nextCursor`. Empty values are left out of the query. */
export function getMapPage(query: MapRequest, cursor: string | null, signal?: AbortSignal): Promise<MapResponse> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  if (cursor !== null) params.set('cursor', cursor);
  return request('GET', `/api/map?${params.toString()}`, { signal });
}

export function getAsset(id: string, signal?: AbortSignal): Promise<Asset> {
  return request('GET', `/api/assets/${encodeURIComponent(id)}`, { signal });
}

export function getOrganisation(id: string, signal?: AbortSignal): Promise<Organisation> {
  return request('GET', `/api/organisations/${encodeURIComponent(id)}`, { signal });
}

// Auth

export async function getSession(signal?: AbortSignal): Promise<SessionUser | null> {
  return (await request<Session>('GET', '/api/auth/session', { signal })).user;
}

export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
  language: AccountLanguage;
}

export async function signUp(input: SignupInput): Promise<void> {
  await request<{ message: string }>('POST', '/api/auth/signup', { body: input });
}

export async function logIn(email: string, password: string): Promise<SessionUser> {
  const session = await request<Session>('POST', LOGIN_PATH, { body: { email, password } });
  if (session.user === null) throw new ApiError(401, 'The API logged nobody in.');
  return session.user;
}

export function logOut(): Promise<void> {
  return request('POST', '/api/auth/logout');
}

export async function requestPasswordReset(email: string): Promise<void> {
  await request<{ message: string }>('POST', '/api/auth/password-reset', { body: { email } });
}

export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return request('POST', '/api/auth/password-reset/confirm', { body: { token, password } });
}

export function verifyEmail(token: string): Promise<void> {
  return request('POST', '/api/auth/verify-email', { body: { token } });
}

// My account

export function getMe(signal?: AbortSignal): Promise<Me> {
  return request('GET', '/api/me', { signal });
}

export function updateMe(changes: UpdateMeBody): Promise<Me> {
  return request('PATCH', '/api/me', { body: changes });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request('PUT', '/api/me/password', { body: { currentPassword, newPassword } });
}

export function getHomeLocationConsentText(signal?: AbortSignal): Promise<ConsentText> {
  return request('GET', '/api/consent-texts/home-location', { signal });
}

export function setHomeLocation(lngLat: LngLat, consentTextVersion: string): Promise<Me> {
  return request('PUT', '/api/me/home-location', { body: { lng: lngLat.lng, lat: lngLat.lat, consentTextVersion } });
}

export function removeHomeLocation(): Promise<Me> {
  return request('DELETE', '/api/me/home-location');
}

export interface DataExport {
  fileName: string;
  json: string;
}

const EXPORT_FILE_NAME = /filename="([^"]+)"/;

/** Everything the API stores about me, as the text of a JSON file and the file name the API suggests. */
export async function exportMyData(): Promise<DataExport> {
  const response = await fetch('/api/me/export', { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.status === 401) onUnauthorized?.();
    throw error;
  }
  const fileName = EXPORT_FILE_NAME.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'krachtkaart-mijn-gegevens.json';
  return { fileName, json: await response.text() };
}

export function getMySessions(signal?: AbortSignal): Promise<SessionInfo[]> {
  return request('GET', '/api/me/sessions', { signal });
}

export function endSession(id: string): Promise<void> {
  return request('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`);
}

export function deleteMyAccount(password: string): Promise<void> {
  return request('DELETE', '/api/me', { body: { password } });
}

// Organisations

export function acceptInvitation(token: string): Promise<Organisation> {
  return request('POST', '/api/organisation-invitations/accept', { body: { token } });
}

// Administration

export function getOutbox(signal?: AbortSignal): Promise<OutboxMessage[]> {
  return request('GET', '/api/admin/outbox', { signal });
}

export function getReports(signal?: AbortSignal): Promise<AdminReport[]> {
  return request('GET', '/api/admin/reports', { signal });
}

export function markReportHandled(id: string): Promise<void> {
  return request('POST', `/api/admin/reports/${encodeURIComponent(id)}/handled`);
}

// Suggested connections

export interface Suggestion {
  key: string;
  rule: 'teach-learn' | 'shared-passion' | 'volunteer' | 'space' | 'partners' | 'lend-share';
  score: number;
  candidate: { kind: 'resident' | 'organisation' | 'place' | 'group'; id: string; name: string };
  title: string;
  matchedTags: { key: string; label: string }[];
  matchedDomains: { key: string; label: string }[];
  distance: { band: string; text: string; metres?: number };
  /** Where to show it on a map: a place or organisation exactly, a resident only as their buurt. */
  location?: SuggestionLocation;
  reason: string;
  nextStep: string;
  group?: { people: number; members: { id: string; name: string }[]; place: { id: string; name: string; distance: string } | null };
}

export type SuggestionLocation = { kind: 'point'; lng: number; lat: number } | { kind: 'buurt'; code: string; name: string } | null;

export interface Suggestions {
  subject: { kind: 'resident' | 'organisation' | 'place'; id: string; name: string };
  radiusMetres: number;
  located: boolean;
  suggestions: Suggestion[];
}

export function getMySuggestions(language: string, signal?: AbortSignal): Promise<Suggestions> {
  return request('GET', `/api/me/suggestions?lang=${language === 'en' ? 'en' : 'nl'}`, { signal });
}

export function getOrganisationSuggestions(id: string, language: string, signal?: AbortSignal): Promise<Suggestions> {
  return request('GET', `/api/organisations/${encodeURIComponent(id)}/suggestions?lang=${language === 'en' ? 'en' : 'nl'}`, { signal });
}

export function dismissSuggestion(subject: string, suggestion: string): Promise<void> {
  return request('POST', '/api/suggestions/feedback', { body: { subject, suggestion, action: 'dismissed' } });
}

// Warm introductions (double opt-in), their threads, the bell, blocks and reports

export function getIntroductions(signal?: AbortSignal): Promise<Introduction[]> {
  return request('GET', '/api/introductions', { signal });
}

/** One introduction with its thread; reading it marks its notifications read. */
export function getIntroduction(id: string, signal?: AbortSignal): Promise<IntroductionDetail> {
  return request('GET', `/api/introductions/${encodeURIComponent(id)}`, { signal });
}

export async function askIntroduction(body: IntroductionRequest): Promise<string> {
  return (await request<{ id: string }>('POST', '/api/introductions', { body })).id;
}

export async function answerIntroduction(id: string, answer: 'accept' | 'decline'): Promise<Introduction['status']> {
  return (await request<{ status: Introduction['status'] }>('POST', `/api/introductions/${encodeURIComponent(id)}/answer`, { body: { answer } })).status;
}

export function markIntroductionMet(id: string): Promise<void> {
  return request('POST', `/api/introductions/${encodeURIComponent(id)}/met`);
}

export async function writeIntroductionMessage(id: string, body: string): Promise<string> {
  return (await request<{ id: string }>('POST', `/api/introductions/${encodeURIComponent(id)}/messages`, { body: { body } })).id;
}

export async function sendReport(body: ReportRequest): Promise<void> {
  await request<{ id: string }>('POST', '/api/reports', { body });
}

export interface BlockedAccount {
  id: string;
  name: string;
  createdAt: string;
}

export function getBlocks(signal?: AbortSignal): Promise<BlockedAccount[]> {
  return request('GET', '/api/me/blocks', { signal });
}

export function blockAccount(userId: string): Promise<void> {
  return request('PUT', `/api/me/blocks/${encodeURIComponent(userId)}`);
}

export function unblockAccount(userId: string): Promise<void> {
  return request('DELETE', `/api/me/blocks/${encodeURIComponent(userId)}`);
}

export function getNotifications(signal?: AbortSignal): Promise<Notifications> {
  return request('GET', '/api/me/notifications', { signal });
}

/** Marks my notifications read: those about one introduction, or all of them. */
export function readNotifications(introductionId?: string): Promise<void> {
  return request('POST', '/api/me/notifications/read', { body: introductionId === undefined ? {} : { introductionId } });
}

// The connector's areas (buurtverbinder)

export interface ConnectorArea {
  id: string;
  type: 'buurt' | 'wijk';
  code: string;
  name: string;
  buurtCount: number;
  grantedAt: string;
}

export type AreaConnections = Static<typeof AreaConnectionsSchema>;
export type AreaSuggestion = AreaConnections['suggestions'][number];
export type AreaPartyRef = Pick<AreaSuggestion['parties'][number], 'kind' | 'id'>;
export type AreaCsvTable = 'figures' | 'introductions' | 'suggestions';

export function getConnectorAreas(signal?: AbortSignal): Promise<ConnectorArea[]> {
  return request('GET', '/api/connector/areas', { signal });
}

export function getAreaConnections(code: string, language: string, signal?: AbortSignal): Promise<AreaConnections> {
  return request('GET', `/api/connector/areas/${encodeURIComponent(code)}/connections?lang=${language === 'en' ? 'en' : 'nl'}`, { signal });
}

/** The address of one table of the area view as a CSV file (a plain link: the browser downloads it). */
export function areaCsvUrl(code: string, table: AreaCsvTable, language: string): string {
  return `/api/connector/areas/${encodeURIComponent(code)}/connections.csv?table=${table}&lang=${language === 'en' ? 'en' : 'nl'}`;
}

/** A connector introduces two parties of their area to each other; both must accept. */
export async function introduceParties(parties: [AreaPartyRef, AreaPartyRef], note: string, suggestion?: string): Promise<string> {
  return (await request<{ id: string }>('POST', '/api/connector/introductions', { body: { parties, note, ...(suggestion ? { suggestion } : {}) } })).id;
}

// Following a buurt (a weekly e-mail of what is new there)

export interface FollowedBuurt {
  code: string;
  name: string;
  since: string;
  lastDigestAt: string;
}

export function getFollows(signal?: AbortSignal): Promise<FollowedBuurt[]> {
  return request('GET', '/api/me/follows', { signal });
}

export function followBuurt(code: string): Promise<void> {
  return request('PUT', `/api/me/follows/${encodeURIComponent(code)}`);
}

export function unfollowBuurt(code: string): Promise<void> {
  return request('DELETE', `/api/me/follows/${encodeURIComponent(code)}`);
}

// The residents' voice: survey rounds and "goes well / could be better"

export interface SurveyRound {
  id: string;
  areaType: 'buurt' | 'wijk' | 'municipality';
  areaCode: string;
  title: string;
  opensAt: string;
  closesAt: string;
  open: boolean;
  /** null: not shown, too few answers. */
  responses: number | null;
}

export type SurveyGradeKey = 'physical' | 'social' | 'nuisance' | 'safety' | 'overall';
export type SurveyGrades = Record<SurveyGradeKey, number>;
export type SurveyTrend = 'better' | 'same' | 'worse';
export type SurveyChange = Record<SurveyGradeKey, { delta: number; direction: 'up' | 'down' | 'same' }>;

export interface SurveyAreaResult {
  areaType: 'buurt' | 'wijk';
  areaCode: string;
  name: string;
  reliability: 'hidden' | 'indicative' | 'reliable';
  responses: number | null;
  grades: SurveyGrades | null;
  trend: Record<SurveyTrend, number> | null;
  comments: string[];
  change: SurveyChange | null;
}

export interface SurveyResults {
  round: SurveyRound;
  comparedWith: string | null;
  results: SurveyAreaResult[];
}

export interface SurveyAnswer extends SurveyGrades {
  trend: SurveyTrend;
  comment?: string;
}

/** Rounds, newest first; with a buurt, only those that ask that buurt. */
export function getSurveyRounds(buurt: string | null, signal?: AbortSignal): Promise<SurveyRound[]> {
  return request('GET', `/api/survey-rounds${buurt === null ? '' : `?buurt=${encodeURIComponent(buurt)}`}`, { signal });
}

export function getSurveyResults(id: string, signal?: AbortSignal): Promise<SurveyResults> {
  return request('GET', `/api/survey-rounds/${encodeURIComponent(id)}/results`, { signal });
}

export async function answerSurvey(id: string, answer: SurveyAnswer): Promise<void> {
  await request<{ roundId: string }>('POST', `/api/survey-rounds/${encodeURIComponent(id)}/answers`, { body: answer });
}

export type ObservationKind = 'goes-well' | 'could-be-better';

export interface Observation {
  id: string;
  kind: ObservationKind;
  body: string;
  lng: number;
  lat: number;
  buurtCode: string;
  createdAt: string;
  photoUrl: string | null;
  thumbnailUrl: string | null;
}

/** Reports an observation to the connectors of its buurt and the administrators (never saying who reported it). */
export async function reportObservation(id: string, body: { reason: ObservationReportReason; note: string }): Promise<void> {
  await request('POST', `/api/observations/${encodeURIComponent(id)}/reports`, { body });
}

/** What goes well and could be better in a buurt or a wijk. */
export function getAreaObservations(areaType: ProfileAreaType, code: string, signal?: AbortSignal): Promise<Observation[]> {
  return request('GET', `/api/observations?${areaType}=${encodeURIComponent(code)}`, { signal });
}

export interface ObservationInput {
  kind: ObservationKind;
  body: string;
  lngLat: LngLat;
  photo: File | null;
}

/**
 * Sends an observation as multipart/form-data (with the CSRF header, retried once with a fresh token as other posts
 * are); `onProgress` hears the fraction uploaded, when the browser knows it.
 */
export async function addObservation(input: ObservationInput, onProgress?: (fraction: number) => void): Promise<string> {
  const form = new FormData();
  form.set('kind', input.kind);
  form.set('body', input.body);
  form.set('lng', String(input.lngLat.lng));
  form.set('lat', String(input.lngLat.lat));
  if (input.photo !== null) form.set('photo', input.photo);

  const attempt = async (): Promise<{ status: number; response: Response }> => {
    const token = await fetchCsrfToken();
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/observations');
      xhr.setRequestHeader('accept', 'application/json');
      xhr.setRequestHeader('x-csrf-token', token);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () => {
        const headers = new Headers();
        const retryAfter = xhr.getResponseHeader('retry-after');
        if (retryAfter !== null) headers.set('retry-after', retryAfter);
        headers.set('content-type', xhr.getResponseHeader('content-type') ?? 'application/json');
        const body = xhr.status === 204 ? null : xhr.responseText;
        resolve({ status: xhr.status, response: new Response(body, { status: xhr.status, statusText: xhr.statusText, headers }) });
      };
      xhr.onerror = () => reject(new TypeError('Network error'));
      xhr.send(form);
    });
  };

  let { response } = await attempt();
  if (!response.ok) {
    const error = await errorFrom(response.clone());
    if (isCsrfRefusal(error)) {
      csrfToken = null;
      ({ response } = await attempt());
    }
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.status === 401) onUnauthorized?.();
    throw error;
  }
  return ((await response.json()) as { id: string }).id;
}

// Moderation of observations (connectors of their areas, administrators)

export type ModerationStatus = (typeof MODERATION_STATUSES)[number];
export type ModerationItem = Static<typeof ModerationQueueItemSchema>;
export type ObservationReportReason = ModerationItem['reports'][number]['reason'];
export interface ModerationStep {
  action: 'hidden' | 'shown';
  reason: string;
  at: string;
  actor: string | null;
}

/** What the caller may moderate and needs attention: with open reports, hidden, or both. */
export function getModerationQueue(status: ModerationStatus, signal?: AbortSignal): Promise<ModerationItem[]> {
  return request('GET', `/api/moderation/observations?status=${encodeURIComponent(status)}`, { signal });
}

/** The audit trail of one observation, oldest step first. */
export function getModerationTrail(id: string, signal?: AbortSignal): Promise<ModerationStep[]> {
  return request('GET', `/api/observations/${encodeURIComponent(id)}/moderation`, { signal });
}

export function hideObservation(id: string, reason: string): Promise<void> {
  return request('POST', `/api/observations/${encodeURIComponent(id)}/hide`, { body: { reason } });
}

export function showObservation(id: string, reason = ''): Promise<void> {
  return request('POST', `/api/observations/${encodeURIComponent(id)}/show`, { body: { reason } });
}

/** One indicator of the kompas as GET /api/indicators lists it (the route declares this shape inline). */
export interface IndicatorSummary {
  key: string;
  family: 'figures' | 'assets' | 'judgement';
  quarter: string;
  quarterLabel: string;
  theme: string;
  themeLabel: string;
  label: string;
  explanation: string;
  unit: string;
  direction: 'higher-better' | 'lower-better' | 'descriptive';
  source: string | null;
}

/** One indicator across all wijken, for a choropleth (GET /api/indicators/{key}/wijken). */
export interface IndicatorAcrossWijken {
  indicator: Pick<IndicatorSummary, 'key' | 'label' | 'explanation' | 'unit' | 'direction' | 'family'>;
  reference: number | null;
  referenceIs: 'municipality' | 'mean-of-wijken' | null;
  /** Where the class changes: far below | below | average | above | far above. */
  breaks: [number, number, number, number] | null;
  wijken: {
    code: string;
    name: string;
    value: number | null;
    index: number | null;
    class: KompasIndicator['class'];
    assessment: KompasIndicator['assessment'];
  }[];
}

export function getIndicators(language: 'nl' | 'en', signal?: AbortSignal): Promise<IndicatorSummary[]> {
  return request('GET', `/api/indicators?lang=${language}`, { signal });
}

export function getIndicatorAcrossWijken(key: string, language: 'nl' | 'en', signal?: AbortSignal): Promise<IndicatorAcrossWijken> {
  return request('GET', `/api/indicators/${encodeURIComponent(key)}/wijken?lang=${language}`, { signal });
}

// The buurtagenda (issue 7)

export type { Agenda, AgendaItem, AgendaProgress, AgendaSummary, EvidenceKind, HistoryEntry, ItemBody, ItemStatus, ItemVersion, ScanEntry, UpdateItemBody };
export type AgendaRole = Role;
export type AgendaParty = Agenda['parties'][number];
export type AgendaEvidence = AgendaItem['evidence'][number];
export type AgendaPledge = AgendaItem['pledges'][number];
export type AgendaPartyBody = { role: AgendaRole; organisationId: string } | { role: AgendaRole; name: string } | { role: 'resident'; me: true };
export interface AgendaEvidenceBody {
  kind: EvidenceKind;
  ref: string;
  itemId?: string;
  note?: string;
}
export type AgendaPledgeBody = ({ assetId: string } | { organisationId: string }) & { what: string };

const agendaUrl = (id: string) => `/api/agendas/${encodeURIComponent(id)}`;
const itemUrl = (id: string) => `/api/agenda-items/${encodeURIComponent(id)}`;

/** The agendas of a buurt or wijk: the published ones, and the drafts the caller takes part in. */
export function getAreaAgendas(code: string, signal?: AbortSignal): Promise<AgendaSummary[]> {
  return request('GET', `/api/agendas?area=${encodeURIComponent(code)}`, { signal });
}

/** Every agenda the caller can see (published, and drafts they take part in), newest year first. */
export function getAgendas(language: 'nl' | 'en', signal?: AbortSignal): Promise<AgendaSummary[]> {
  return request('GET', `/api/agendas?lang=${language}`, { signal });
}

export async function startAgenda(areaType: ProfileAreaType, areaCode: string, year: number): Promise<string> {
  return (await request<{ id: string }>('POST', '/api/agendas', { body: { areaType, areaCode, year } })).id;
}

export function getAgenda(id: string, language: 'nl' | 'en', signal?: AbortSignal): Promise<Agenda> {
  return request('GET', `${agendaUrl(id)}?lang=${language}`, { signal });
}

export function updateAgenda(id: string, changes: { urgency?: string; countingTelling?: string }): Promise<void> {
  return request('PATCH', agendaUrl(id), { body: changes });
}

export function setAgendaPublished(id: string, published: boolean): Promise<void> {
  return request('POST', `${agendaUrl(id)}/${published ? 'publish' : 'unpublish'}`);
}

/** Every change to the agenda, newest first. */
export function getAgendaHistory(id: string, signal?: AbortSignal): Promise<HistoryEntry[]> {
  return request('GET', `${agendaUrl(id)}/history`, { signal });
}

export async function addPolicyLink(id: string, link: { title: string; url: string; note?: string }): Promise<string> {
  return (await request<{ id: string }>('POST', `${agendaUrl(id)}/policy-links`, { body: link })).id;
}

export function removePolicyLink(id: string, linkId: string): Promise<void> {
  return request('DELETE', `${agendaUrl(id)}/policy-links/${encodeURIComponent(linkId)}`);
}

export async function addAgendaParty(id: string, party: AgendaPartyBody): Promise<string> {
  return (await request<{ id: string }>('POST', `${agendaUrl(id)}/parties`, { body: party })).id;
}

export function removeAgendaParty(id: string, partyId: string): Promise<void> {
  return request('DELETE', `${agendaUrl(id)}/parties/${encodeURIComponent(partyId)}`);
}

/** Evidence for an item, or (without itemId) one of the agenda's gathered stories. */
export async function addAgendaEvidence(id: string, evidence: AgendaEvidenceBody): Promise<string> {
  return (await request<{ id: string }>('POST', `${agendaUrl(id)}/evidence`, { body: evidence })).id;
}

export function removeAgendaEvidence(id: string, evidenceId: string): Promise<void> {
  return request('DELETE', `${agendaUrl(id)}/evidence/${encodeURIComponent(evidenceId)}`);
}

export async function addAgendaItem(id: string, item: ItemBody): Promise<string> {
  return (await request<{ id: string }>('POST', `${agendaUrl(id)}/items`, { body: item })).id;
}

/** Every change makes a new version of the item; returns its number. */
export async function updateAgendaItem(itemId: string, changes: UpdateItemBody): Promise<number> {
  return (await request<{ version: number }>('PATCH', itemUrl(itemId), { body: changes })).version;
}

/** The item's versions, oldest first. */
export function getItemVersions(itemId: string, signal?: AbortSignal): Promise<ItemVersion[]> {
  return request('GET', `${itemUrl(itemId)}/versions`, { signal });
}

export function setItemSupport(itemId: string, support: boolean): Promise<void> {
  return request(support ? 'PUT' : 'DELETE', `${itemUrl(itemId)}/support`);
}

export async function commentOnItem(itemId: string, body: string): Promise<string> {
  return (await request<{ id: string }>('POST', `${itemUrl(itemId)}/comments`, { body: { body } })).id;
}

export async function pledgeToItem(itemId: string, pledge: AgendaPledgeBody): Promise<string> {
  return (await request<{ id: string }>('POST', `${itemUrl(itemId)}/pledges`, { body: pledge })).id;
}

export function setPledgeStatus(pledgeId: string, status: AgendaPledge['status']): Promise<void> {
  return request('PATCH', `/api/agenda-pledges/${encodeURIComponent(pledgeId)}`, { body: { status } });
}

export function removePledge(pledgeId: string): Promise<void> {
  return request('DELETE', `/api/agenda-pledges/${encodeURIComponent(pledgeId)}`);
}

/** Counts an introduction (one I asked for, or, for editors, one in the area) towards the item it serves. */
export function linkIntroductionToItem(itemId: string, introductionId: string): Promise<void> {
  return request('POST', `${itemUrl(itemId)}/introductions`, { body: { introductionId } });
}

/** My own items and those of my organisations (places I added included): the inventory, and what I may pledge. */
export function getMyAssets(signal?: AbortSignal): Promise<Asset[]> {
  return request('GET', '/api/me/assets', { signal });
}
