/**
 * meetgate/simulator — a local, honest stand-in for a token-secured Jitsi deployment: HTTPS on
 * loopback, Jitsi's real IFrame API protocol, Prosody's token rules and the seeds' moderation.
 */
export { startSimulator, type Simulator } from './simulator.js';
export { simulateCommand } from './cli.js';
export { spkiHash } from './certificate.js';
export type { SimulatorOptions } from './options.js';
export type { SimulatorControl } from './control.js';
export type { RoomSnapshot } from './rooms.js';
export type { ParticipantSnapshot } from './participant.js';
export { checkConnectionToken, type TokenCheck, type TokenRefusal, type TokenSession } from './prosody-token.js';
export { affiliationOf, mayEnterRoom, roomNode, roomTarget, ROOM_MISMATCH_TEXT, type Affiliation, type RoomTarget } from './room-rules.js';
