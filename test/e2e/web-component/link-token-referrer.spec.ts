/**
 * Issue 9, item 6, the web component's part. On a page opened with `?jwt=`:
 * - once the one-script-tag component has loaded, nothing the page requests carries a Referer
 *   holding the token (it sets `no-referrer` at once, before the token is even read);
 * - a page served with `LINK_TOKEN_PAGE_HEADERS` (what the README asks of host pages) sends no
 *   Referer even for what the browser fetches before any script runs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, test } from '@playwright/test';
import { LINK_TOKEN_PAGE_HEADERS } from '../../../server/mint/index.js';
import { startHostSite, type HostSite } from '../pages/index.js';
import { webComponentScript } from './element-host/index.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2lnbmF0dXJlLW11c3Qtbm90LWxlYWs';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

let site: HostSite;
const referers = new Map<string, string>();

test.beforeAll(async () => {
  site = await startHostSite(3 * 60_000);
  site.put('/meetgate-meeting.js', { body: await webComponentScript(), contentType: 'text/javascript' });
  for (const [name, type, body] of [
    ['/static.svg', 'image/svg+xml', SVG],
    ['/dynamic.svg', 'image/svg+xml', SVG],
    ['/dynamic.json', 'application/json', '{}'],
  ]) {
    site.handle(name as string, (request: IncomingMessage, response: ServerResponse) => {
      referers.set(name as string, request.headers.referer ?? '');
      response.writeHead(200, { 'content-type': type as string, 'cache-control': 'no-store' }).end(body);
    });
  }
});
test.afterAll(() => site.stop());
test.beforeEach(() => referers.clear());

/** Serves an invitation page, with `headers`, that loads the component and then requests more. */
function invitation(path: string, headers: Record<string, string>): string {
  const body =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Invitation</title><script src="/meetgate-meeting.js"></script></head>' +
    '<body><h1>Your meeting</h1><img src="/static.svg" alt="">' +
    '<script>addEventListener("load", () => { const img = new Image(); img.src = "/dynamic.svg"; document.body.append(img); void fetch("/dynamic.json"); });</script></body></html>';
  return site.handle(path, (_request, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body));
}

const leaks = (): string[] => [...referers].filter(([, referer]) => referer.includes(TOKEN)).map(([name]) => name);

test('after the component loaded, nothing the page requests sends the link token as Referer', async ({ page }) => {
  await page.goto(`${invitation('/plain.html', {})}?jwt=${TOKEN}`);
  await expect.poll(() => referers.has('/dynamic.svg') && referers.has('/dynamic.json')).toBe(true);
  // Compared with the token blanked out, so a failure never prints it.
  expect(referers.get('/dynamic.svg')?.split(TOKEN).join('<token>')).toBe('');
  expect(referers.get('/dynamic.json')?.split(TOKEN).join('<token>')).toBe('');
  expect(await page.evaluate(() => document.querySelector('meta[name="referrer"]')?.getAttribute('content'))).toBe('no-referrer');
});

test('a page served with LINK_TOKEN_PAGE_HEADERS leaks the token to no request at all', async ({ page }) => {
  await page.goto(`${invitation('/guarded.html', LINK_TOKEN_PAGE_HEADERS)}?jwt=${TOKEN}`);
  await expect.poll(() => referers.size).toBe(3);
  expect(leaks()).toEqual([]);
  expect([...referers.values()].map((referer) => referer.split(TOKEN).join('<token>'))).toEqual(['', '', '']);
});
