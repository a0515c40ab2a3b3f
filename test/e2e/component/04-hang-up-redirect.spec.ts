/**
 * Flow 4: hanging up leads to the configured logout page when its origin is allowed; a logout
 * page on an origin that is not allowed is never opened, and the ended screen says so.
 */
import type { ServerResponse } from 'node:http';
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

const SIGNED_OUT_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed out</title></head><body><h1>You left the meeting</h1></body></html>';

/** Serves the portal's signed-out page and counts who came. */
function signedOutPage(hits: string[]) {
  return (request: { url?: string }, response: ServerResponse) => {
    hits.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SIGNED_OUT_HTML);
  };
}

test.describe('hang-up and the logout redirect', () => {
  test('hang-up redirects to the logout URL on an allowed origin', async ({ page, openMeeting, otherSite, simulator }, testInfo) => {
    const room = 'hang-up-allowed';
    const hits: string[] = [];
    const logoutUrl = otherSite.handle('/signed-out', signedOutPage(hits));
    const meeting = await openMeeting({
      room,
      token: await mintToken({ name: 'Ann Owner', role: 'owner', room }),
      logoutUrl: `${logoutUrl}?from=meeting`,
      allowedRedirectOrigins: [otherSite.origin],
    });
    await meeting.expectStatus('in-meeting');
    await meeting.meeting().hangUp();

    await expect(page).toHaveURL(`${logoutUrl}?from=meeting`);
    await expect(page.getByRole('heading', { name: 'You left the meeting' })).toBeVisible();
    expect(hits).toEqual(['/signed-out?from=meeting']);
    await expect.poll(() => simulator.control.participants(room)).toEqual([]);
    await saveFinalScreen(page, testInfo);
  });

  test('a logout URL on an origin that is not allowed is refused, and the ended screen says so', async ({
    page,
    openMeeting,
    otherSite,
    simulator,
  }, testInfo) => {
    const room = 'hang-up-refused';
    const hits: string[] = [];
    const logoutUrl = otherSite.handle('/elsewhere', signedOutPage(hits));
    const meeting = await openMeeting({
      room,
      token: await mintToken({ name: 'Ann Owner', role: 'owner', room }),
      logoutUrl,
      allowedRedirectOrigins: ['https://intranet.example.org'],
    });
    await meeting.expectStatus('in-meeting');
    const hostUrl = page.url();
    await meeting.meeting().hangUp();

    await meeting.expectStatus('ended');
    await expect(meeting.screenTitle).toHaveText('The meeting has ended');
    await expect(meeting.notice).toHaveText(`MeetGate did not open ${otherSite.origin}: it is not on the list of allowed sites.`);
    await expect(meeting.frames).toHaveCount(0);
    await expect(meeting.button('Rejoin')).toBeVisible();
    expect(page.url()).toBe(hostUrl);
    expect(hits).toEqual([]);
    await expect.poll(() => simulator.control.participants(room)).toEqual([]);
    await saveFinalScreen(page, testInfo);
  });
});
