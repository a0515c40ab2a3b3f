/**
 * Addresses of the extension's own pages. The meeting page is given a wallet token's id and the
 * room; the token itself never appears in an address.
 */
import { isValidRoomName } from '../lib/deployments/index.js';

/** The meeting page for a wallet token and a room. */
export function meetingPageUrl(extensionOrigin: string, tokenId: string, room: string): string {
  const url = new URL('/meeting.html', extensionOrigin);
  url.searchParams.set('t', tokenId);
  url.searchParams.set('room', room);
  return url.href;
}

/** What the meeting page was opened for, or null when its address is not one we build. */
export function readMeetingPageParams(search: string): { tokenId: string; room: string } | null {
  const params = new URLSearchParams(search);
  const tokenId = params.get('t') ?? '';
  const room = params.get('room') ?? '';
  return /^[A-Za-z0-9-]{1,64}$/.test(tokenId) && isValidRoomName(room) ? { tokenId, room } : null;
}
