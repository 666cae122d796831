import { defineConfig } from 'vitest/config';

// Browser journeys against the built app (npm run build first), one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    env: { TZ: process.env.TZ ?? 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
