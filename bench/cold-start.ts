/**
 * Cold render → meeting frame, `<SecureMeeting>` against a bare `<JitsiMeeting>` with the same
 * token, side by side in real Chromium against the local simulator. Each is its own page, built
 * as a site ships it (the JitsiMeeting page carries React and the SDK only; the SecureMeeting page
 * React and MeetGate's entry, its runtime chunk a request of its own): each run is a fresh
 * browser context (empty cache, new connections), alternating A B A B; medians of render →
 * script element added and render → iframe in the DOM, and the median of the per-pair ratios
 * (target <= 1.1x). It runs twice: on loopback as it is (no network time at all, so only
 * main-thread work counts: the strictest case) and with every request of both pages 40 ms
 * longer (Chromium's network emulation, bandwidth unlimited), as a deployment reached over the
 * internet. `COLD_RUNS=31` runs more pairs; `COLD_RTT=20` sets the second run's round trip;
 * `COLD_DEBUG=1` prints each run's times, its `performance.mark`s and its resource timings.
 */
import { chromium, type Browser } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { mintMeetingToken } from '../server/mint/index.js';
import { startSimulator } from '../server/dev/simulator/index.js';
import { BASE_CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.js';
import { startHostSite } from '../test/e2e/pages/host-site.js';
import { COLD_DONE, type ColdTimes } from './cold/record.js';
import { interleaved, median } from './measure.js';

const DOMAIN = 'meet.meetgate.test';
const APP_ID = 'meetgate-bench';
const APP_SECRET = 'meetgate-bench-secret-0123456789abcdef';
const ROOM = 'cold-room';
const RUNS = Number(process.env.COLD_RUNS ?? 15);
/** The round trip the second run adds to every request. */
export const COLD_RTT_MS = Number(process.env.COLD_RTT ?? 40);

type Mode = 'jitsi' | 'secure';

/** The page of one mode: the same markup, its own script. */
const html = (mode: Mode): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cold</title></head><body><div id="root" style="height:100vh"></div><script type="module" src="/cold/${mode}/page.js"></script></body></html>`;

/**
 * One mode's scripts, production React, minified and code-split by Vite as a site ships them: the
 * page and the chunks it loads with `import()` (MeetGate's meeting runtime), each served as its
 * own file under /cold/<mode>/, so a lazy chunk costs its real request. (Vite, not esbuild: esbuild
 * moves code the page shares with a lazy chunk into a third chunk the page must fetch before it
 * can run, a round trip no Vite or Rollup build has.)
 */
async function pageScripts(mode: Mode): Promise<Map<string, string>> {
  const built = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      target: 'chrome110',
      rollupOptions: {
        input: { page: `bench/cold/${mode}-page.tsx` },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]).flatMap((result) => ('output' in result ? result.output : []));
  return new Map(outputs.flatMap((file) => (file.type === 'chunk' ? [[`/cold/${mode}/${file.fileName}`, file.code] as const] : [])));
}

/** The page's user-timing marks and resource timings, one line each (printed with COLD_DEBUG=1). */
function timeline(): string[] {
  const marks = performance.getEntriesByType('mark').map((mark) => `${mark.name}@${mark.startTime.toFixed(1)}`);
  const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
    (entry) => `${entry.name.replace(/^.*\//, '').slice(0, 24)} ${entry.startTime.toFixed(1)}-${entry.responseEnd.toFixed(1)}`,
  );
  return [marks.join(' '), resources.join(' | ')];
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** Runs the section, each request `rttMs` longer (0: loopback as it is), and returns its numbers. */
export async function benchColdStart(rttMs = 0): Promise<Record<string, number | string>> {
  const simulator = await startSimulator({ appId: APP_ID, appSecret: APP_SECRET, domain: DOMAIN, lifetimeMs: 10 * 60_000, waitForHost: false });
  const site = await startHostSite(10 * 60_000);
  let browser: Browser | null = null;
  try {
    const pages = {} as Record<Mode, string>;
    for (const mode of ['jitsi', 'secure'] as const) {
      for (const [path, body] of await pageScripts(mode)) site.put(path, { body, contentType: 'text/javascript; charset=utf-8' });
      pages[mode] = site.put(`/cold/${mode}/index.html`, { body: html(mode), contentType: 'text/html; charset=utf-8' });
    }
    const { token } = await mintMeetingToken({
      appId: APP_ID,
      secret: APP_SECRET,
      domain: DOMAIN,
      room: ROOM,
      user: { name: 'Bench' },
      role: 'owner',
      ttl: '1h',
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        ...BASE_CHROMIUM_ARGS,
        `--host-resolver-rules=${simulator.hostResolverRule}`,
        `--ignore-certificate-errors-spki-list=${simulator.certificateSpki}`,
      ],
    });
    const open = browser;
    const seen: Record<Mode, Required<ColdTimes>[]> = { jitsi: [], secure: [] };
    /** One cold load in a fresh context; returns render → iframe (ms). */
    const cold = async (mode: Mode): Promise<number> => {
      const context = await open.newContext();
      try {
        await context.addInitScript((secret) => (window.__coldToken = secret), token);
        const tab = await context.newPage();
        if (rttMs > 0) {
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: rttMs, downloadThroughput: -1, uploadThroughput: -1 });
        }
        const done = tab.waitForEvent('console', { predicate: (message) => message.text().startsWith(COLD_DONE), timeout: 30_000 });
        await tab.goto(`${pages[mode]}?domain=${DOMAIN}&room=${ROOM}`, { waitUntil: 'commit' });
        const times = JSON.parse((await done).text().slice(COLD_DONE.length + 1)) as Required<ColdTimes>;
        seen[mode].push(times);
        if (process.env.COLD_DEBUG) console.log(mode, JSON.stringify(times), await tab.evaluate(timeline));
        return times.iframeAt - times.renderAt;
      } finally {
        await context.close();
      }
    };
    const result = await interleaved(
      () => cold('jitsi'),
      () => cold('secure'),
      RUNS,
      2,
    );
    /** Median of render → `mark` over the timed runs (the warm-up pairs left out). */
    const at = (mode: Mode, mark: keyof ColdTimes): string => ms(median(seen[mode].slice(2).map((t) => (t[mark] ?? NaN) - t.renderAt)));
    /** Median of navigation start (the page's time origin) → iframe, warm-up pairs left out. */
    const fromStart = (mode: Mode): number => median(seen[mode].slice(2).map((t) => t.iframeAt));
    return {
      [`<JitsiMeeting> render → external_api.js added, median of ${RUNS}`]: at('jitsi', 'scriptAt'),
      '<SecureMeeting> render → external_api.js added': at('secure', 'scriptAt'),
      '<JitsiMeeting> render → external_api.js run': at('jitsi', 'apiAt'),
      '<SecureMeeting> render → external_api.js run': at('secure', 'apiAt'),
      '<SecureMeeting> render → token checked, meeting frame mounted': at('secure', 'frameAt'),
      [`<JitsiMeeting> cold render → meeting iframe, median of ${RUNS}`]: ms(result.a),
      '<SecureMeeting> cold render → meeting iframe': ms(result.b),
      'SecureMeeting vs JitsiMeeting, median ratio (target <= 1.1x)': `${result.ratio.toFixed(2)}x`,
      // What a visitor waits for in all, each page's own script included, beside the
      // render-relative target above (which it does not replace).
      '<JitsiMeeting> navigation → meeting iframe': ms(fromStart('jitsi')),
      '<SecureMeeting> navigation → meeting iframe': ms(fromStart('secure')),
      'navigation → iframe, ratio of the medians': `${(fromStart('secure') / fromStart('jitsi')).toFixed(2)}x`,
    };
  } finally {
    await browser?.close();
    await site.stop();
    await simulator.stop();
  }
}
