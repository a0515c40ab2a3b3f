/**
 * Entry of the simulator's meeting page (bundled by esbuild): reads the URL as Jitsi does, opens
 * the IFrame API endpoint towards the embedding page, and runs the meeting session.
 */
import { createMeetingEndpoint } from '../../../lib/jitsi/endpoint.js';
import { parseMeetingUrl } from '../../../lib/jitsi/meeting-url.js';
import { SOCKET_PATH } from '../protocol.js';
import { createMeetingSession, type MeetingSession } from './meeting-session.js';
import { createMeetingView } from './meeting-view.js';
import { reloadRange, showReloadOverlay } from './page-reload-overlay.js';

function main(): void {
  const location = parseMeetingUrl(window.location);
  const endpoint = createMeetingEndpoint({ window });
  let session: MeetingSession | null = null;
  const view = createMeetingView(document, {
    onHangup: () => session?.hangup(),
    onEnd: () => session?.endMeeting(),
    onKick: (id) => session?.kick(id),
    onDrop: () => session?.dropConnection(),
  });
  view.setRoom(location.tenant ? `${location.tenant}/${location.room}` : location.room);
  if (!location.room) {
    view.setState('failed', 'No room in the address.');
    return;
  }
  session = createMeetingSession({
    location,
    endpoint,
    view,
    openSocket: () => new WebSocket(`wss://${window.location.host}${SOCKET_PATH}`),
    setTimeout: (handler, ms) => window.setTimeout(handler, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
    onFatal: () =>
      showReloadOverlay({
        doc: document,
        range: reloadRange(document.getElementById('meeting')?.dataset.reloadSeconds),
        reload: () => window.location.reload(),
        setInterval: (handler, ms) => window.setInterval(handler, ms),
        random: Math.random,
      }),
  });
  const active = session;
  endpoint.onCommand('video-hangup', () => active.hangup());
  endpoint.onCommand('kick-participant', (id) => typeof id === 'string' && active.kick(id));
  endpoint.onCommand('end-conference', () => active.endMeeting());
  // The simulator carries no media: everything is muted, nothing is moderated.
  endpoint.onRequest('is-audio-muted', () => true);
  endpoint.onRequest('is-video-muted', () => true);
  endpoint.onRequest('is-moderation-on', () => false);
  endpoint.onRequest('session-id', () => active.selfId ?? '');
  endpoint.onRequest('deployment-info', () => ({ shard: 'simulator', region: 'loopback', userRegion: 'loopback' }));
  endpoint.onRequest('rooms-info', () => ({
    rooms: [
      {
        isMainRoom: true,
        id: location.room.toLowerCase(),
        participants: active.people().map((p) => ({ id: p.id, displayName: p.displayName, role: p.role, avatarUrl: p.avatarURL })),
      },
    ],
  }));
  // Leaving the page is leaving the meeting, not a dropped connection.
  window.addEventListener('pagehide', () => active.hangup());
  session.start();
}

main();
