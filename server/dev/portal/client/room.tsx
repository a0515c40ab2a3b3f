/**
 * Entry of the room page's script (bundled by esbuild at start). Provides
 * `window.JitsiMeetExternalAPI` from MeetGate's own IFrame API host when the portal says so —
 * then the meeting frame uses it and loads no remote script — and mounts the room.
 */
import { createRoot } from 'react-dom/client';
import { MeetGateExternalAPI } from '../../../../lib/jitsi/index.js';
import { parseRoomPageData } from './page-data.js';
import { RoomApp } from './RoomApp.js';

const mount = document.getElementById('meeting');
const data = parseRoomPageData(document.getElementById('page-data')?.textContent);
if (mount && data) {
  if (data.externalApi === 'bundled') Object.assign(window, { JitsiMeetExternalAPI: MeetGateExternalAPI });
  createRoot(mount).render(<RoomApp data={data} />);
} else if (mount) {
  mount.textContent = 'This page is incomplete; reload it.';
}
