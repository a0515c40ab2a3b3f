/**
 * Prosody's token authentication itself: what mod_auth_token needs to load (token/util.lib.lua
 * Util.new) and what mod_token_verification needs to check rooms.
 */
import { moduleOn, stringOption, type Host } from '../model.js';
import { mucComponent, tokenHosts } from '../views.js';
import { finding, SOURCES, spell, type Check } from './check.js';

const KEY_OPTIONS = ['app_secret', 'asap_key_server', 'cache_keys_url'];
/** Options token/util.lib.lua reads; set on a Component they never reach the VirtualHost. */
const TOKEN_OPTIONS = [
  'app_id',
  'app_secret',
  'asap_key_server',
  'cache_keys_url',
  'allow_empty_token',
  'asap_require_room_claim',
  'enable_domain_verification',
  'signature_algorithm',
];

/** Not set, or set to nothing (a value the doctor could not evaluate counts as set). */
function absent(host: Host, name: string): boolean {
  const value = host.option(name)?.value;
  return value === undefined || value === null || value === '' || value === false;
}

export const appIdMissing: Check = {
  id: 'token-auth-without-app-id',
  needs: ['prosody'],
  run: ({ d }) =>
    tokenHosts(d)
      .filter((h) => absent(h, 'app_id'))
      .map((h) =>
        finding(
          'token-auth-without-app-id',
          'error',
          h.option('authentication')?.at ?? h.at,
          {
            message: `VirtualHost "${h.name}" uses authentication = "token" without app_id.`,
            why: "Prosody's token module refuses to start (\"'app_id' must not be empty\"), so nobody can log in to this host.",
            fix: spell(
              d,
              `Add app_id = "<your app id>" under VirtualHost "${h.name}" and restart Prosody.`,
              'Set JWT_APP_ID=<your app id> in .env and recreate the containers.',
            ),
          },
          SOURCES.tokenUtil,
        ),
      ),
};

export const keyMissing: Check = {
  id: 'token-auth-without-key',
  needs: ['prosody'],
  run: ({ d }) =>
    tokenHosts(d)
      .filter((h) => KEY_OPTIONS.every((k) => absent(h, k)))
      .map((h) =>
        finding(
          'token-auth-without-key',
          'error',
          h.option('authentication')?.at ?? h.at,
          {
            message: `VirtualHost "${h.name}" uses token authentication with none of app_secret, asap_key_server or cache_keys_url.`,
            why: 'Prosody has no key to check signatures with, so the token module does not start and every login fails.',
            fix: spell(
              d,
              `Add app_secret = "<a random secret of 32+ bytes>" (HS256), or asap_key_server / cache_keys_url (RS256), under VirtualHost "${h.name}".`,
              'Set JWT_APP_SECRET=<a random secret of 32+ bytes> (or JWT_ASAP_KEYSERVER for RS256) in .env.',
            ),
          },
          SOURCES.tokenUtil,
        ),
      ),
};

export const secretShort: Check = {
  id: 'app-secret-short',
  needs: ['prosody'],
  run: ({ d }) =>
    tokenHosts(d).flatMap((h) => {
      const secret = stringOption(h, 'app_secret');
      const bytes = secret ? Buffer.byteLength(secret.value, 'utf8') : 0;
      if (!secret || bytes >= 32) return [];
      return [
        finding(
          'app-secret-short',
          'warning',
          secret.at,
          {
            message: `${secret.key} is ${bytes} bytes long.`,
            why: 'HS256 tokens are only as strong as this secret: under 32 random bytes it can be guessed offline from any one token, and whoever guesses it mints owner tokens for every room.',
            fix: spell(
              d,
              `Replace it with 32+ random bytes (e.g. the output of \`openssl rand -hex 32\`) in app_secret under VirtualHost "${h.name}", in every backend that mints tokens, and restart Prosody.`,
              'Set JWT_APP_SECRET to 32+ random bytes (`openssl rand -hex 32`) in .env and in every backend that mints tokens.',
            ),
          },
          SOURCES.rfc7518,
        ),
      ];
    }),
};

export const verificationMissing: Check = {
  id: 'token-verification-missing',
  needs: ['prosody'],
  run: ({ d }) => {
    if (tokenHosts(d).length === 0) return [];
    const muc = mucComponent(d);
    if (!muc || moduleOn(muc, 'token_verification')) return [];
    return [
      finding(
        'token-verification-missing',
        'error',
        muc.option('modules_enabled')?.at ?? muc.at,
        {
          message: `Component "${muc.name}" (the conference MUC) does not load token_verification.`,
          why: 'Prosody then checks a token only at login, never its room or sub claim: any valid token opens every room.',
          fix: spell(
            d,
            `Add "token_verification"; to modules_enabled under Component "${muc.name}" and restart Prosody.`,
            'Remove JWT_TOKEN_AUTH_MODULE from .env (it defaults to token_verification).',
          ),
        },
        SOURCES.handbookToken,
      ),
    ];
  },
};

/** mod_token_verification derives its VirtualHost from the MUC name: `string.gmatch(host, "%w+.(%w.+)")`. */
function parentHost(mucName: string): string | null {
  const match = /^[A-Za-z0-9]+.([A-Za-z0-9].+)$/.exec(mucName);
  return match ? match[1]! : null;
}

