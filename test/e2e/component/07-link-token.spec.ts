/**
 * Flow 7: a token in the host page's link (`?jwt=`) is used, and at once removed from the address
 * bar and from the history entry: it is not in `location.href`, not sent as Referer, and going
 * back does not bring it back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, MEET_DOMAIN, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test('?jwt= in the link joins, and the token is gone from the address bar, the Referer and the history', async ({
  page,
  openMeeting,
  hostSite,
  hostPage,
}, testInfo) => {
  const room = 'link-token';
  const token = await mintToken({ name: 'Lin Link', role: 'owner', room });
  const referers: string[] = [];
  hostSite.handle('/next-page', (request: IncomingMessage, response: ServerResponse) => {
    referers.push(request.headers.referer ?? '');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="en"><title>Next</title><h1>Next page</h1></html>');
  });
  // As an invitation e-mail would have it: the token in the middle of the page's own parameters.
  const meeting = await openMeeting({ room, link: `&jwt=${token}&lang=en` });

  await meeting.expectStatus('in-meeting');
  await expect(meeting.tokenCard.locator('.meetgate-card-name')).toHaveText('Lin Link');
  const joined = await meeting.states();
  expect(joined.find((s) => s.state.status === 'in-meeting')?.state).toMatchObject({ token: { source: 'link' } });

  // Addresses are compared with the token blanked out, so a failure message never prints it.
  const redact = (url: string): string => url.split(token).join('<token>');
  const href = `${hostPage.url({ room, domain: MEET_DOMAIN })}&lang=en`;
  expect(redact(await page.evaluate(() => window.location.href))).toBe(href);
  expect(redact(page.url())).toBe(href);
  // The tab's blank start page and this page, rewritten in place (replaceState): no entry pushed.
  expect(await page.evaluate(() => window.history.length)).toBe(2);

  await page.evaluate(() => window.location.assign('/next-page'));
  await expect(page.getByRole('heading', { name: 'Next page' })).toBeVisible();
  expect(referers.map(redact)).toEqual([href]);

  // Every entry of the history, walked back: the next page, this page without the token, the blank start.
  expect(await page.evaluate(() => window.history.length)).toBe(3);
  await page.goBack();
  expect(redact(page.url())).toBe(href);
  expect(redact(await page.evaluate(() => window.location.href))).toBe(href);
  await page.goBack();
  expect(page.url()).toBe('about:blank');
  await page.goForward();
  expect(redact(page.url())).toBe(href);
  hostSite.handle('/next-page', null);
  await saveFinalScreen(page, testInfo);
});
