/**
 * Unit tests of the extension glue (test/extension/**), with WXT's Vitest plugin: `wxt/browser`
 * becomes WXT's in-memory fake browser, and WXT's build-time globals are defined.
 * Run: npx vitest run --config vitest.extension.config.ts
 */
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    name: 'extension',
    include: ['test/extension/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
