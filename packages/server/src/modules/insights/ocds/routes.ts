// HTTP routes of the OCDS part: the release and record packages of an agreement, a DPS and a
// call-off for the organisations that may see them, the publishing setting, and the public record
// packages of a publishing organisation's awarded procurements (no session needed).
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import type { withUri } from './packages.ts';
import * as schemas from './schemas.ts';
import * as service from './service.ts';

const NAMES = { agreements: 'Agreement', dps: 'Dps', calloffs: 'Calloff' } as const;
const WHAT = {
  agreements: 'framework agreement',
  dps: 'dynamic purchasing system',
  calloffs: 'call-off',
} as const;

/**
 * The packages go as the JSON the service built (or kept), past the serialiser: the response
 * schemas still describe them in the OpenAPI document.
 */
function sendJson(reply: FastifyReply, json: ReturnType<typeof withUri>) {
  return reply
    .type('application/json; charset=utf-8')
    .header('content-length', json.length)
    .send(Readable.from(json.parts));
}

export async function ocdsRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const uriOf = (request: FastifyRequest) => `${deps.config.publicUrl}${request.url}`;

  for (const subject of schemas.SUBJECTS) {
    const idParam = schemas.SUBJECT_ID[subject];
    const idOf = (params: Record<string, string>) => params[idParam]!;
    const base = `/api/organisations/:orgId/ocds/${subject}/:${idParam}`;

    for (const shape of ['releases', 'record'] as const) {
      app.get(
        `${base}/${shape}`,
        {
          config: { permission: 'insights.read' },
          schema: {
            operationId: `insights.ocds${NAMES[subject]}${shape === 'record' ? 'Record' : 'Releases'}`,
            summary: `The OCDS ${shape === 'record' ? 'record package, with its compiled release,' : 'release package'} of a ${WHAT[subject]}`,
            params: schemas.subjectParams[subject],
            response: { 200: shape === 'record' ? schemas.recordPackage : schemas.releasePackage },
          },
        },
        async (request, reply) => {
          const params = request.params as Record<string, string>;
          const json = await service.ocdsPackage(
            deps,
            params.orgId!,
            subject,
            idOf(params),
            shape,
            uriOf(request),
          );
          return sendJson(reply, json);
        },
      );
    }

    app.get(
      `/api/public/ocds/:orgId/${subject}/:${idParam}`,
      {
        config: { permission: 'public' },
        schema: {
          operationId: `insights.publicOcds${NAMES[subject]}`,
          summary: `The public OCDS record package of an awarded ${WHAT[subject]}, when its owner publishes`,
          params: schemas.subjectParams[subject],
          response: { 200: schemas.recordPackage },
        },
      },
      async (request, reply) => {
        const params = request.params as Record<string, string>;
        const json = await service.publicRecord(
          deps,
          params.orgId!,
          subject,
          idOf(params),
          uriOf(request),
        );
        return sendJson(reply, json);
      },
    );
  }

  app.get(
    '/api/organisations/:orgId/ocds/publishing',
    {
      config: { permission: 'organisation.read' },
      schema: {
        operationId: 'insights.ocdsPublishing',
        summary: 'Whether the organisation publishes its awarded procurements as open OCDS data',
        params: orgParams,
        response: { 200: schemas.publishingSetting },
      },
    },
    async (request) => service.publishingOf(deps, request.params.orgId),
  );

  app.put(
    '/api/organisations/:orgId/ocds/publishing',
    {
      config: { permission: 'ocds.publish' },
      schema: {
        operationId: 'insights.changeOcdsPublishing',
        summary: 'Turn publishing of the awarded procurements as open OCDS data on or off',
        params: orgParams,
        body: schemas.publishingBody,
        response: { 200: schemas.publishingSetting },
      },
    },
    async (request) =>
      service.changePublishing(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body.published,
      ),
  );
}
