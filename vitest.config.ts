import { defineConfig } from 'vitest/config';

// Pure unit tests run once; API tests (*.api.test.ts) run on embedded PGlite and, when
// TEST_DATABASE_URL is set, again on PostgreSQL. Browser journeys live in e2e/ (see scripts/test.mjs).
const api = (name: string, db: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['server/**/*.api.test.ts'],
    environment: 'node',
    globalSetup: ['server/test/global-setup.ts'],
    env: { TEST_DB_KIND: db },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.api.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      api('api-pglite', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [api('api-postgres', 'postgres')] : []),
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A page that renders a lazily loaded part (a drawer, a dialog) can take more than the default
          // 1 s on a loaded 2-core machine; the condition must still become true.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
