// A CSV import that rejected rows imports nothing and answers 422 as problem+json carrying the
// whole row report, so the reader sees every row to correct at once. Shared by every import.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeOf } from './access.ts';
import { t } from './i18n.ts';

export function sendImportRejected(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: { type: string; detail: string },
  report: unknown,
) {
  return reply
    .code(422)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: problem.type,
      title: t(localeOf(request), 'problem.validation'),
      status: 422,
      detail: problem.detail,
      instance: request.url.split('?')[0],
      report,
    });
}
