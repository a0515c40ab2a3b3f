/**
 * `<meetgate-meeting>` inside a shadow root (a Lit or Stencil app's component, here a declarative
 * one) on a page whose Content-Security-Policy refuses inline styles: its `<style>` is refused
 * there too, and the stylesheet must be adopted by that shadow root — the document's adopted
 * sheets do not reach into it. No meeting is needed (the domain never resolves): the first screen
 * shows whether it is styled.
 */
import { expect, type Page, test } from '@playwright/test';
import { adoptedSheets, recordRefusals, refusals, startHostSite, strictPolicy, type HostSite } from '../pages/index.js';
import { webComponentScript } from './element-host/index.js';

let site: HostSite;

test.beforeAll(async () => {
  site = await startHostSite(3 * 60_000);
  site.put('/meetgate-meeting.js', { body: await webComponentScript(), contentType: 'text/javascript' });
});
test.afterAll(() => site.stop());

/** Opens a page whose `<meetgate-meeting>` is in a declarative shadow root, sent with a strict policy. */
async function openInShadowRoot(page: Page, name: string): Promise<void> {
  const body =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meeting</title><script src="/meetgate-meeting.js"></script></head>' +
    '<body><div><template shadowrootmode="open"><meetgate-meeting domain="meet.invalid" room="standup"></meetgate-meeting></template></div></body></html>';
  const headers = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': strictPolicy('meet.invalid') };
  await page.goto(site.handle(`/${name}.html`, (_request, response) => void response.writeHead(200, headers).end(body)));
}

test('in a shadow root under a strict policy, the element adopts its stylesheet into that shadow root', async ({ page }) => {
  await recordRefusals(page);
  await openInShadowRoot(page, 'shadow');

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

test('in a shadow root, meetgate-statechange still reaches a listener on the document, as the element promises', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __states: seen });
    document.addEventListener('meetgate-statechange', (event) => seen.push((event as CustomEvent<{ status: string }>).detail.status));
  });
  await openInShadowRoot(page, 'shadow-events');

  await expect(page.locator('.meetgate')).toHaveAttribute('data-meetgate-state', /./);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __states: string[] }).__states)).toContain('checking');
});
