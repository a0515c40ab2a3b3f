/**
 * compare-host: a real external_api.js and MeetGate's host API through the same scenarios against
 * the simulator (in the release mode named), in Debian's Chromium; prints what differs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { chromium } from 'playwright-core';
import { startSimulator } from '../../server/dev/simulator/index.js';
import { isJitsiRelease } from '../../server/dev/simulator/release.js';
import { BASE_CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium.js';
import { startHostSite } from '../../test/e2e/pages/host-site.js';
import { diffLines, type Change } from './diff.js';
import type { World } from './driver.js';
import { STREAMS, streamsOf, type Stream } from './normalize.js';
import { SCENARIOS } from './scenarios.js';

const DOMAIN = 'meet.meetgate.test';
const APP_ID = 'compare-host';
const APP_SECRET = 'compare-host-secret-0123456789abcdef';

const USAGE =
  'usage: node scripts/compare-host.mjs --real <external_api.js> [--release 2026|2021] [--ours 2026|2021] [--only <scenario words>] [--json <file>]';

/** MeetGate's host as the simulator serves it for `release`, bundled here so any host can meet any meeting release. */
async function oursScript(release: '2026' | '2021'): Promise<Buffer> {
  const entry = release === '2021' ? 'external-api-2021.entry.ts' : 'external-api.entry.ts';
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../../server/dev/simulator/client/${entry}`, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0]?.contents ?? []);
}

/** One difference found. */
interface Finding {
  scenario: string;
  page: string;
  stream: Stream;
  changes: Change[];
}

async function token(spec: { name: string; role: 'owner' | 'member'; room: string; secret?: string }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: APP_ID,
    aud: APP_ID,
    sub: DOMAIN,
    room: spec.room,
    iat: now - 5,
    exp: now + 3600,
    context: { user: { id: spec.name.toLowerCase(), name: spec.name, affiliation: spec.role } },
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(spec.secret ?? APP_SECRET));
}

/** Runs the comparison; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      real: { type: 'string' },
      release: { type: 'string', default: '2026' },
      ours: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const oursRelease = values.ours ?? values.release;
  if (!values.real || !isJitsiRelease(values.release) || !isJitsiRelease(oursRelease)) {
    console.error(USAGE);
    return 2;
  }
  const realScript = await readFile(values.real);
  const simulator = await startSimulator({ appId: APP_ID, appSecret: APP_SECRET, domain: DOMAIN, release: values.release, lifetimeMs: 20 * 60_000 });
  const site = await startHostSite(20 * 60_000);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BASE_CHROMIUM_ARGS, `--host-resolver-rules=${simulator.hostResolverRule}`, `--ignore-certificate-errors-spki-list=${simulator.certificateSpki}`],
  });
  const findings: Finding[] = [];
  const recorded: Record<string, { real: unknown; ours: unknown }> = {};
  let lines = 0;
  let ran = 0;
  try {
    const realUrl = site.put('/real/external_api.js', { body: realScript, contentType: 'text/javascript' });
    // By default MeetGate's host of the meeting's release, as the simulator itself serves it.
    const oursUrl = site.put('/ours/external_api.js', { body: await oursScript(oursRelease), contentType: 'text/javascript' });
    const world = (scriptUrl: string): World => ({ domain: DOMAIN, scriptUrl, serve: site.serve, token, newContext: () => browser.newContext() });
    const scenarios = SCENARIOS.filter((s) => !values.only || s.name.includes(values.only));
    for (const scenario of scenarios) {
      ran++;
      // A fresh deployment for each run, so no participant of one run is still in the room for the next.
      const real = await scenario.run(world(realUrl));
      simulator.control.restart();
      const ours = await scenario.run(world(oursUrl));
      simulator.control.restart();
      for (const page of Object.keys(real.pages)) {
        const a = streamsOf(real.pages[page] ?? [], real.ids);
        const b = streamsOf(ours.pages[page] ?? [], ours.ids);
        recorded[`${scenario.name} — ${page}`] = { real: a, ours: b };
        for (const stream of scenario.streams ?? STREAMS) {
          lines += a[stream].length;
          const changes = diffLines(a[stream], b[stream]);
          if (changes.length) findings.push({ scenario: scenario.name, page, stream, changes });
        }
      }
      console.log(`${findings.some((f) => f.scenario === scenario.name) ? 'DIFFERS' : 'same   '}  ${scenario.name}`);
    }
  } finally {
    await browser.close();
    await site.stop();
    await simulator.stop();
  }
  for (const f of findings) {
    console.log(`\n## ${f.scenario} — ${f.page} — ${f.stream}   (- real, + MeetGate)`);
    for (const c of f.changes) console.log(`${c.side} ${c.line}`);
  }
  const changed = findings.reduce((n, f) => n + f.changes.length, 0);
  console.log(
    `\nmeeting release ${values.release}, MeetGate host ${oursRelease}: ${ran} scenarios, ${lines} lines recorded with the real host, ${changed} differing lines in ${findings.length} streams`,
  );
  if (values.json) await writeFile(values.json, JSON.stringify({ findings, recorded }, null, 2));
  return findings.length ? 1 : 0;
}
