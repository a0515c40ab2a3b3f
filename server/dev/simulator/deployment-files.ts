/**
 * The configuration a real Debian-package Jitsi deployment needs to judge tokens the way a
 * simulator with these options does (README "What it enforces"): Prosody's host file, jicofo.conf
 * and config.js. `meetgate doctor` checks them (test/server/doctor/simulator.test.ts), so the demo's
 * settings are held to the same rules as a real deployment, and a site can start from them.
 */
import { resolveOptions, type SimulatorOptions } from './options.js';
import type { DeploymentFiles } from '../../doctor/types.js';

/** Where people without a (valid) token sign in, and sign out: the demo portal's pages. */
export interface SignInPages {
  /** e.g. `http://127.0.0.1:4280/login?returnTo=%2Frooms%2F{room}` (Jitsi fills in `{room}`). */
  tokenAuthUrl: string;
  tokenLogoutUrl: string;
}

const lua = (value: string) => JSON.stringify(value);
const luaList = (values: string[]) => `{ ${values.map(lua).join(', ')} }`;

/** Renders the simulator's options as Debian-layout files. */
export function simulatorDeploymentFiles(options: SimulatorOptions, pages: SignInPages): DeploymentFiles {
  const o = resolveOptions(options);
  const d = o.domain;
  const host = [
    `VirtualHost ${lua(d)}`,
    '    authentication = "token"',
    `    app_id = ${lua(o.appId)}`,
    ...(o.appSecret ? [`    app_secret = ${lua(o.appSecret)}`] : []),
    ...(o.jwksUrl ? [`    cache_keys_url = ${lua(o.jwksUrl)}`] : []),
    // A fixed public key is served to Prosody by a key server (<server>/<sha256(kid)>.pem).
    ...(o.publicKey && !o.jwksUrl ? [`    asap_key_server = ${lua(`https://${d}/asap-keys`)}`] : []),
    ...(options.signatureAlgorithm ? [`    signature_algorithm = ${lua(o.algorithm)}`] : []),
    ...(options.acceptedIssuers ? [`    asap_accepted_issuers = ${luaList(o.acceptedIssuers)}`] : []),
    ...(options.acceptedAudiences ? [`    asap_accepted_audiences = ${luaList(o.acceptedAudiences)}`] : []),
    `    allow_empty_token = ${o.allowEmptyToken}`,
    ...(o.requireRoomClaim ? [] : ['    asap_require_room_claim = false']),
    `    modules_enabled = { "bosh"; "ping"; "muc_lobby_rooms";${o.waitForHost ? ' "persistent_lobby";' : ''} }`,
    `    lobby_muc = ${lua(`lobby.${d}`)}`,
    `    main_muc = ${lua(`conference.${d}`)}`,
  ];
  // Roles: an owner token (affiliation owner/moderator/teacher, moderator true) is the host.
  const mucModules = [
    'muc_meeting_id',
    ...(o.verifyRoom ? ['token_verification'] : []),
    'token_affiliation',
    ...(o.waitForHost ? ['muc_wait_for_host'] : []),
    ...(o.endMeetingWhenHostLeaves ? ['token_owner_party'] : []),
    ...(o.maxOccupants !== null ? ['muc_max_occupants'] : []),
  ];
  const muc = [
    `Component ${lua(`conference.${d}`)} "muc"`,
    `    modules_enabled = { ${mucModules.map((m) => `${lua(m)};`).join(' ')} }`,
    ...(o.waitForHost ? ['    wait_for_host_disable_auto_owners = true'] : []),
    `    admins = { ${lua(`focus@auth.${d}`)} }`,
    ...(o.endMeetingWhenHostLeaves ? ['    party_check_timeout = 0'] : []),
    ...(o.maxOccupants !== null ? [`    muc_max_occupants = ${o.maxOccupants}`] : []),
  ];
  const prosody = [
    'plugin_paths = { "/usr/share/jitsi-meet/prosody-plugins/" }',
    `muc_mapper_domain_base = ${lua(d)}`,
    '',
    ...host,
    '',
    ...muc,
    '',
    `Component ${lua(`lobby.${d}`)} "muc"`,
    '    storage = "memory"',
    '',
    `VirtualHost ${lua(`auth.${d}`)}`,
    '    authentication = "internal_hashed"',
    '',
  ].join('\n');
  const jicofo =
    'jicofo {\n  // Roles come from the tokens (token_affiliation): no authentication, no auto-owner.\n  conference.enable-auto-owner = false\n}\n';
  const configJs = [
    'var config = {',
    `    hosts: { domain: ${lua(d)}, muc: ${lua(`conference.${d}`)} },`,
    `    tokenAuthUrl: ${lua(pages.tokenAuthUrl)},`,
    '    tokenAuthUrlAutoRedirect: true,',
    `    tokenLogoutUrl: ${lua(pages.tokenLogoutUrl)},`,
    '};',
    '',
  ].join('\n');
  return {
    prosody: [{ path: `${d}.cfg.lua`, text: prosody }],
    jicofo: [{ path: 'jicofo.conf', text: jicofo }],
    configJs: { path: `${d}-config.js`, text: configJs },
  };
}
