/**
 * `<meetgate-meeting profile>` in Chromium: the element judges the page's link token by the server
 * profile it is given. The token's `sub` is the web host; on a server whose XMPP domain is
 * `meet.jitsi` with domain verification on (current Jitsi), Prosody refuses it, so the element
 * stops before loading Jitsi; on a server with verification off it goes on to join. A
 * misspelt profile starts nothing and says why in the console.
 */
import { expect, test } from '@playwright/test';
import { startHostSite, type HostSite } from '../pages/index.js';
import { webComponentScript } from './element-host/index.js';

let site: HostSite;
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

test.beforeAll(async () => {
  site = await startHostSite(3 * 60_000);
  site.put('/meetgate-meeting.js', { body: await webComponentScript(), contentType: 'text/javascript' });
});
test.afterAll(() => site.stop());

/** A page with one element carrying `profile`, opened with a link token for room "standup". */
async function openWithProfile(page: import('@playwright/test').Page, name: string, profile: string): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  // Not signed with any real key: the element inspects, it does not verify.
  const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'intranet', aud: 'jitsi', sub: 'meet.example.org', room: 'standup', iat: now - 5, exp: now + 900 })}.c2ln`;
  const body =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meeting</title><script src="/meetgate-meeting.js"></script></head>' +
    `<body><meetgate-meeting domain="meet.example.org" room="standup" profile='${profile}'></meetgate-meeting></body></html>`;
  const path = site.handle(`/${name}.html`, (_request, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body));
  await page.goto(`${path}?jwt=${token}`);
}

const state = (page: import('@playwright/test').Page) => page.locator('meetgate-meeting [data-meetgate-state]').first();

test('the same link token stops on a current-Jitsi profile for meet.jitsi, and goes on with verification off', async ({ page }) => {
  await openWithProfile(page, 'current', '{"domain":"meet.jitsi"}');
  await expect(state(page)).toHaveAttribute('data-meetgate-state', 'invalid-token');
  await expect(page.locator('meetgate-meeting')).toContainText(/meet\.jitsi/);
  expect(await page.locator('iframe').count()).toBe(0);

  await openWithProfile(page, 'older', '{"domain":"meet.jitsi","enable_domain_verification":false}');
  // Past the inspector: it loads Jitsi (which cannot be reached here, so it stays joining or fails later).
  await expect(state(page)).toHaveAttribute('data-meetgate-state', /^(joining|meeting-unavailable)$/);
});

test('a misspelt profile starts nothing and names the mistake in the console', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await openWithProfile(page, 'misspelt', 'jitsi-2062');
  await expect.poll(() => errors.join('\n')).toMatch(/MeetGate <meetgate-meeting>: profile: "jitsi-2062" is neither a named server profile/);
  expect(await page.locator('meetgate-meeting').innerHTML()).toBe('');
});
