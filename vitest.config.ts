import { defineConfig } from 'vitest/config';

// Unit tests only; the real-browser suite under test/e2e runs with Playwright (see scripts/test.mjs).
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
    // @jitsi/react-sdk ships ESM with directory imports that Node cannot resolve; let Vite transform it.
    server: { deps: { inline: ['@jitsi/react-sdk'] } },
  },
});
