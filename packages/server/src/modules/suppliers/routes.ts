import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the suppliers work
export async function supplierRoutes(app: FastifyInstance, deps: Deps) {}
