/**
 * meetgate/token — the framework-free core: inspect and verify Jitsi JWTs. Works in Node,
 * browsers and service workers.
 */
export { inspectToken, hasFinding } from './inspect.js';
export { judgeToken } from './judge.js';
export { FINDING_WORDS, wordFinding, type InspectorCode } from './wording.js';
export { verifyToken, type VerificationKey, type VerificationResult } from './verify.js';
export { extractToken, linkTarget, redactToken, MAX_TOKEN_LENGTH } from './extract.js';
export { backendRoomName } from './room.js';
export {
  DEFAULT_PROFILE,
  JITSI_2025_PROFILE,
  JAAS_PROFILE,
  NAMED_PROFILES,
  serverProfile,
  type ServerProfile,
  type SignatureAlgorithm,
} from './profile.js';
export { profileFor } from './inspect.js';
export { readServerProfile, readProfileText, namedProfile, MAX_PROFILE_TEXT, type ProfileInput } from './profile-input.js';
export { FEATURE_NAMES, FEATURE_DEFAULTS, suggestFeature } from './features.js';
export type {
  FeatureName,
  FeatureReport,
  FeatureState,
  Finding,
  FindingCode,
  FindingFacts,
  FindingParams,
  InspectContext,
  RoleReport,
  RoomReport,
  Severity,
  TokenFlavour,
  TokenReport,
  TokenRole,
  TokenUser,
  TokenVerdict,
  ValidityReport,
} from './types.js';
