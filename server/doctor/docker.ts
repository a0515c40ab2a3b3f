/**
 * docker-jitsi-meet renders Prosody, jicofo and config.js from its `.env`. This builds the same
 * model from the variables, following the templates of jitsi/docker-jitsi-meet (commit 2e6b31d,
 * 2026-08-20): prosody/rootfs/defaults/conf.d/jitsi-meet.cfg.lua, jicofo/rootfs/defaults/jicofo.conf,
 * web/rootfs/defaults/system-config.js and settings-config.js. Each derived value points at the
 * variable's line, or has no line when it is the template's default.
 */
import { makeHost, type Deployment, type Host, type Jicofo, type Located } from './model.js';
import type { EnvEntry } from './parse/dotenv.js';

/** The templates' `toBool` (Go's strconv.ParseBool). */
export function envBool(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value.trim())) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False', ''].includes(value.trim())) return false;
  return null;
}

/** Builds the Deployment a `.env` produces; parts already read from real files are kept. */
export function deploymentFromEnv(file: string, entries: Map<string, EnvEntry>, base: Deployment): Deployment {
  const env = new Map<string, Located<string>>();
  for (const e of entries.values()) env.set(e.key, { value: e.value, at: { file, line: e.line }, key: e.key });
  const get = (key: string, fallback?: string): Located<string> | undefined =>
    env.get(key) ?? (fallback === undefined ? undefined : { value: fallback, at: { file, line: null }, key });
  const is = (key: string, fallback: boolean) => envBool(env.get(key)?.value) ?? fallback;
  const as = <T>(source: Located<string> | undefined, value: T, key?: string): Located<T> => ({
    value,
    at: source?.at ?? { file, line: null },
    key: key ?? source?.key ?? '',
  });
  // The templates' `splitList "," … | compact`: empty items dropped, nothing trimmed, so
  // `JWT_ACCEPTED_ISSUERS=a, b` gives Prosody " b" (prosody/rootfs/defaults/conf.d/jitsi-meet.cfg.lua).
  const list = (v: string) => v.split(',').filter(Boolean);

  const auth = is('ENABLE_AUTH', false);
  const authType = get('PROSODY_AUTH_TYPE') ?? get('AUTH_TYPE', 'internal')!;
  const jwt = auth && authType.value === 'jwt';
  const domain = get('XMPP_DOMAIN', 'meet.jitsi')!;
  const muc = get('XMPP_MUC_DOMAIN', 'muc.meet.jitsi')!;
  const guest = get('XMPP_GUEST_DOMAIN', 'guest.meet.jitsi')!;

  const global = new Map<string, Located<unknown>>();
  global.set('muc_mapper_domain_base', as(domain, domain.value, 'XMPP_DOMAIN'));
  global.set('muc_mapper_domain_prefix', as(muc, muc.value.split('.')[0], 'XMPP_MUC_DOMAIN'));
  const issuers = get('JWT_ACCEPTED_ISSUERS');
  if (jwt && issuers) global.set('asap_accepted_issuers', as(issuers, list(issuers.value)));
  const audiences = get('JWT_ACCEPTED_AUDIENCES');
  if (jwt && audiences) global.set('asap_accepted_audiences', as(audiences, list(audiences.value)));

  const main = new Map<string, Located<unknown>>();
  const enableAuth = get('ENABLE_AUTH');
  if (jwt) {
    main.set('authentication', as(get('JWT_AUTH_TYPE', 'token'), get('JWT_AUTH_TYPE')?.value ?? 'token', 'AUTH_TYPE=jwt'));
    const appId = get('JWT_APP_ID');
    if (appId && appId.value) main.set('app_id', as(appId, appId.value));
    const secret = get('JWT_APP_SECRET');
    if (secret && envBool(secret.value) !== false) main.set('app_secret', as(secret, secret.value));
    main.set('allow_empty_token', as(get('JWT_ALLOW_EMPTY', '0'), is('JWT_ALLOW_EMPTY', false)));
    const keyServer = get('JWT_ASAP_KEYSERVER');
    if (keyServer?.value) main.set('asap_key_server', as(keyServer, keyServer.value));
    main.set('enable_domain_verification', as(get('JWT_ENABLE_DOMAIN_VERIFICATION', 'false'), is('JWT_ENABLE_DOMAIN_VERIFICATION', false)));
    const sign = get('JWT_SIGN_TYPE');
    if (sign?.value) main.set('signature_algorithm', as(sign, sign.value));
  } else {
    main.set('authentication', as(enableAuth, auth ? authType.value : 'jitsi-anonymous', auth ? 'AUTH_TYPE' : 'ENABLE_AUTH'));
  }
  const lobby = is('ENABLE_LOBBY', true);
  const hostModules = [...(lobby ? ['muc_lobby_rooms'] : []), ...list(get('XMPP_MODULES')?.value ?? '')];
  main.set('modules_enabled', as(get('XMPP_MODULES') ?? get('ENABLE_LOBBY'), hostModules, 'XMPP_MODULES'));
  main.set('lobby_muc', as(domain, `lobby.${domain.value}`, 'XMPP_DOMAIN'));
  main.set('main_muc', as(muc, muc.value, 'XMPP_MUC_DOMAIN'));

  const mucOptions = new Map<string, Located<unknown>>();
  const mucModules = [
    'muc_hide_all',
    'muc_meeting_id',
    ...list(get('XMPP_MUC_MODULES')?.value ?? ''),
    ...(jwt ? [get('JWT_TOKEN_AUTH_MODULE', 'token_verification')!.value] : []),
    'muc_password_whitelist',
  ];
  mucOptions.set('modules_enabled', as(get('XMPP_MUC_MODULES') ?? get('JWT_TOKEN_AUTH_MODULE') ?? enableAuth, mucModules, 'XMPP_MUC_MODULES'));
  if (is('WAIT_FOR_HOST_DISABLE_AUTO_OWNERS', false)) mucOptions.set('wait_for_host_disable_auto_owners', as(get('WAIT_FOR_HOST_DISABLE_AUTO_OWNERS'), true));

  const at = (source: Located<string>) => source.at;
  const hosts: Host[] = [
    makeHost({ kind: 'VirtualHost', name: domain.value.toLowerCase(), plugin: null, at: at(domain), options: main }, global),
    makeHost({ kind: 'Component', name: muc.value.toLowerCase(), plugin: 'muc', at: at(muc), options: mucOptions }, global),
  ];
  if (lobby)
    hosts.push(makeHost({ kind: 'Component', name: `lobby.${domain.value.toLowerCase()}`, plugin: 'muc', at: at(domain), options: new Map() }, global));
  if (auth && is('ENABLE_GUESTS', false)) {
    const guestOptions = new Map<string, Located<unknown>>([
      ['authentication', as(get('PROSODY_GUEST_AUTH_TYPE', 'jitsi-anonymous'), get('PROSODY_GUEST_AUTH_TYPE')?.value ?? 'jitsi-anonymous')],
    ]);
    hosts.push(makeHost({ kind: 'VirtualHost', name: guest.value.toLowerCase(), plugin: null, at: get('ENABLE_GUESTS')!.at, options: guestOptions }, global));
  }

  // jicofo.conf: JICOFO_ENABLE_AUTH defaults to ENABLE_AUTH; type JWT when the auth type is jwt.
  const jicofoAuth = get('JICOFO_ENABLE_AUTH') ?? enableAuth;
  const jicofoType = get('JICOFO_AUTH_TYPE') ?? get('AUTH_TYPE', 'internal')!;
  const autoOwner = get('ENABLE_AUTO_OWNER');
  const jicofo: Jicofo = {
    authEnabled: as(
      jicofoAuth,
      envBool(jicofoAuth?.value) ?? false,
      jicofoAuth?.key === 'JICOFO_ENABLE_AUTH' ? 'JICOFO_ENABLE_AUTH' : 'ENABLE_AUTH (JICOFO_ENABLE_AUTH defaults to it)',
    ),
    authType: as(jicofoType, jicofoType.value === 'jwt' ? 'JWT' : 'XMPP'),
    autoOwner: autoOwner ? as(autoOwner, envBool(autoOwner.value) ?? true) : null,
  };

  const client = new Map<string, Located<unknown>>();
  client.set('hosts.domain', as(domain, domain.value, 'XMPP_DOMAIN'));
  client.set('hosts.muc', as(muc, muc.value, 'XMPP_MUC_DOMAIN'));
  if (is('ENABLE_GUESTS', false)) client.set('hosts.anonymousdomain', as(guest, guest.value, 'XMPP_GUEST_DOMAIN'));
  const tokenAuthUrl = get('TOKEN_AUTH_URL');
  if (tokenAuthUrl?.value) client.set('tokenAuthUrl', as(tokenAuthUrl, tokenAuthUrl.value));

  return {
    layout: base.hosts || base.client ? base.layout : 'docker',
    hosts: base.hosts ?? hosts,
    global: base.hosts ? base.global : global,
    jicofo: base.jicofo ?? jicofo,
    client: base.client ?? client,
    env,
  };
}
