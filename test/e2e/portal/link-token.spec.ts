/**
 * Issue 9, item 6, the portal's part: it takes no link tokens, so a `?jwt=` in a portal address is
 * dropped by a redirect (itself sent with `Referrer-Policy: no-referrer`) before any page loads:
 * no script, image, Referer or navigation-timing entry of a portal page ever holds it.
 */
import { expect, test } from './portal-fixtures.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2lnbmF0dXJlLW11c3Qtbm90LWxlYWs';

test('a ?jwt= in a portal address never reaches a portal page', async ({ browser, demo }) => {
  const page = await browser.newPage();
  const seen: { url: string; referer: string; policy: string | null }[] = [];
  page.on(
    'response',
    (response) =>
      void response
        .request()
        .allHeaders()
        .then((headers) => {
          seen.push({ url: response.url(), referer: headers.referer ?? '', policy: response.headers()['referrer-policy'] ?? null });
        }),
  );
  await page.goto(`${demo.portal.origin}/rooms/team-standup?lang=en&jwt=${TOKEN}`);
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(page.url()).not.toContain(TOKEN);
  const navigation = await page.evaluate(() => performance.getEntriesByType('navigation').map((entry) => entry.name));
  expect(navigation.join(' ')).not.toContain(TOKEN);
  expect(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .join(' '),
    ),
  ).not.toContain(TOKEN);
  expect(seen.find((entry) => entry.url.includes(TOKEN))?.policy).toBe('no-referrer');
  expect(seen.filter((entry) => entry.referer.includes(TOKEN)).map((entry) => entry.url.split(TOKEN).join('<token>'))).toEqual([]);
  await page.close();
});
