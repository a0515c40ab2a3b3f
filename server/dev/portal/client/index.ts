/**
 * The room page's browser code (bundled by esbuild from room.tsx): the token provider on the
 * portal's endpoint, the simulator certificate check, the page settings reader and the React root.
 */
export { createPortalTokenProvider, type FetchLike } from './token-provider.js';
export { canReach, sleepFor, waitUntilReachable, type ProbeFetch, type WaitOptions } from './trust.js';
export { parseRoomPageData } from './page-data.js';
export { RoomApp, type RoomAppProps } from './RoomApp.js';
export { TrustScreen, type TrustScreenProps } from './TrustScreen.js';
