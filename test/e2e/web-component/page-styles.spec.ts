/**
 * A site's own stylesheet against MeetGate's, for `<meetgate-meeting>`: its `<style>` comes after
 * the page's stylesheets (in the body; or, under a policy refusing inline styles, adopted, which
 * cascades after every sheet of the document), so a page rule of the same specificity used to
 * lose — the site's colours (`--meetgate-accent`… set on the element or on `.meetgate`), its
 * `.meetgate{…}` and even `<meetgate-meeting hidden>` were ignored. Each case runs on a plain page
 * and under a strict policy, with the site's CSS from its own file (which the policy allows).
 */
import { expect, type Page, test } from '@playwright/test';
import { startHostSite, strictPolicy, type HostSite } from '../pages/index.js';
import { webComponentScript } from './element-host/index.js';

/** The site's stylesheet: colours on the element (an ancestor of .meetgate) and on .meetgate itself. */
const SITE_CSS = `
meetgate-meeting{--meetgate-fg:rgb(1, 2, 3);height:25rem}
.meetgate{--meetgate-bg:rgb(4, 5, 6);overflow:visible}
`;

let site: HostSite;

test.beforeAll(async () => {
  site = await startHostSite(3 * 60_000);
  site.put('/meetgate-meeting.js', { body: await webComponentScript(), contentType: 'text/javascript' });
  site.put('/site.css', { body: SITE_CSS, contentType: 'text/css' });
});
test.afterAll(() => site.stop());

/** Opens a page with the site's stylesheet and `elements` (the domain never resolves: no meeting is needed). */
async function openStyledPage(page: Page, name: string, strict: boolean, elements: string): Promise<void> {
  const body =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meeting</title><link rel="stylesheet" href="/site.css">' +
    `<script src="/meetgate-meeting.js"></script></head><body>${elements}</body></html>`;
  const headers = { 'content-type': 'text/html; charset=utf-8', ...(strict ? { 'content-security-policy': strictPolicy('meet.invalid') } : {}) };
  await page.goto(site.handle(`/${name}.html`, (_request, response) => void response.writeHead(200, headers).end(body)));
}

for (const strict of [false, true]) {
  const under = strict ? 'under a strict policy' : 'on a plain page';

  test(`${under}, the site's colours and its .meetgate rule win over MeetGate's defaults`, async ({ page }) => {
    await openStyledPage(page, `colours-${strict}`, strict, '<meetgate-meeting domain="meet.invalid" room="standup"></meetgate-meeting>');
    const component = page.locator('.meetgate');
    await expect(component).toHaveAttribute('data-meetgate-state', /./);
    // MeetGate's own layout is there (its stylesheet applies)…
    await expect(component).toHaveCSS('position', 'relative');
    // …and the site's values win: set on the element (inherited), and on .meetgate itself.
    await expect(component).toHaveCSS('color', 'rgb(1, 2, 3)');
    await expect(component).toHaveCSS('overflow', 'visible');
    const screen = page.locator('.meetgate-screen').first();
    await expect(screen).toHaveCSS('background-color', 'rgb(4, 5, 6)');
  });

  test(`${under}, <meetgate-meeting hidden> is hidden`, async ({ page }) => {
    await openStyledPage(page, `hidden-${strict}`, strict, '<meetgate-meeting hidden domain="meet.invalid" room="standup"></meetgate-meeting>');
    await expect(page.locator('.meetgate')).toHaveAttribute('data-meetgate-state', /./);
    await expect(page.locator('meetgate-meeting')).toBeHidden();
    // Shown again once the attribute goes: a block of the site's height.
    await page.locator('meetgate-meeting').evaluate((element) => element.removeAttribute('hidden'));
    await expect(page.locator('meetgate-meeting')).toHaveCSS('display', 'block');
    expect((await page.locator('meetgate-meeting').boundingBox())?.height).toBe(400);
  });
}
