import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/require-await -- filled in by the needs work
export async function needRoutes(app: FastifyInstance, deps: Deps) {}
