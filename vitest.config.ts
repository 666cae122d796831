import { defineConfig } from 'vitest/config';

// API tests run against every database the run has: embedded PGlite always, and a
// PostgreSQL server when TEST_DATABASE_URL is set (scripts/test-all.sh starts one).
const apiTests = ['server/modules/**/*.test.ts', 'server/jobs/**/*.test.ts', 'tests/api/**/*.test.ts'];
const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    env: { TZ: process.env.TZ ?? 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['server/**/*.test.ts', 'web/**/*.test.ts', 'tests/static/**/*.test.ts'], exclude: apiTests },
      },
      ...databases.map((db) => ({
        extends: true as const,
        test: {
          name: `api-${db}`,
          include: apiTests,
          globalSetup: ['tests/support/global-setup.ts'],
          env: { TEST_DB_KIND: db },
        },
      })),
    ],
  },
});
