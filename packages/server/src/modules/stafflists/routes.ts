import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

export async function staffListRoutes(_app: FastifyInstance, _deps: Deps) {}
