/**
 * The cold-start page of a site that embeds Jitsi with a bare `<JitsiMeeting>` from
 * @jitsi/react-sdk: React and the SDK, nothing of MeetGate's.
 */
import { JitsiMeeting } from '@jitsi/react-sdk';
import { createRoot } from 'react-dom/client';
import { startRecording } from './record.js';

const { times, domain, room, root } = startRecording();
times.renderAt = performance.now();
createRoot(root).render(<JitsiMeeting domain={domain} roomName={room} jwt={window.__coldToken} />);
