// Moving the server's clock forward (CLOCK_CONTROL, demo mode only): registered only then, so an
// ordinary installation has no such route at all. The move is audited like any state change.
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { AdjustableClock } from '../../../platform/clock.ts';
import type { Deps } from '../../../platform/deps.ts';

const clockView = {
  type: 'object',
  properties: {
    now: { type: 'string', format: 'date-time' },
    offsetMinutes: { type: 'integer' },
  },
} as const;

export async function clockRoutes(app: FastifyInstance, deps: Deps, clock: AdjustableClock) {
  const view = () => ({
    now: clock.now().toISOString(),
    offsetMinutes: Math.round(clock.offsetMs() / 60_000),
  });

  app.get(
    '/api/platform/clock',
    {
      config: { permission: 'platform.admin' },
      schema: {
        tags: ['platform'],
        summary: "The server's clock and how far it has been moved (demo mode)",
        response: { 200: clockView },
      },
    },
    async () => view(),
  );

  app.post<{ Body: { advanceMinutes: number } }>(
    '/api/platform/clock',
    {
      config: { permission: 'platform.admin' },
      schema: {
        tags: ['platform'],
        summary: "Move the server's clock forward (demo mode), e.g. past a tender deadline",
        body: {
          type: 'object',
          required: ['advanceMinutes'],
          additionalProperties: false,
          // At most 60 days at a time: far enough for any tender period.
          properties: { advanceMinutes: { type: 'integer', minimum: 1, maximum: 86_400 } },
        },
        response: { 200: clockView },
      },
    },
    async (request) => {
      const before = view();
      clock.advance(request.body.advanceMinutes * 60_000);
      await deps.db.transaction().execute((trx) =>
        appendAudit(trx, deps.clock, {
          organisationId: null,
          actorUserId: actorOf(request).userId,
          action: 'platform.clock_advanced',
          objectType: 'clock',
          objectId: 'server',
          before,
          after: view(),
        }),
      );
      return view();
    },
  );
}
