/**
 * Extension benchmarks: the popup's gzipped bundle (every script and stylesheet popup.html
 * loads), and the time from opening the popup to the token card shown for a pasted token, in
 * Debian's Chromium with the built extension loaded (median of 25 runs after a warm-up).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { SignJWT } from 'jose';
import { median } from './measure.js';

const RUNS = 25;

/** Files popup.html loads (scripts, preloaded chunks, stylesheets), relative to the build. */
function popupAssets(dir: string): { scripts: string[]; styles: string[] } {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/^\//, ''));
  return {
    scripts: [...refs(/<script[^>]+src="([^"]+)"/g), ...refs(/<link rel="modulepreload"[^>]+href="([^"]+)"/g)],
    styles: refs(/<link rel="stylesheet"[^>]+href="([^"]+)"/g),
  };
}

/** Sum of gzipped sizes (level 9) in bytes. */
function gzipTotal(dir: string, files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}

/** A realistic tokenized link, as a site would mint it. */
async function tokenizedLink(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({
    iss: 'intranet',
    aud: 'jitsi',
    sub: 'meet.example.org',
    room: 'standup',
    iat: now,
    exp: now + 3600,
    context: { user: { name: 'Ann Owner', email: 'ann@example.org', affiliation: 'owner' }, features: { recording: true, livestreaming: false } },
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode('bench-secret-bench-secret-bench!'));
  return `https://meet.example.org/standup?jwt=${token}`;
}

/**
 * In the popup, as soon as the paste field exists: paste `link` (as a person would, through the
 * input event React listens to) and note when the token card is in the DOM. Times are
 * `performance.now()`, i.e. milliseconds since the popup's navigation started.
 */
function pasteAsSoonAsPossible(link: string): void {
  const marks: { pasted?: number; card?: number } = {};
  (window as unknown as { __bench: typeof marks }).__bench = marks;
  const observer = new MutationObserver(() => {
    const field = document.querySelector<HTMLTextAreaElement>('[data-mg="paste"]');
    if (field && marks.pasted === undefined) {
      marks.pasted = performance.now();
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(field, link);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (marks.pasted !== undefined && document.querySelector('[data-mg="token-panel"] .meetgate-card')) {
      marks.card = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Runs the extension benchmarks. */
export async function benchExtension(): Promise<Record<string, number | string>> {
  execFileSync(resolve('node_modules/.bin/wxt'), ['build'], { stdio: 'pipe', timeout: 180_000 });
  const dir = resolve('.output/chrome-mv3');
  const assets = popupAssets(dir);
  const link = await tokenizedLink();

  const profile = mkdtempSync(join(tmpdir(), 'meetgate-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
    const openToCard: number[] = [];
    const pasteToCard: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await context.newPage();
      await page.addInitScript(pasteAsSoonAsPossible, link);
      await page.goto(popupUrl);
      const marks = await page
        .waitForFunction(() => {
          const bench = (window as unknown as { __bench?: Record<string, number> }).__bench;
          return bench?.card !== undefined ? bench : null;
        })
        .then((handle) => handle.jsonValue() as Promise<{ pasted: number; card: number }>);
      if (run > 0) {
        openToCard.push(marks.card);
        pasteToCard.push(marks.card - marks.pasted);
      }
      await page.close();
    }
    return {
      'popup JS, gzipped (KB)': +(gzipTotal(dir, assets.scripts) / 1024).toFixed(1),
      'popup CSS, gzipped (KB)': +(gzipTotal(dir, assets.styles) / 1024).toFixed(1),
      [`popup open → token card, median of ${RUNS} (ms)`]: +median(openToCard).toFixed(1),
      [`paste → token card, median of ${RUNS} (ms)`]: +median(pasteToCard).toFixed(1),
      'popup open → token card, slowest (ms)': +Math.max(...openToCard).toFixed(1),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