export const verificationParent: Check = {
  id: 'token-verification-parent-host',
  needs: ['prosody'],
  run: ({ d }) => {
    const muc = mucComponent(d);
    if (!muc || !moduleOn(muc, 'token_verification')) return [];
    const parent = parentHost(muc.name);
    const host = (d.hosts ?? []).find((h: Host) => h.kind === 'VirtualHost' && h.enabled && h.name === parent);
    if (host && stringOption(host, 'app_id')) return [];
    return [
      finding(
        'token-verification-parent-host',
        'error',
        moduleOn(muc, 'token_verification')?.at ?? muc.at,
        {
          message: `token_verification on "${muc.name}" reads its token settings from the host "${parent ?? '(none)'}", ${host ? 'which has no app_id' : 'which is not a VirtualHost here'}.`,
          why: 'The module finds its VirtualHost by dropping the first label of the MUC name; without token settings there it stops at start-up and no room or sub claim is ever checked.',
          fix: `Name the MUC component <prefix>.<token VirtualHost> (e.g. "conference.${tokenHosts(d)[0]?.name ?? 'meet.example.com'}") or set app_id on "${parent ?? 'that host'}".`,
        },
        SOURCES.tokenVerification,
      ),
    ];
  },
};

export const optionsInComponent: Check = {
  id: 'token-option-in-component',
  needs: ['prosody'],
  run: ({ d }) =>
    (d.hosts ?? [])
      .filter((h) => h.kind === 'Component' && h.enabled)
      .flatMap((h) =>
        TOKEN_OPTIONS.filter((o) => h.own(o)).map((o) =>
          finding(
            'token-option-in-component',
            'warning',
            h.own(o)!.at,
            {
              message: `${o} is set under Component "${h.name}", not under the token VirtualHost.`,
              why: 'In Prosody an option belongs to the VirtualHost or Component line above it; the token modules read it from the VirtualHost (or the global section), so this one is ignored.',
              fix: `Move ${o} under VirtualHost "${tokenHosts(d)[0]?.name ?? '<your domain>'}" (before the first Component line), or to the top of the file for all hosts.`,
            },
            SOURCES.tokenUtil,
          ),
        ),
      ),
};

export const emptyToken: Check = {
  id: 'allow-empty-token',
  needs: ['prosody'],
  run: ({ d }) => {
    const muc = mucComponent(d);
    const waits = Boolean(moduleOn(muc, 'muc_wait_for_host'));
    return tokenHosts(d).flatMap((h) => {
      const option = h.option('allow_empty_token');
      if (!option || option.value !== true) return [];
      return [
        finding(
          'allow-empty-token',
          waits ? 'info' : 'warning',
          option.at,
          {
            message: `${option.key} = true on "${h.name}": people without a token log in to the main domain.`,
            why: waits
              ? 'With muc_wait_for_host they wait in the lobby until a token holder arrives, but token_verification lets them through untested, so the guest domain is the cleaner way to admit them.'
              : 'token_verification lets sessions without a token through untested, so anyone who knows the address can create any room.',
            fix: spell(
              d,
              `Set allow_empty_token = false under VirtualHost "${h.name}" and admit people without a token through a guest VirtualHost (authentication = "jitsi-anonymous") plus hosts.anonymousdomain in config.js.`,
              'Set JWT_ALLOW_EMPTY=0 and ENABLE_GUESTS=1 in .env.',
            ),
          },
          SOURCES.tokenUtil,
        ),
      ];
    });
  },
};

export const keyUrlForm: Check = {
  id: 'key-url-form',
  needs: ['prosody'],
  run: ({ d }) =>
    tokenHosts(d).flatMap((h) =>
      ['asap_key_server', 'cache_keys_url'].flatMap((o) => {
        const url = stringOption(h, o);
        if (!url) return [];
        let problem: string | null = null;
        try {
          const parsed = new URL(url.value);
          if (parsed.protocol !== 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname))
            problem = 'is not https, so anyone on the path can swap the signing keys';
          else if (o === 'cache_keys_url' && /\/realms\/[^/]+\/?$/.test(parsed.pathname))
            problem = 'is a Keycloak realm, not its key set (…/protocol/openid-connect/certs)';
        } catch {
          problem = 'is not an absolute URL';
        }
        if (!problem) return [];
        return [
          finding(
            'key-url-form',
            'error',
            url.at,
            {
              message: `${o} = "${url.value}" ${problem}.`,
              why: 'Prosody fetches the public keys that verify RS256 tokens from here; a wrong or unsafe address means refused logins or forged tokens.',
              fix: `Set ${o} to the https address of the key set, e.g. "https://<keycloak host>/realms/<realm>/protocol/openid-connect/certs".`,
            },
            SOURCES.tokenUtil,
          ),
        ];
      }),
    ),
};

export const TOKEN_AUTH_CHECKS = [appIdMissing, keyMissing, secretShort, verificationMissing, verificationParent, optionsInComponent, emptyToken, keyUrlForm];
