/**
 * WXT configuration of the MeetGate extension (Manifest V3 in Chromium and in Firefox). Entry points live in
 * entrypoints/, their logic in extension/ and lib/. Auto-imports are off: every module names
 * what it uses.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { componentStyleHash } from './extension/build/component-style';
import { noRawHtml } from './extension/build/no-raw-html';

/** The component renders its stylesheet as one inline <style>; the policy allows exactly that text. */
const COMPONENT_STYLE_HASH = componentStyleHash(fileURLToPath(new URL('./components/styles.tsx', import.meta.url)));

/**
 * The extension pages' policy: our own scripts only, no plugins, no <base>, no form posts, not
 * framable; meetings framed over https; avatars over https or inline; fetches to https (and to
 * loopback providers, for local testing).
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  `style-src 'self' ${COMPONENT_STYLE_HASH}`,
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  'frame-src https:',
].join('; ');

/** Modules bundled as free of import-time effects (see `treeshake` below); never stylesheets. */
const SIDE_EFFECT_FREE = /[\\/](components|lib)[\\/][^?]*\.tsx?$/;

/** Hosts the person may grant per deployment or per site (optional; never requested all at once). */
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // MV3 for Firefox too (WXT's default there is MV2): one manifest and one background lifecycle in
  // both browsers. Firefox MV3 runs the background as an event page that is stopped when idle, as
  // Chromium stops its service worker, so code that survives one survives the other (tested:
  // test/e2e/firefox/event-page.spec.ts); host access is optional and per site in both; Mozilla
  // adds new extension APIs to MV3. Everything MeetGate uses is in Firefox MV3 >= 142 (below).
  manifestVersion: 3,
  imports: false,
  publicDir: 'extension/public',
  // Firefox's review asks for the sources; only sources, not builds, reports or test artefacts.
  zip: { excludeSources: ['dist/**', 'test-results/**', 'test-reports/**', 'playwright-report/**', 'bench/results/**', 'coverage/**', '**/*.log'] },
  vite: () => ({
    plugins: [noRawHtml()],
    build: {
      rollupOptions: {
        // Pages that only show the token card (the popup) must not carry the meeting: the project
        // requires components/ and lib/ to do nothing at import time (SSR-safe, framework-free).
        treeshake: { moduleSideEffects: (id: string) => !SIDE_EFFECT_FREE.test(id) },
      },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'MeetGate',
    description: 'Token-aware Jitsi Meet: see who a meeting token says you are before you join, sign in, and join secured meetings.',
    permissions: ['storage', 'identity', 'activeTab', 'scripting'],
    ...(manifestVersion === 3
      ? {
          optional_host_permissions: OPTIONAL_HOSTS,
          content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
          ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
        }
      : {
          optional_permissions: OPTIONAL_HOSTS,
          content_security_policy: EXTENSION_PAGES_CSP,
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A fixed id keeps the identity redirect URL (https://<hash>.extensions.allizom.org/) stable.
              id: 'meetgate@extensions.meetgate.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
