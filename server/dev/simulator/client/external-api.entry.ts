/**
 * Entry of the simulator's `/external_api.js` (bundled by esbuild as an IIFE): exposes our
 * MeetGateExternalAPI where a deployment's own script exposes Jitsi's, as `window.JitsiMeetExternalAPI`.
 */
import { MeetGateExternalAPI } from '../../../../lib/jitsi/external-api.js';

(window as unknown as { JitsiMeetExternalAPI: typeof MeetGateExternalAPI }).JitsiMeetExternalAPI = MeetGateExternalAPI;
