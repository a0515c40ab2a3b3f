/**
 * MeetGate as a site installs it: `npm pack` of the built package, installed from the tarball into
 * fresh projects in a temporary folder outside the repository (nothing of this repository's
 * node_modules is visible there), then used as the README says:
 *  - a React 19 and a React 18 app bundle `<SecureMeeting>` (esbuild and Vite, code-split as a
 *    consumer's bundler does: the meeting runtime is a chunk of its own) and render it in Chromium; both
 *    render it on the server with react-dom/server in plain Node (the "checking" screen);
 *  - a TypeScript consumer type-checks with moduleResolution bundler, node16 and node10 (the old "node");
 *  - `meetgate/token`, `meetgate/token/core` and `meetgate/server` work from plain Node, imported
 *    and (Node 20.19+) required;
 *  - a Next.js (App Router) site, built with Turbopack and with webpack, renders `<SecureMeeting>`
 *    from a Server Component (`next build`, `next start`, the server's HTML and the hydrated page
 *    in Chromium), serves tokens from a route handler made with `createTokenHandler`, and a client
 *    component's tokenProvider uses it;
 *  - the TypeScript consumer also types `<meetgate-meeting>` and its event from the script's declarations;
 *  - `npx meetgate inspect | mint | simulate | doctor` run the compiled CLI (no tsx installed at all).
 * One npm cache, offline preferred: after the first run only react@18 may need the registry.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.js';

const REPO = resolve('.');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const TEMPLATE = resolve('test/build/consumer');
const NEXT_TEMPLATE = resolve('test/build/consumer-next');
const TSC = resolve('node_modules/typescript/bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'meetgate-consumer-'));
const NEXT_APP = join(work, 'next');
/** Next.js, asked not to phone home. */
const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: '1', CONSUMER_SECRET: 'consumer-secret-0123456789abcdef0123' };
const APPS = {
  react19: { react: '^19', extra: ['@types/react@^19', '@types/node@^20'] },
  react18: { react: '^18', extra: [] as string[] },
};
type App = keyof typeof APPS;
const dir = (app: App) => join(work, app);

/** Runs a command; its output, and the failure with its output when it fails. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const npm = (args: string[], cwd: string) =>
  run('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], cwd, { npm_config_update_notifier: 'false' });

beforeAll(() => {
  run(process.execPath, ['scripts/build-lib.mjs', '--out', join(work, 'package')], REPO);
  const tarball = npm(['pack', '--pack-destination', work], join(work, 'package')).trim().split('\n').at(-1) ?? '';
  for (const [app, { react, extra }] of Object.entries(APPS)) {
    cpSync(TEMPLATE, dir(app as App), { recursive: true });
    writeFileSync(join(dir(app as App), 'package.json'), JSON.stringify({ name: `consumer-${app}`, private: true, type: 'module' }));
    npm(['install', join(work, tarball), `react@${react}`, `react-dom@${react}`, ...extra], dir(app as App));
  }
  // A Next.js site (App Router, JavaScript: no TypeScript for Next to install on its own).
  cpSync(NEXT_TEMPLATE, NEXT_APP, { recursive: true });
  writeFileSync(join(NEXT_APP, 'package.json'), JSON.stringify({ name: 'consumer-next', private: true, type: 'module' }));
  npm(['install', join(work, tarball), 'next@^16', 'react@^19', 'react-dom@^19'], NEXT_APP);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The first match of `pattern`'s group in a started child's standard output (a server's address), within 30 s. */
function announced(child: ChildProcessWithoutNullStreams, pattern: RegExp, name: string): Promise<string> {
  return new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match?.[1]) done(match[1]);
    });
    child.on('exit', (code) => fail(new Error(`${name} exited (${code}): ${out}`)));
    setTimeout(() => fail(new Error(`${name} did not start: ${out}`)), 30_000);
  });
}

/**
 * The consumer app as a site's bundler ships it, minified for production: path → code. The meeting
 * runtime, behind the package's dynamic import(), must come out as a chunk of its own.
 */
async function bundle(tool: 'esbuild' | 'vite', app: App): Promise<Map<string, string>> {
  const define = { 'process.env.NODE_ENV': '"production"' };
  if (tool === 'vite') {
    // Vite resolves 'meetgate' and React from the consumer's node_modules (its root), as in a site's build.
    const built = await viteBuild({
      root: dir(app),
      configFile: false,
      logLevel: 'silent',
      define,
      // Vite takes a production build from NODE_ENV, which Vitest sets to "test": JSX would compile
      // for React's development runtime (jsxDEV), which production React lacks.
      oxc: { jsx: { development: false } },
      build: { write: false, modulePreload: false, rollupOptions: { input: join(dir(app), 'app.tsx'), output: { entryFileNames: '[name].js' } } },
    });
    const outputs = (Array.isArray(built) ? built : [built]).flatMap((result) => ('output' in result ? result.output : []));
    return new Map(outputs.flatMap((file) => (file.type === 'chunk' ? [[`/${file.fileName}`, file.code] as const] : [])));
  }
  const bundled = await build({
    entryPoints: ['app.tsx'],
    absWorkingDir: dir(app),
    outdir: '/site',
    bundle: true,
    splitting: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    minify: true,
    define,
    logLevel: 'silent',
  });
  return new Map(bundled.outputFiles.map((file) => [file.path.replace(/^\/site/, ''), file.text]));
}

