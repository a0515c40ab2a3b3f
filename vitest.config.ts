import { defineConfig } from 'vitest/config';

// Unit tests only; the real-browser suite under test/e2e runs with Playwright (see scripts/test.mjs).
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
