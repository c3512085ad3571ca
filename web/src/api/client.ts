// The one door from the web to the API: fetch, the CSRF token, the 401 hook and the error type every call shares.
import type { CsrfTokenSchema, SessionUserSchema } from '../../../api/auth/auth.schemas.ts';
import type { FieldError } from '../../../api/shared/errors.schemas.ts';
import type { CreatedSchema } from '../../../api/shared/schemas.ts';
import type { Static } from '@sinclair/typebox';

export type { FieldError };

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

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

const CSRF_PROTECTED: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const LOGIN_PATH = '/api/auth/login';

let csrfToken: Promise<string> | null = null;
let onUnauthorized: (() => void) | null = null;

/** Called when the API answers 401 outside the login itself: the session has ended (expired, or ended elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= request<Static<typeof CsrfTokenSchema>>('GET', '/api/auth/csrf-token').then(
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

/**
 * Sends with the CSRF token when the method needs one; the token's cookie can be lost (cleared cookies, a new browser
 * session), so a refusal of the token fetches a fresh one and tries once more. A failure becomes an ApiError, and a
 * 401 outside the log-in tells the session it has ended.
 */
async function answerOf(
  method: Method,
  path: string,
  send: (csrf: string | null) => Promise<Response>,
): Promise<Response> {
  const protectedMethod = CSRF_PROTECTED.has(method);
  let response = await send(protectedMethod ? await fetchCsrfToken() : null);
  if (!response.ok && protectedMethod && isCsrfRefusal(await errorFrom(response.clone()))) {
    csrfToken = null;
    response = await send(await fetchCsrfToken());
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.status === 401 && path !== LOGIN_PATH) onUnauthorized?.();
    throw error;
  }
  return response;
}

export async function request<T>(method: Method, path: string, { body, signal }: RequestOptions = {}): Promise<T> {
  const response = await answerOf(method, path, (csrf) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (csrf !== null) headers['x-csrf-token'] = csrf;
    return fetch(path, { method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body) });
  });
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A POST that returns the new thing's id. */
export async function create(path: string, body?: unknown): Promise<string> {
  return (await request<Static<typeof CreatedSchema>>('POST', path, { body })).id;
}

/** A set of my own under /api/me/: listed, and one member added (PUT) or taken out (DELETE) by its key. */
export function mySet<T>(name: string) {
  const path = `/api/me/${name}`;
  const member = (key: string) => `${path}/${encodeURIComponent(key)}`;
  return {
    list: (signal?: AbortSignal): Promise<T[]> => request('GET', path, { signal }),
    add: (key: string): Promise<void> => request('PUT', member(key)),
    remove: (key: string): Promise<void> => request('DELETE', member(key)),
  };
}

/** A file the API offers for download: its text and the name it suggests. */
export interface Download {
  fileName: string;
  text: string;
}

const FILE_NAME = /filename="([^"]+)"/;

export async function download(path: string, defaultName: string): Promise<Download> {
  const response = await answerOf('GET', path, () => fetch(path, { headers: { accept: 'application/json' } }));
  const fileName = FILE_NAME.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? defaultName;
  return { fileName, text: await response.text() };
}

function postFormOnce(
  path: string,
  form: FormData,
  csrf: string,
  onProgress?: (fraction: number) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const headers = new Headers();
      const retryAfter = xhr.getResponseHeader('retry-after');
      if (retryAfter !== null) headers.set('retry-after', retryAfter);
      headers.set('content-type', xhr.getResponseHeader('content-type') ?? 'application/json');
      const body = xhr.status === 204 ? null : xhr.responseText;
      resolve(new Response(body, { status: xhr.status, statusText: xhr.statusText, headers }));
    };
    xhr.onerror = () => reject(new TypeError('Network error'));
    xhr.send(form);
  });
}

/**
 * Posts multipart/form-data through XMLHttpRequest, the one browser API that reports upload progress; `onProgress`
 * hears the fraction uploaded, when the browser knows it.
 */
export async function postForm<T>(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<T> {
  const response = await answerOf('POST', path, (csrf) => postFormOnce(path, form, csrf ?? '', onProgress));
  return (await response.json()) as T;
}

export type Language = Static<typeof SessionUserSchema>['language'];

/** The API's languages: anything but English is asked for in Dutch. */
export function languageParam(language: string): Language {
  return language === 'en' ? 'en' : 'nl';
}