describe('the packed tarball, installed into fresh projects', () => {
  it('installs the compiled package only: no TypeScript sources, no tsx, no esbuild', () => {
    const installed = join(dir('react19'), 'node_modules');
    for (const absent of ['tsx', 'esbuild', 'typescript']) expect(existsSync(join(installed, absent)), absent).toBe(false);
    const files = readdirSync(join(installed, 'meetgate'), { recursive: true }).map(String);
    expect(files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it.each(['react19', 'react18'] as App[])('%s: renders <SecureMeeting> on the server with react-dom/server', (app) => {
    const { react, html } = JSON.parse(run(process.execPath, ['ssr.mjs'], dir(app)));
    expect(react.split('.')[0]).toBe(APPS[app].react.slice(1));
    expect(html).toContain('data-meetgate-state="checking"');
    expect(html).toContain('data-meetgate-screen="checking"');
    expect(html).toContain('Checking your sign-in');
  });

  it.each(['esbuild', 'vite'] as const)(
    'bundles (code-split, %s) and renders <SecureMeeting> with React 19 and React 18 in Chromium',
    async (tool) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BASE_CHROMIUM_ARGS });
      try {
        for (const app of Object.keys(APPS) as App[]) {
          const files = await bundle(tool, app);
          expect(files.size, app).toBeGreaterThan(1);
          const page = await browser.newPage();
          const errors: string[] = [];
          const fetched: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          await page.route('http://consumer.test/**', (route) => {
            const path = new URL(route.request().url()).pathname;
            fetched.push(path);
            if (path === '/')
              return route.fulfill({
                contentType: 'text/html',
                body: '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>',
              });
            const body = files.get(path);
            return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ contentType: 'text/javascript', body });
          });
          await page.goto('http://consumer.test/');
          const screen = page.locator('[data-meetgate-screen]:not([data-meetgate-screen="checking"])');
          await screen.waitFor({ timeout: 15_000 });
          expect(await screen.getAttribute('data-meetgate-screen'), app).toBe('needs-token');
          expect(await page.locator('body').getAttribute('data-react-version'), app).toMatch(new RegExp(`^${APPS[app].react.slice(1)}\\.`));
          // Every file of the bundle but the extension bridge (asked only by tokenSource="extension") was loaded.
          expect(fetched.filter((path) => path.endsWith('.js')).sort(), app).toEqual(
            [...files.keys()].filter((path) => !/(^|\/)client-[^/]*$/.test(path)).sort(),
          );
          expect(errors, app).toEqual([]);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it.each(['bundler', 'node16', 'node10'])(
    'type-checks a TypeScript consumer with moduleResolution %s',
    (resolution) => {
      run(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`], dir('react19'));
    },
    60_000,
  );

  it('imports meetgate/server, meetgate/token and meetgate/token/core in plain Node', () => {
    const result = JSON.parse(run(process.execPath, ['subpaths.mjs'], dir('react19')));
    expect(result).toEqual({
      usable: true,
      role: 'owner',
      room: 'team%20standup',
      verified: 'verified',
      core: {
        usable: false,
        code: 'room-mismatch',
        node: 'retro',
        message: 'The token is for room "team%20standup", not "retro". Prosody: "Room and token mismatched".',
      },
    });
  });

  it('require() loads the framework-free entries too (require(esm), Node 20.19 and later)', () => {
    const script =
      "const { inspectToken } = require('meetgate/token'); const { judgeToken } = require('meetgate/token/core'); const { mintMeetingToken } = require('meetgate/server'); console.log(JSON.stringify([inspectToken('x').usable, judgeToken('x').findings[0].code, typeof mintMeetingToken]))";
    expect(JSON.parse(run(process.execPath, ['-e', script], dir('react19')))).toEqual([false, 'malformed', 'function']);
  });

  it('npx meetgate mint, then inspect the minted token (signature checked)', () => {
    const env = { CONSUMER_SECRET: 'consumer-secret-0123456789abcdef0123' };
    const mintArgs = [
      '--no-install',
      'meetgate',
      'mint',
      '--app-id',
      'myapp',
      '--secret-env',
      'CONSUMER_SECRET',
      '--domain',
      'meet.example.org',
      '--room',
      'standup',
      '--name',
      'Ann',
      '--role',
      'owner',
      '--ttl',
      '10m',
    ];
    const token = run('npx', mintArgs, dir('react19'), env).trim();
    expect(token.split('.')).toHaveLength(3);
    const inspectArgs = [
      '--no-install',
      'meetgate',
      'inspect',
      token,
      '--domain',
      'meet.example.org',
      '--room',
      'standup',
      '--issuer',
      'myapp',
      '--secret-env',
      'CONSUMER_SECRET',
    ];
    const report = run('npx', inspectArgs, dir('react19'), env);
    expect(report).toContain('Ann');
    expect(report).not.toContain(token);
  });

  it('npx meetgate doctor reads a Prosody config (Lua) and judges a token as that deployment will', () => {
    const config = [
      'VirtualHost "meet.example.org"',
      '    authentication = "token"',
      '    app_id = "myapp"',
      '    app_secret = "short"',
      'Component "conference.meet.example.org" "muc"',
      '    modules_enabled = { "token_verification" }',
      '',
    ].join('\n');
    writeFileSync(join(dir('react19'), 'meet.cfg.lua'), config);
    const result = spawnSync('npx', ['--no-install', 'meetgate', 'doctor', '--prosody', 'meet.cfg.lua', '--token', 'not.a.token', '--json'], {
      cwd: dir('react19'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    // Status 1: the token is unusable; the config itself has a warning only.
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { check: string; line: number }[]; profile: { app_id: string }; tokens: unknown[] };
    expect(report.findings).toContainEqual(expect.objectContaining({ check: 'app-secret-short', line: 4 }));
    expect(report.profile.app_id).toBe('myapp');
    expect(report.tokens).toHaveLength(1);
  });

  it('npx meetgate --version prints the installed version; --help the commands', () => {
    expect(run('npx', ['--no-install', 'meetgate', '--version'], dir('react19')).trim()).toBe(VERSION);
    expect(run('npx', ['--no-install', 'meetgate', '--help'], dir('react19'))).toMatch(/^Usage: meetgate <command>[\s\S]*doctor/);
  });

  // Next.js 16 builds with Turbopack unless asked for webpack, which many sites still use (and which
  // other webpack-based frameworks share). One after the other: both write to the site's `.next`.
  it.each([
    ['Turbopack', []],
    ['webpack', ['--webpack']],
  ])(
    'a Next.js site (%s): <SecureMeeting> in a Server Component page, its token route with createTokenHandler, a client tokenProvider',
    async (_bundler, flags) => {
      // Without the package's "use client", `next build` fails here: "useState is not a function".
      run('npx', ['--no-install', 'next', 'build', ...flags], NEXT_APP, NEXT_ENV);
      const server = spawn('npx', ['--no-install', 'next', 'start', '-H', '127.0.0.1', '-p', '0'], {
        cwd: NEXT_APP,
        detached: true,
        env: { ...process.env, ...NEXT_ENV },
      });
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BASE_CHROMIUM_ARGS });
      try {
        const url = await announced(server, /Local:\s+(http:\/\/\S+)/, 'next start');
        // Rendered on the server: the checking screen, and the server's own verdict from meetgate/token/core.
        const html = await (await fetch(url)).text();
        expect(html).toContain('data-meetgate-state="checking"');
        expect(html).toContain('data-server-verdict="malformed"');
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(url);
        // Hydrated: the session ran in the browser and, with no token anywhere, asks to sign in.
        await page.locator('[data-meetgate-screen="needs-token"]').waitFor({ timeout: 15_000 });
        expect(errors).toEqual([]);

        // The site's token endpoint, a route handler with createTokenHandler: signed in, not, another site.
        const endpoint = new URL('api/meeting-token?room=Team%20Standup', url);
        const signedIn = await fetch(endpoint, { headers: { cookie: 'session=ann' } });
        expect([signedIn.status, signedIn.headers.get('cache-control')]).toEqual([200, 'no-store']);
        const { token } = (await signedIn.json()) as { token: string };
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        expect([claims.room, claims.context.user.name]).toEqual(['team%20standup', 'Ann Owner']);
        expect((await fetch(endpoint)).status).toBe(401);
        expect((await fetch(endpoint, { headers: { cookie: 'session=ann', origin: 'https://evil.test' } })).status).toBe(403);

        // A client component's tokenProvider fetches it in the browser: the token is checked and the
        // meeting starts (the deployment, meet.example.org, is not reachable from here: so it says).
        await page.context().addCookies([{ name: 'session', value: 'ann', url }]);
        await page.goto(new URL('meeting', url).href);
        await page.locator('[data-meetgate-failure="unreachable"]').waitFor({ timeout: 20_000 });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        if (server.pid) process.kill(-server.pid, 'SIGTERM');
      }
    },
    120_000,
  );

  it('npx meetgate simulate serves a deployment, with its external_api.js built in', async () => {
    const child = spawn('npx', ['--no-install', 'meetgate', 'simulate', '--port', '0', '--app-secret', 'consumer-secret-0123456789abcdef0123'], {
      cwd: dir('react19'),
      detached: true,
    });
    try {
      const url = await announced(child, /listening on (https:\/\/\S+)/, 'meetgate simulate');
      const script = await new Promise<{ status: number; body: string }>((done, fail) => {
        // The simulator's own self-signed certificate, made at start; the address is loopback.
        request(new URL('external_api.js', url), { rejectUnauthorized: false }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => done({ status: response.statusCode ?? 0, body }));
        })
          .on('error', fail)
          .end();
      });
      expect(script.status).toBe(200);
      expect(script.body).toContain('JitsiMeetExternalAPI');
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  }, 30_000);
});
