/**
 * The meeting runtime: everything `<SecureMeeting>` and `useMeetingSession` need once a session
 * runs — the session controller with the token inspector, the token sources, every state screen
 * past "checking", the token card and the meeting frame. It is loaded with
 * one dynamic `import()` (components/runtime/load.ts) that starts when a meeting first renders in
 * a browser, in parallel with Jitsi's `external_api.js`, so the entry a page downloads before it
 * can render and start the script stays small, and the meeting frame waits for neither.
 */
export { createSessionController } from '../../lib/session/controller.js';
export { buildSources, linkSourceFor } from '../build-sources.js';
export { lazyExtensionTokenSource } from '../extension-source.js';
export { MeetingFrame } from '../MeetingFrame.js';
export { StateScreen } from '../screens/StateScreen.js';
export { announcement } from '../screens/announce.js';
export { TokenCard } from '../card/TokenCard.js';
