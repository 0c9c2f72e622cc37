import i18n, { currentLocale } from '../i18n';
import type { paths } from './api-types';

/** One field error of an RFC 9457 problem, already translated by the server. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
}

/** A failed API call: the server's problem+json, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title ?? '';
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }

  /** The server's message for one field, if it named that field. */
  fieldError(field: string): string | undefined {
    const messages = this.errors.filter((e) => fieldMatches(e.field, field)).map((e) => e.message);
    return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
  }

  /** Errors whose field is not among those the form shows next to an input. */
  otherErrors(shownFields: readonly string[]): FieldError[] {
    return this.errors.filter((e) => !shownFields.some((f) => fieldMatches(e.field, f)));
  }
}

/** Whether a server field name ("email", "/email", "roles[1]", "roles.1") refers to a form field. */
function fieldMatches(serverField: string, formField: string): boolean {
  const name = serverField.replace(/^#?\//, '');
  return (
    name === formField ||
    [`${formField}.`, `${formField}[`, `${formField}/`].some((p) => name.startsWith(p))
  );
}

/** A readable message for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail || error.title || i18n.t('errors.unexpected');
  return i18n.t('errors.unexpected');
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request (other than those that expect it) answers 401. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

interface RequestOptions {
  /** Do not treat 401 as "signed out" (login, the initial /api/me probe). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function parseProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') return body as Problem;
    } catch {
      // Fall through to a generic problem.
    }
  }
  return {
    status: response.status,
    title: response.statusText,
    detail:
      response.status >= 500
        ? i18n.t('errors.server')
        : response.status === 403
          ? i18n.t('errors.forbidden')
          : response.status === 404
            ? i18n.t('errors.notFound')
            : i18n.t('errors.unexpected'),
  };
}

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, {
      title: i18n.t('errors.networkTitle'),
      detail: i18n.t('errors.network'),
    });
  }

  if (!response.ok) {
    const problem = await parseProblem(response);
    if (response.status === 401 && !options.allowUnauthorized) unauthorizedHandler?.();
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204 || response.headers.get('content-length') === '0')
    return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

// ---- typed by path from the OpenAPI document (api-types.ts, generated: npm run api:types) ------

type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The API's paths that answer a method. */
export type PathOf<V extends Verb> = {
  [P in keyof paths]: NonNullable<paths[P][V]> extends never ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, V extends Verb> = NonNullable<paths[P][V]>;
type Success<O> = O extends { responses: infer R }
  ? R[Extract<keyof R, 200 | 201 | 202 | 204>]
  : never;
type JsonOf<X> = X extends { content: { 'application/json': infer J } } ? J : undefined;

/** What an operation answers on success (its JSON body; undefined for 204). */
export type Answer<P extends PathOf<V>, V extends Verb = 'get'> = JsonOf<Success<Operation<P, V>>>;
/** The JSON body an operation takes. */
export type Body<P extends PathOf<V>, V extends Verb> =
  Operation<P, V> extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never;
/** The query parameters an operation takes. */
export type Query<P extends PathOf<V>, V extends Verb = 'get'> =
  Operation<P, V> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type PathParams<P extends PathOf<V>, V extends Verb> =
  Operation<P, V> extends { parameters: { path?: infer X } } ? NonNullable<X> : never;

/** The path's own parameters (when it has any), the query, and for writes the body. */
type Params<P extends PathOf<V>, V extends Verb> = ([PathParams<P, V>] extends [never]
  ? { path?: undefined }
  : { path: PathParams<P, V> }) & { query?: Query<P, V> } & (V extends 'get' | 'delete'
    ? { body?: undefined }
    : [Body<P, V>] extends [never]
      ? { body?: undefined }
      : { body: Body<P, V> });

type Args<P extends PathOf<V>, V extends Verb> = [PathParams<P, V>] extends [never]
  ? [params?: Params<P, V>, options?: RequestOptions]
  : [params: Params<P, V>, options?: RequestOptions];

/** '/api/organisations/{orgId}' with { orgId } → '/api/organisations/…', each value encoded. */
function fill(template: string, values: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

function typed<V extends Verb>(verb: V) {
  return <P extends PathOf<V>>(path: P, ...[params, options]: Args<P, V>) => {
    const p = (params ?? {}) as { path?: Record<string, string>; query?: object; body?: unknown };
    const url = fill(path, p.path) + query((p.query ?? {}) as Parameters<typeof query>[0]);
    const method = verb.toUpperCase() as Method;
    const body = verb === 'get' || verb === 'delete' ? undefined : (p.body ?? {});
    return request<Answer<P, V>>(method, url, body, options);
  };
}

/** The single client for the Tildel API, typed by path: language and CSRF headers, problem+json. */
export const api = {
  get: typed('get'),
  post: typed('post'),
  put: typed('put'),
  patch: typed('patch'),
  delete: typed('delete'),
};

type QueryValue = string | number | boolean | null | undefined;

/** Build a query string from defined values; a list is written once per item (`a=1&a=2`). */
export function query(params: Record<string, QueryValue | readonly QueryValue[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value])
      if (item !== undefined && item !== null && item !== '') search.append(key, String(item));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export const enc = encodeURIComponent;
