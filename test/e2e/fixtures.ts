/**
 * Playwright fixtures for MeetGate's end-to-end tests: a Jitsi simulator per worker, Debian's
 * Chromium launched so that the simulated domain resolves to it and exactly its certificate is
 * trusted, a loopback site for host pages, and real HS256 tokens for the simulator.
 * Fixtures are browser plumbing only; selectors live in pages/, behaviour in the specs.
 */
import { test as base, type Browser, type Page, type TestInfo } from '@playwright/test';
import { SignJWT } from 'jose';
import { spkiHash, startSimulator, type Simulator, type SimulatorOptions } from '../../server/dev/simulator/index.js';
import { isJitsiRelease, JITSI_RELEASES } from '../../server/dev/simulator/release.js';
import { BASE_CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { startHostSite, type HostSite } from './pages/host-site.js';

/** The simulated deployment's domain in every e2e test. */
export const MEET_DOMAIN = 'meet.meetgate.test';
/** Its Prosody app_id (also iss and aud of the tokens minted here). */
export const APP_ID = 'meetgate-e2e';
/** Its app_secret. A test value, never a real one. */
export const APP_SECRET = 'meetgate-e2e-secret-0123456789abcdef';

export { BASE_CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

/** base64 SHA-256 of a certificate's public key, the form Chromium's SPKI allow-list takes. */
export { spkiHash };

/**
 * The flags that make Chromium reach `simulator` under its domain and trust its self-signed
 * certificate, and nothing else (also for `launchPersistentContext` with an extension).
 */
export function chromiumArgsFor(simulator: Simulator): string[] {
  return [...BASE_CHROMIUM_ARGS, `--host-resolver-rules=${simulator.hostResolverRule}`, `--ignore-certificate-errors-spki-list=${simulator.certificateSpki}`];
}

/** What a minted token says. */
export interface TokenSpec {
  name: string;
  role: 'owner' | 'member';
  room: string;
  /** Seconds from now until `exp` (default 3600; negative for an expired token). */
  expiresIn?: number;
  /** Signs with another secret, for a token the simulator must refuse. */
  secret?: string;
  /** Claims to add or replace (`undefined` removes one). */
  claims?: Record<string, unknown>;
}

/** Mints real HS256 tokens for the worker's simulator. */
export async function mintToken(spec: TokenSpec): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    iss: APP_ID,
    aud: APP_ID,
    sub: MEET_DOMAIN,
    room: spec.room,
    iat: now - 5,
    exp: now + (spec.expiresIn ?? 3600),
    context: { user: { id: spec.name.toLowerCase(), name: spec.name, affiliation: spec.role } },
    ...spec.claims,
  };
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(spec.secret ?? APP_SECRET));
}

/**
 * A maintainer's hook for driving the e2e flows through a real Jitsi build:
 * `MEETGATE_SIM_EXTERNAL_API=/path/to/external_api.js` makes the simulator serve that file as
 * `/external_api.js` instead of MeetGate's host, and `MEETGATE_SIM_RELEASE=2021` starts it in
 * the 2021 mode (pair it with a 2021-era build). Unset, nothing changes. A spec's own
 * `simulatorOptions` still win.
 */
export function simulatorOptionsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Partial<SimulatorOptions> {
  const options: Partial<SimulatorOptions> = {};
  if (env.MEETGATE_SIM_EXTERNAL_API) options.externalApiFile = env.MEETGATE_SIM_EXTERNAL_API;
  if (env.MEETGATE_SIM_RELEASE) {
    if (!isJitsiRelease(env.MEETGATE_SIM_RELEASE)) throw new Error(`MEETGATE_SIM_RELEASE must be one of ${JITSI_RELEASES.join(', ')}`);
    options.release = env.MEETGATE_SIM_RELEASE;
  }
  return options;
}

/** Test-scoped fixtures. */
export interface MeetGateTestFixtures {
  mintToken: (spec: TokenSpec) => Promise<string>;
}

/** Worker-scoped fixtures. */
export interface MeetGateWorkerFixtures {
  /** Options of the worker's simulator; override with `test.use({ simulatorOptions: {...} })`. */
  simulatorOptions: Partial<SimulatorOptions>;
  simulator: Simulator;
  hostSite: HostSite;
  browser: Browser;
}

/** The `test` of every MeetGate e2e spec. */
export const test = base.extend<MeetGateTestFixtures, MeetGateWorkerFixtures>({
  simulatorOptions: [{}, { scope: 'worker', option: true }],
  simulator: [
    async ({ simulatorOptions }, use) => {
      const simulator = await startSimulator({
        appId: APP_ID,
        appSecret: APP_SECRET,
        domain: MEET_DOMAIN,
        lifetimeMs: 15 * 60_000,
        ...simulatorOptionsFromEnvironment(),
        ...simulatorOptions,
      });
      await use(simulator);
      await simulator.stop();
    },
    { scope: 'worker' },
  ],
  hostSite: [
    async ({}, use) => {
      const site = await startHostSite();
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  browser: [
    async ({ playwright, simulator }, use) => {
      const browser = await playwright.chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgsFor(simulator) });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  mintToken: async ({}, use) => {
    await use(mintToken);
  },
});

/** Saves a screenshot of `page` as `<name>.png` in the test's folder under test-results/ (a CI artifact). */
export async function saveFinalScreen(page: Page, testInfo: TestInfo, name = 'final-screen'): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

export { expect } from '@playwright/test';
