import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the agreements work
export async function agreementRoutes(app: FastifyInstance, deps: Deps) {}
