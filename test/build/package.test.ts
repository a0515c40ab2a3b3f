/**
 * The built package (npm run build:lib) as a consumer meets it: Node imports of each entry with
 * no DOM (server-side rendering), declarations for each export, the one-script-tag web
 * component defining its element in a page, and the package as npm would publish it (npm's own
 * manifest checks, and publint's).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeToken, goodClaims, GOOD_CONTEXT } from '../fixtures/tokens.js';

const dist = resolve('dist');
const load = (file: string) => import(pathToFileURL(resolve(dist, file)).href);

beforeAll(() => {
  const result = spawnSync(process.execPath, ['scripts/build-lib.mjs'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}, 120_000);

describe('npm run build:lib', () => {
  it('declares every entry with its types', () => {
    const pkg = JSON.parse(readFileSync(resolve(dist, 'package.json'), 'utf8'));
    for (const [name, target] of Object.entries<{ types: string; default: string } | string>(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : [target.default, target.types];
      for (const file of files) expect(existsSync(resolve(dist, file)), `${name} → ${file}`).toBe(true);
    }
    expect(pkg.peerDependencies).toHaveProperty('react');
  });

  it('meetgate/token works in Node', async () => {
    const { inspectToken } = await load('token.js');
    expect(inspectToken(fakeToken(goodClaims()), GOOD_CONTEXT).usable).toBe(true);
  });

  it('meetgate/token/core judges in Node, and carries no words', async () => {
    const { judgeToken } = await load('token-core.js');
    expect(judgeToken(fakeToken(goodClaims()), GOOD_CONTEXT).usable).toBe(true);
    expect(judgeToken(fakeToken(goodClaims({ room: 'retro' })), GOOD_CONTEXT).findings[0]).toMatchObject({
      code: 'room-mismatch',
      params: { node: 'standup' },
    });
    expect(readFileSync(resolve(dist, 'token-core.js'), 'utf8')).not.toContain('Room and token mismatched');
  });

  it('meetgate imports and renders on the server without a window', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const { SecureMeeting } = await load('index.js');
    const html = renderToString(createElement(SecureMeeting, { domain: 'meet.example.org', roomName: 'standup' }));
    expect(html).toContain('data-meetgate-state="checking"');
  });

  it('meetgate/server mints in Node', async () => {
    const { mintMeetingToken } = await load('server.js');
    const minted = await mintMeetingToken({
      appId: 'myapp',
      secret: 's'.repeat(32),
      domain: 'meet.example.org',
      room: 'standup',
      user: { name: 'Ann' },
      role: 'owner',
    });
    expect(minted.token.split('.')).toHaveLength(3);
  });

  it('the web component bundle defines <meetgate-meeting> from one script tag', () => {
    const dom = new JSDOM('<!doctype html><body><meetgate-meeting domain="meet.example.org" room="standup"></meetgate-meeting></body>', {
      runScripts: 'outside-only',
      url: 'https://portal.example/',
    });
    const script = readFileSync(resolve(dist, 'meetgate-meeting.js'), 'utf8');
    dom.window.eval(script);
    expect(dom.window.customElements.get('meetgate-meeting')).toBeTypeOf('function');
    // It runs on Preact: React DOM 19's client internals are not in it, and nothing is imported later.
    expect(script).not.toContain('__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE');
    expect(script).not.toMatch(/\bimport\(/);
    expect(script.split('\n')[0]).toContain('Preact (MIT License, Copyright (c) 2015-present Jason Miller)');
    dom.window.close();
  });

  it('is published as built: npm corrects nothing in its manifest, and ships the README and the licence', () => {
    // npm 11's publish rewrites what it finds invalid (a `./` bin path: the command would be gone),
    // which `npm pack` does not: so this asks publish itself, dry and offline.
    const result = spawnSync('npm', ['publish', '--dry-run', '--offline', '--json', '--loglevel=warn'], { cwd: dist, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/corrected|invalid|removed/i);
    const files = (JSON.parse(result.stdout) as { meetgate: { files: { path: string }[] } }).meetgate.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'bin/meetgate.js', 'meetgate-meeting.js', 'types/components/web/element.d.ts']),
    );
    expect(files.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('every source map carries its sources, so a debugger shows them from the installed package', () => {
    const maps = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js.map'));
    expect(maps).toEqual(expect.arrayContaining(['index.js.map', 'token.js.map', 'server.js.map', 'meetgate-meeting.js.map']));
    for (const file of maps) {
      const map = JSON.parse(readFileSync(resolve(dist, file), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(map.sources.length, file).toBeGreaterThan(0);
      expect(map.sourcesContent?.filter((content) => typeof content === 'string').length, file).toBe(map.sources.length);
    }
  });

  it('publint finds nothing to fix or suggest', async () => {
    const pkg = JSON.parse(readFileSync(resolve(dist, 'package.json'), 'utf8'));
    const { messages } = await publint({ pkgDir: dist, strict: true });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`)).toEqual([]);
  });
});
