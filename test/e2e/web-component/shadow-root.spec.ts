/**
 * `<meetgate-meeting>` inside a shadow root (a Lit or Stencil app's component, here a declarative
 * one) on a page whose Content-Security-Policy refuses inline styles: its `<style>` is refused
 * there too, and the stylesheet must be adopted by that shadow root — the document's adopted
 * sheets do not reach into it. No meeting is needed (the domain never resolves): the first screen
 * shows whether it is styled.
 */
import { expect, test } from '@playwright/test';
import { adoptedSheets, recordRefusals, refusals, startHostSite, strictPolicy, type HostSite } from '../pages/index.js';
import { webComponentScript } from './element-host/index.js';

let site: HostSite;

test.beforeAll(async () => {
  site = await startHostSite(3 * 60_000);
  site.put('/meetgate-meeting.js', { body: await webComponentScript(), contentType: 'text/javascript' });
});
test.afterAll(() => site.stop());

test('in a shadow root under a strict policy, the element adopts its stylesheet into that shadow root', async ({ page }) => {
  await recordRefusals(page);
  const body =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meeting</title><script src="/meetgate-meeting.js"></script></head>' +
    '<body><div><template shadowrootmode="open"><meetgate-meeting domain="meet.invalid" room="standup"></meetgate-meeting></template></div></body></html>';
  const headers = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': strictPolicy('meet.invalid') };
  await page.goto(site.handle('/shadow.html', (_request, response) => void response.writeHead(200, headers).end(body)));

  // Playwright's locators reach into open shadow roots.
  const component = page.locator('.meetgate');
  await expect(component).toHaveAttribute('data-meetgate-state', /./);
  expect(await refusals(page)).toContain('style-src-elem');
  await expect(component).toHaveCSS('position', 'relative');
  expect(await page.locator('[data-meetgate-live]').boundingBox()).toMatchObject({ width: 1, height: 1 });
  expect(await page.evaluate(() => document.querySelector('div')?.shadowRoot?.adoptedStyleSheets.length)).toBe(1);
  // Nothing of MeetGate's is adopted where it is not used.
  expect(await adoptedSheets(page)).toBe(0);
});
