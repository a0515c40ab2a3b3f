/** A room: the heading, and the mount point the room script fills with `<SecureMeeting>`. */
import { html, jsonForScript } from '../html.js';
import type { PortalRoom } from '../rooms.js';
import { renderPage, type SignedInView } from './layout.js';

/** What the room script needs; written into the page as JSON (no secrets: the token is fetched). */
export interface RoomPageData {
  room: string;
  title: string;
  /** What `<SecureMeeting domain>` gets: the deployment's host (and port). */
  domain: string;
  /** The same-origin token endpoint. */
  tokenPath: string;
  loginUrl: string;
  logoutUrl: string;
  portalOrigin: string;
  /** `bundled`: the page provides `window.JitsiMeetExternalAPI`; `deployment`: the SDK loads the deployment's script. */
  externalApi: 'bundled' | 'deployment';
  /** Set for the local simulator: where its certificate is accepted, and what the page fetches to see if it was. */
  simulator: { url: string; probeUrl: string } | null;
  ttlSeconds: number;
}

/** Renders the page. */
export function roomPage(view: { user: SignedInView; room: PortalRoom; data: RoomPageData }): string {
  const body = html`<div class="room-head"><h1>${view.room.title}</h1><a href="/rooms">All rooms</a></div>
<div id="meeting" data-testid="meeting-root"><p class="muted">Loading the meeting…</p></div>
<noscript><p class="error">The meeting needs JavaScript.</p></noscript>`;
  return renderPage({ title: view.room.title, body, user: view.user, mainClass: 'room-page', data: jsonForScript(view.data), scripts: ['/assets/room.js'] });
}
