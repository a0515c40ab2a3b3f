/**
 * The cold-start page of a site that embeds Jitsi with `<SecureMeeting>`: React and MeetGate's
 * entry; MeetGate's meeting runtime (with the SDK) is a chunk of its own, loaded by the entry.
 */
import { createRoot } from 'react-dom/client';
import { SecureMeeting } from '../../components/index.js';
import { startRecording } from './record.js';

const { times, domain, room, root } = startRecording();
times.renderAt = performance.now();
createRoot(root).render(<SecureMeeting domain={domain} roomName={room} token={window.__coldToken} tokenFromLink={false} />);
