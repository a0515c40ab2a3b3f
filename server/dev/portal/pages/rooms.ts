/** The room list: every room, whether this person may join, and how long its tokens last. */
import { html, type SafeHtml } from '../html.js';
import type { PortalRoom } from '../rooms.js';
import { renderPage, type SignedInView } from './layout.js';

/** What the list shows. */
export interface RoomsView {
  user: SignedInView;
  rooms: readonly { room: PortalRoom; allowed: boolean }[];
  deploymentNote: SafeHtml;
}

function lifetime(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60}-minute tokens` : `${seconds}-second tokens`;
}

/** Renders the page. */
export function roomsPage(view: RoomsView): string {
  const items = view.rooms.map(
    ({ room, allowed }) => html`<li class="card" data-room="${room.name}">
<div><h2>${room.title}</h2><p class="muted">${room.description} <span>(${lifetime(room.ttlSeconds)})</span></p></div>
${allowed ? html`<a class="button" href="/rooms/${encodeURIComponent(room.name)}">Join</a>` : html`<span class="muted">Not for ${view.user.role}s</span>`}</li>`,
  );
  const body = html`<h1>Meeting rooms</h1><p class="muted">${view.deploymentNote}</p>
<ul class="rooms">${items}</ul>
<section class="card"><h2>Things to try</h2><ol class="steps">
<li>Join “Team stand-up” as Olivia (owner) here, and as Max (member) in a private window: Max waits until Olivia is in.</li>
<li>As Olivia, press “Kick Max Member” in the meeting: Max is told who removed him and may sign in again.</li>
<li>Hang up: you are offered to sign out of the portal.</li>
<li>Open “Short tokens”: the token card counts down; a fresh token is fetched a minute before the old one runs out. Press “Drop my connection” in the meeting to watch it rejoin by itself.</li>
<li>Sign in as Gwen (guest): “Board room” is closed to her, on this page and at the token endpoint.</li>
</ol></section>`;
  return renderPage({ title: 'Rooms', body, user: view.user });
}
