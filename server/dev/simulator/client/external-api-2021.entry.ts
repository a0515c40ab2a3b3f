/**
 * Entry of the simulator's `/external_api.js` in its 2021 mode: MeetGateExternalAPI behaving like a
 * 2020–21 Jitsi build's own host script (lib/jitsi/host-2021.ts: its shorter event table, no
 * `ready`, `onload` on the iframe's DOM load), exposed as `window.JitsiMeetExternalAPI`.
 */
import { MeetGateExternalAPI } from '../../../../lib/jitsi/external-api.js';

(window as unknown as { JitsiMeetExternalAPI: typeof MeetGateExternalAPI }).JitsiMeetExternalAPI = MeetGateExternalAPI.forRelease('2021');
