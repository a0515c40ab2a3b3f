/**
 * meetgate/token/core — the inspector's core: `judgeToken` tells whether Prosody accepts a token
 * for a room, and why not, as stable codes with their parameters (no words, no holder report).
 * Words for its findings: `wordFinding` from `meetgate/token`; the full report: `inspectToken`.
 */
export { hasFinding, judgeToken } from './judge.js';
export type {
  FindingCode,
  FindingFacts,
  FindingParams,
  InspectContext,
  RoomReport,
  Severity,
  TokenVerdict,
  ValidityReport,
} from './types.js';
export type { ServerProfile, SignatureAlgorithm } from './profile.js';
