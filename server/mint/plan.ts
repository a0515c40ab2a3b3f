/**
 * Turns mint options into the claims to sign and the context to judge them in. Pure: no keys,
 * no clock unless `now` is left out.
 */
import type { InspectContext } from '../../lib/token/index.js';
import { MintError } from './errors.js';
import { jaasDefaultFeatures, normalizeFeatures } from './features.js';
import { resolvePlacement, type Placement } from './placement.js';
import { checkRoomName } from './room-name.js';
import { resolveTimes, type TokenTimes } from './times.js';
import type { MintOptions } from './types.js';
import { buildContextUser, checkRole } from './user.js';

/** Everything decided before signing. */
export interface TokenPlan {
  claims: Record<string, unknown>;
  placement: Placement;
  times: TokenTimes;
  /** `room: '*'` was asked for. */
  wildcard: boolean;
  /** How `inspectToken` must judge the result: the deployment, room and time it is meant for. */
  context: InspectContext;
}

/**
 * The room claim: Jitsi's MUC node for the name, or `*` when asked for in so many words (the
 * literal string `'*'`, nothing that normalises to it: `checkRoomName` refuses `＊` and `﹡`).
 */
function roomClaim(room: unknown): string {
  if (room === '*') return '*';
  const checked = checkRoomName(room);
  if (!checked.ok) throw new MintError('invalid-room', checked.reason, 'Pass the room name as people see it in the meeting link, e.g. "Team Standup".');
  return checked.claim;
}

/** Validates the options and builds the claims. Throws `MintError` for anything it cannot write correctly. */
export function planToken(options: MintOptions): TokenPlan {
  if (!options || typeof options !== 'object') throw new MintError('invalid-app-id', 'Pass the mint options as an object.', 'See MintOptions.');
  const placement = resolvePlacement(options);
  const role = checkRole(options.role);
  const room = roomClaim(options.room);
  const user = buildContextUser(options.user, role, placement.jaas);
  const features = normalizeFeatures(options.features) ?? (placement.jaas ? jaasDefaultFeatures(role) : undefined);
  const times = resolveTimes(options);
  const claims: Record<string, unknown> = {
    iss: placement.iss,
    aud: placement.aud,
    sub: placement.sub,
    room,
    iat: times.iat,
    ...(times.nbf === undefined ? {} : { nbf: times.nbf }),
    exp: times.exp,
    // Token times are whole seconds, so two tokens minted within one second would be identical;
    // a random id keeps every token distinct (a refused token is never offered again).
    jti: crypto.randomUUID(),
    context: features ? { user, features } : { user },
  };
  const context: InspectContext = {
    domain: placement.domain,
    tenant: placement.tenant,
    room: room === '*' ? undefined : options.room,
    expectedIssuer: placement.iss,
    expectedAudience: placement.aud,
    now: times.judgeAt,
    domainVerification: true,
  };
  return { claims, placement, times, wildcard: options.room === '*' && room === '*', context };
}
