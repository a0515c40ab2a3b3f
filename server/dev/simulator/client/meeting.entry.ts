/**
 * Entry of the simulator's meeting page (bundled by esbuild): reads the URL as Jitsi does, opens
 * the IFrame API endpoint towards the embedding page, and runs the meeting session.
 */
import { createMeetingEndpoint } from '../../../../lib/jitsi/endpoint.js';
import { parseMeetingUrl } from '../../../../lib/jitsi/meeting-url.js';
import { SOCKET_PATH } from '../protocol.js';
import { createMeetingSession, type MeetingSession } from './meeting-session.js';
import { createMeetingView } from './meeting-view.js';
import { currentAnnouncer } from './jitsi-events.js';
import { legacyAnnouncer } from './legacy-events.js';
import { answerRequests } from './requests.js';
import { reloadRange, showReloadOverlay } from './page-reload-overlay.js';

function main(): void {
  const location = parseMeetingUrl(window.location);
  const release = document.getElementById('meeting')?.dataset.release === '2021' ? '2021' : '2026';
  // A 2021-era app sends no `ready` (its host calls onload on the iframe's DOM load instead).
  const endpoint = createMeetingEndpoint({ window, announceReady: release === '2026', unknownRequests: release === '2026' ? 'error-result' : 'unanswered' });
  const levels = location.config.apiLogLevels;
  // A 2021 app forwards log lines only with its log collector on (base/logging/middleware.js `_initLogging`).
  const collector = release === '2026' || document.getElementById('meeting')?.dataset.logCollector !== 'off';
  const logErrors = collector && Array.isArray(levels) && levels.includes('error');
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
    announcer: release === '2021' ? legacyAnnouncer((path) => window.location.assign(path), logErrors) : currentAnnouncer(logErrors),
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
  answerRequests(endpoint, active, release);
  // Leaving the page is leaving the meeting, not a dropped connection.
  window.addEventListener('pagehide', () => active.hangup());
  session.start();
}

main();
