/** What a check is and the helpers every check uses to phrase a finding. */
import type { Deployment, Where } from '../model.js';
import type { DoctorFinding, DoctorSeverity } from '../types.js';

/** A token given with `--token`, decoded (never verified here: the inspector does that part). */
export interface GivenToken {
  /** `token 1`, `token 2`… as the report names them. */
  label: string;
  claims: Record<string, unknown>;
}

/** What a check reads. */
export interface CheckContext {
  d: Deployment;
  tokens: GivenToken[];
}

/** The parts of a deployment a check needs; when one is missing the check is listed as not run. */
export type Need = 'prosody' | 'jicofo' | 'client' | 'tokens';

/** One check: an id, what it needs, and a function from the deployment to findings. */
export interface Check {
  id: string;
  needs: Need[];
  run: (ctx: CheckContext) => DoctorFinding[];
}

/** Jitsi sources the checks follow (read 2026-11; commits in README "meetgate doctor"). */
export const SOURCES = {
  tokenUtil: 'jitsi/jitsi-meet resources/prosody-plugins/token/util.lib.lua (Util.new)',
  authToken: 'jitsi/jitsi-meet resources/prosody-plugins/mod_auth_token.lua',
  tokenVerification: 'jitsi/jitsi-meet resources/prosody-plugins/mod_token_verification.lua',
  tokenAffiliation: 'jitsi/jitsi-meet resources/prosody-plugins/mod_token_affiliation.lua',
  tokenModeration: 'jitsi-contrib token_moderation (resources/prosody-plugins/mod_token_moderation.lua in older jitsi-meet forks)',
  ownerParty: 'jitsi-contrib/prosody-plugins token_owner_party/mod_token_owner_party.lua',
  waitForHost: 'jitsi/jitsi-meet resources/prosody-plugins/mod_muc_wait_for_host.lua',
  persistentLobby: 'jitsi/jitsi-meet resources/prosody-plugins/mod_persistent_lobby.lua',
  lobbyRooms: 'jitsi/jitsi-meet resources/prosody-plugins/mod_muc_lobby_rooms.lua',
  jicofoAuth: 'jitsi/jicofo jicofo/src/main/kotlin/org/jitsi/jicofo/auth/AuthConfig.kt, xmpp/muc/ChatRoomRoleManager.kt (AuthenticationRoleManager)',
  jicofoOwner: 'jitsi/jicofo jicofo/src/main/kotlin/org/jitsi/jicofo/ConferenceConfig.kt, xmpp/muc/ChatRoomRoleManager.kt (AutoOwnerRoleManager)',
  handbookToken: 'jitsi/handbook docs/devops-guide/token-authentication.md',
  handbookKeycloak: 'jitsi/handbook docs/devops-guide/authentication.md',
  clientJwt: 'jitsi/jitsi-meet react/features/base/jwt/middleware.any.ts (_setJWT)',
  clientAuth: 'jitsi/jitsi-meet react/features/authentication/functions.web.ts (getTokenAuthUrl), middleware.ts',
  clientConfig: 'jitsi/jitsi-meet config.js, react/features/base/config/configType.ts',
  ssoPage: 'jitsi/jitsi-meet static/sso.html',
  docker: 'jitsi/docker-jitsi-meet prosody/rootfs/defaults/conf.d/jitsi-meet.cfg.lua, jicofo/rootfs/defaults/jicofo.conf, web/rootfs/defaults/*.js',
  rfc7518: 'RFC 7518 §3.2 (HS256 keys of at least 256 bits)',
} as const;

/** Builds a finding. */
export function finding(
  check: string,
  severity: DoctorSeverity,
  at: Where | undefined | null,
  text: { message: string; why: string; fix: string },
  source: string,
): DoctorFinding {
  return { check, severity, file: at?.file ?? null, line: at?.line ?? null, ...text, source };
}

/** Picks the Debian or the Docker spelling of a fix. */
export function spell(d: Deployment, debian: string, docker: string): string {
  return d.layout === 'docker' ? docker : debian;
}

/** `"a", "b"` for messages. */
export function quoteList(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
