import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the dps work
export async function dpsRoutes(app: FastifyInstance, deps: Deps) {}
