// RFC 9457 problem details: every error leaves the API as application/problem+json with a
// message a person understands, in their language.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { t, type Locale, type MessageKey, type MessageParams } from './i18n.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

type ProblemKind =
  | 'validation'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'internal'
  | 'unavailable';

const STATUS: Record<ProblemKind, number> = {
  validation: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unsupported_media_type: 415,
  payload_too_large: 413,
  internal: 500,
  unavailable: 503,
};

/** A problem raised by a use case: kind, a message key and its parameters, optional field errors. */
export class Problem extends Error {
  readonly kind: ProblemKind;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly fields: { field: string; key: MessageKey; params?: MessageParams }[];
  readonly retryAfterSeconds: number | undefined;

  constructor(
    kind: ProblemKind,
    messageKey: MessageKey,
    options: {
      params?: MessageParams;
      fields?: { field: string; key: MessageKey; params?: MessageParams }[];
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(messageKey);
    this.kind = kind;
    this.messageKey = messageKey;
    this.params = options.params ?? {};
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return STATUS[this.kind];
  }
}

/** What was asked for does not exist, or is not the caller's to know of: answered 404. */
export const notFound = (): Problem => new Problem('not_found', 'problem.not_found.detail');

/** A single field is wrong: answered 400 naming the field. */
export function fieldProblem(field: string, key: MessageKey, params?: MessageParams): Problem {
  return new Problem('validation', key, { params, fields: [{ field, key, params }] });
}

const TITLE_KEY: Record<ProblemKind, MessageKey> = {
  validation: 'problem.validation',
  bad_request: 'problem.bad_request',
  unauthorized: 'problem.unauthorized',
  forbidden: 'problem.forbidden',
  csrf: 'problem.forbidden',
  not_found: 'problem.not_found',
  conflict: 'problem.conflict',
  rate_limited: 'problem.rate_limited',
  unsupported_media_type: 'problem.bad_request',
  payload_too_large: 'problem.bad_request',
  internal: 'problem.internal',
  unavailable: 'problem.unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  locale: Locale,
  kind: ProblemKind,
  detail: string,
  errors?: FieldProblem[],
): FastifyReply {
  const status = STATUS[kind];
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://tildel.se/problems/${kind.replace(/_/g, '-')}`,
      title: t(locale, TITLE_KEY[kind]),
      status,
      detail,
      instance: reply.request.url.split('?')[0],
      ...(errors && errors.length > 0 ? { errors } : {}),
    });
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

function fieldName(context: string | undefined, e: AjvError): string {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const missing = e.keyword === 'required' ? String(e.params.missingProperty ?? '') : '';
  const extra =
    e.keyword === 'additionalProperties' ? String(e.params.additionalProperty ?? '') : '';
  const leaf = [path, missing || extra].filter(Boolean).join('.');
  if (leaf) return leaf;
  return context ?? 'body';
}

/** Turns one JSON-schema error into a sentence in the user's language. */
export function describeSchemaError(locale: Locale, e: AjvError): string {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return t(locale, 'field.required');
    case 'type':
      return t(locale, 'field.type', { expected: String(p.type) });
    case 'format':
      if (p.format === 'email') return t(locale, 'field.format.email');
      if (p.format === 'uuid') return t(locale, 'field.format.uuid');
      return t(locale, 'field.format', { format: String(p.format) });
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return t(locale, `field.${e.keyword}`, { limit: Number(p.limit) });
    case 'minimum':
    case 'maximum':
      return t(locale, `field.${e.keyword}`, { limit: Number(p.limit) });
    case 'uniqueItems':
    case 'additionalProperties':
    case 'pattern':
      return t(locale, `field.${e.keyword}`);
    case 'enum':
      return t(locale, 'field.enum', {
        allowed: Array.isArray(p.allowedValues) ? p.allowedValues.join(', ') : '',
      });
    default:
      return t(locale, 'field.invalid');
  }
}

const QUERY_CANCELED = '57014';

/** Installs the error handler. localeOf picks the language per request. */
export function installErrorHandler(
  app: FastifyInstance,
  localeOf: (request: FastifyRequest) => Locale,
): void {
  app.setErrorHandler((error: FastifyError | Problem, request, reply) => {
    const locale = localeOf(request);
    if (error instanceof Problem) {
      if (error.retryAfterSeconds !== undefined)
        reply.header('retry-after', error.retryAfterSeconds);
      const errors = error.fields.map((f) => ({
        field: f.field,
        message: t(locale, f.key, f.params),
      }));
      const detail =
        error.kind === 'validation' && errors.length > 0 && error.messageKey.startsWith('field.')
          ? t(locale, 'problem.validation.detail')
          : t(locale, error.messageKey, error.params);
      return sendProblem(reply, locale, error.kind, detail, errors);
    }
    const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
    if (fe.validation) {
      const errors = fe.validation.map((e) => ({
        field: fieldName(fe.validationContext, e),
        message: describeSchemaError(locale, e),
      }));
      return sendProblem(
        reply,
        locale,
        'validation',
        t(locale, 'problem.validation.detail'),
        errors,
      );
    }
    const status = fe.statusCode ?? 500;
    if (status === 415) {
      return sendProblem(
        reply,
        locale,
        'unsupported_media_type',
        t(locale, 'problem.unsupported_media_type'),
      );
    }
    if (status === 413) {
      return sendProblem(
        reply,
        locale,
        'payload_too_large',
        t(locale, 'problem.payload_too_large'),
      );
    }
    if (status >= 400 && status < 500) {
      const isJson = fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError;
      return sendProblem(
        reply,
        locale,
        status === 404 ? 'not_found' : 'bad_request',
        isJson ? t(locale, 'problem.bad_json') : t(locale, 'problem.bad_request'),
      );
    }
    // PostgreSQL cancelled a statement that ran past STATEMENT_TIMEOUT_MS (SQLSTATE 57014).
    if ((error as { code?: unknown }).code === QUERY_CANCELED) {
      request.log.warn({ err: error }, 'statement timeout');
      return sendProblem(reply, locale, 'unavailable', t(locale, 'problem.timeout.detail'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, locale, 'internal', t(locale, 'problem.internal.detail'));
  });
}
