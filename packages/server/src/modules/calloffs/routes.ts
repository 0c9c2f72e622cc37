import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/require-await -- filled in by the call-off work
export async function calloffRoutes(app: FastifyInstance, deps: Deps) {}
