import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    maxWorkers: 2, // the CI machine has two cores
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/domain/test/**/*.test.ts'],
        },
      },
      {
        // The web app's own checks that need no browser (texts in three languages).
        test: {
          name: 'web',
          include: ['packages/web/test/**/*.test.ts'],
        },
      },
      {
        // Integration tests against a throwaway PostgreSQL cluster, one template clone per worker.
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/postgres-cluster.ts'],
          setupFiles: ['packages/server/test/support/worker-database.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Migrations and smoke tests on embedded PGlite.
        test: {
          name: 'pglite',
          include: ['packages/server/test-pglite/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // The built web app on a real server, in Chromium, with axe.
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/server.ts'],
          setupFiles: ['e2e/support/server-output.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // What a page shows after a click or a navigation: Vitest's 1 s default failed pages that
          // were right but slow on a busy 2-core machine (a lazy route's chunk, its first query).
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
