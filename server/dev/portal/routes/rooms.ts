/** `GET /rooms` lists the rooms; `GET /rooms/<name>` is a room with the meeting in it. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendPortalPage, signedIn, viewOf, type PortalContext } from '../context.js';
import { html } from '../html.js';
import { redirect } from '../http.js';
import { messagePage } from '../pages/messages.js';
import { roomPage, type RoomPageData } from '../pages/room.js';
import { roomsPage } from '../pages/rooms.js';
import { findRoom, mayJoin, type PortalRoom } from '../rooms.js';
import { TOKEN_PATH } from '../token-route.js';

/** Sends people who are not signed in to the sign-in page, with a way back here. */
function toSignIn(res: ServerResponse, url: URL): void {
  redirect(res, `/login?returnTo=${encodeURIComponent(url.pathname)}`);
}

/** GET /rooms */
export function getRooms(context: PortalContext, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const user = signedIn(context, req);
  if (!user) return toSignIn(res, url);
  sendPortalPage(
    context,
    res,
    200,
    roomsPage({
      user: viewOf(user),
      rooms: context.rooms.map((room) => ({ room, allowed: mayJoin(room, user.person) })),
      deploymentNote: html`${context.meeting.description}`,
    }),
  );
}

/** The room script's settings for one room. */
export function roomData(context: PortalContext, room: PortalRoom): RoomPageData {
  const { meeting } = context;
  return {
    room: room.name,
    title: room.title,
    domain: meeting.domain,
    tokenPath: TOKEN_PATH,
    loginUrl: `${context.origin}/login`,
    logoutUrl: `${context.origin}/logout`,
    portalOrigin: context.origin,
    externalApi: meeting.externalApi,
    simulator: meeting.simulatorUrl ? { url: meeting.simulatorUrl, probeUrl: `${meeting.origin}/external_api.js` } : null,
    ttlSeconds: room.ttlSeconds,
  };
}

/** GET /rooms/<name> */
export function getRoom(context: PortalContext, req: IncomingMessage, res: ServerResponse, url: URL, name: string): void {
  const user = signedIn(context, req);
  if (!user) return toSignIn(res, url);
  const room = findRoom(context.rooms, name);
  if (!room) return sendPortalPage(context, res, 404, messagePage({ title: 'No such room', message: 'This room does not exist.', user: viewOf(user) }));
  if (!mayJoin(room, user.person)) {
    return sendPortalPage(
      context,
      res,
      403,
      messagePage({ title: 'Not for you', message: `“${room.title}” is not open to ${user.person.role}s.`, user: viewOf(user) }),
    );
  }
  const { meeting } = context;
  sendPortalPage(context, res, 200, roomPage({ user: viewOf(user), room, data: roomData(context, room) }), {
    sources: {
      frames: [meeting.origin],
      connect: [meeting.origin],
      scripts: meeting.externalApi === 'deployment' ? [meeting.origin] : [],
    },
  });
}
