import { defineConfig } from 'vitest/config';

// Unit tests only; the real-browser suite under test/e2e runs with Playwright (see scripts/test.mjs).
// Extension glue runs in its own project with WXT's plugin and fake browser.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/extension/**', 'node_modules/**'],
          environment: 'node',
          restoreMocks: true,
          testTimeout: 20_000,
          // @jitsi/react-sdk ships ESM with directory imports that Node cannot resolve; let Vite transform it.
          server: { deps: { inline: ['@jitsi/react-sdk'] } },
        },
      },
      './vitest.extension.config.ts',
    ],
  },
});
