// What an area hands the app at start: its routes, its server texts and its background jobs. The
// app registers them (app.ts, jobs.ts); the platform itself imports no area.
import type { FastifyInstance } from 'fastify';
import type { Deps } from './deps.ts';
import type { Texts } from './i18n.ts';
import type { Job } from './scheduler.ts';

export interface Area {
  name: string;
  routes: (scope: FastifyInstance, deps: Deps) => Promise<void>;
  texts: Readonly<Record<string, Texts>>;
  jobs: readonly Job[];
}
