/**
 * The meeting page's entry. MV3 forbids remote scripts in extension pages, so the deployment's
 * external_api.js cannot load here: our bundled implementation of Jitsi's IFrame host API goes
 * on `window.JitsiMeetExternalAPI` first, and the meeting frame uses it instead of a script tag.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MeetGateExternalAPI } from '../../lib/jitsi/index.js';
import { MeetingApp } from '../../extension/ui/meeting/MeetingApp.js';
import { readMeetingPageParams } from '../../extension/pages.js';
import '../../extension/ui/shared/base.css';
import '../../extension/ui/meeting/meeting.css';

(window as unknown as { JitsiMeetExternalAPI: unknown }).JitsiMeetExternalAPI = MeetGateExternalAPI;

const root = document.getElementById('root');
const params = readMeetingPageParams(location.search);
if (root) {
  createRoot(root).render(
    <StrictMode>
      {params ? (
        <MeetingApp tokenId={params.tokenId} room={params.room} />
      ) : (
        <p className="mg-meeting-note mg-alert" role="alert">
          This meeting address is incomplete. Open the meeting from MeetGate's toolbar button.
        </p>
      )}
    </StrictMode>,
  );
}
