/**
 * meetgate/server — minting Jitsi tokens for host sites: the function, a plain Node endpoint for
 * `/api/meeting-token`, and the `meetgate mint` command. Node only.
 */
export { mintMeetingToken } from './mint.js';
export { createTokenEndpoint, type RoomRequest, type TokenEndpointOptions, type TokenEndpointUser, type TokenServiceOptions } from './endpoint.js';
export { createTokenHandler, type TokenHandlerOptions } from './fetch-endpoint.js';
export { mintCommand, MINT_USAGE } from './cli.js';
export { MintError, isMintError, type MintErrorCode } from './errors.js';
export { buildMeetingLink } from './link.js';
export { LINK_TOKEN_PAGE_HEADERS } from './link-page.js';
export { checkRoomName, isLiteralRoomClaim, MAX_ROOM_NAME_LENGTH, type RoomNameCheck } from './room-name.js';
export { parseDuration, DEFAULT_TTL_SECONDS, MAX_TTL_SECONDS } from './duration.js';
// The deployment doctor (server/doctor) ships in the same entry: `import { diagnoseDeployment } from 'meetgate/server'`.
export * from '../doctor/index.js';
export type {
  DeploymentOptions,
  FeatureFlags,
  MintedToken,
  MintOptions,
  MintUser,
  PrivateKeyInput,
  SigningAlgorithm,
} from './types.js';
