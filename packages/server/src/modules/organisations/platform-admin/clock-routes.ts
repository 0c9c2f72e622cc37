// Moving the server's clock forward (CLOCK_CONTROL, demo mode only): registered only then, so an
// ordinary installation has no such route at all. The move is audited like any state change.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { AdjustableClock } from '../../../platform/clock.ts';
import type { Deps } from '../../../platform/deps.ts';
import { clockBody, clockView } from './schemas.ts';

export async function clockRoutes(scope: FastifyInstance, deps: Deps, clock: AdjustableClock) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const view = () => ({
    now: clock.now().toISOString(),
    offsetMinutes: Math.round(clock.offsetMs() / 60_000),
  });

  app.get(
    '/api/platform/clock',
    {
      config: { permission: 'platform.admin' },
      schema: {
        operationId: 'organisations.readClock',
        summary: "The server's clock and how far it has been moved (demo mode)",
        response: { 200: clockView },
      },
    },
    async () => view(),
  );

  app.post(
    '/api/platform/clock',
    {
      config: { permission: 'platform.admin' },
      schema: {
        operationId: 'organisations.advanceClock',
        summary: "Move the server's clock forward (demo mode), e.g. past a tender deadline",
        body: clockBody,
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
