/**
 * config.js settings about tokens, as the web client reads them (jitsi/jitsi-meet config.js and
 * react/features/authentication, base/jwt; research/jitsi-facts.md §1.5, §2).
 */
import { clientSetting, type Deployment } from '../model.js';
import { realmOf } from './issuers.js';
import { finding, SOURCES, spell, type Check } from './check.js';

function tokensCarry(tokens: { claims: Record<string, unknown> }[], key: 'features'): boolean {
  return tokens.some((t) => {
    const context = t.claims.context;
    return Boolean(context && typeof context === 'object' && key in context);
  });
}

export const featuresFlag: Check = {
  id: 'client-features-flag',
  needs: ['client'],
  run: ({ d, tokens }) => {
    const flag = clientSetting(d, 'enableFeaturesBasedOnToken');
    if (flag) {
      return [
        finding(
          'client-features-flag',
          'info',
          flag.at,
          {
            message: 'enableFeaturesBasedOnToken is set; Jitsi Meet removed it in August 2022 (commit 77d6879).',
            why: 'Current releases always read context.features from the token, so the setting does nothing there; only releases before it need it.',
            fix: 'Keep it while you run a pre-2022-08 Jitsi Meet; remove it after upgrading.',
          },
          SOURCES.clientJwt,
        ),
      ];
    }
    if (!tokensCarry(tokens, 'features')) return [];
    return [
      finding(
        'client-features-flag',
        'info',
        clientSetting(d, 'hosts.domain')?.at ?? null,
        {
          message: 'The tokens carry context.features and config.js does not set enableFeaturesBasedOnToken.',
          why: 'Jitsi Meet before August 2022 ignores token features unless it is true; later releases always read them.',
          fix: spell(
            d,
            'On a pre-2022-08 Jitsi Meet add enableFeaturesBasedOnToken: true to config.js; on a current one nothing is needed.',
            'Nothing on current images; on old ones add enableFeaturesBasedOnToken in custom-config.js.',
          ),
        },
        SOURCES.clientJwt,
      ),
    ];
  },
};

export const rolesFlag: Check = {
  id: 'client-roles-flag',
  needs: ['client'],
  run: ({ d }) =>
    ['enableUserRolesBasedOnToken', 'jwt.enableUserRolesBasedOnToken', 'jwt'].flatMap((path) => {
      const setting = clientSetting(d, path);
      if (!setting || (path === 'jwt' && clientSetting(d, 'jwt.enableUserRolesBasedOnToken'))) return [];
      return [
        finding(
          'client-roles-flag',
          'warning',
          setting.at,
          {
            message:
              path === 'jwt'
                ? 'config.jwt is not a Jitsi Meet setting.'
                : `${setting.key} was removed from Jitsi Meet in November 2020 (commit 0934fff)${path.startsWith('jwt.') ? ', and config.jwt was never a setting' : ''}.`,
            why: 'Roles never come from config.js: Prosody (token_affiliation, muc_wait_for_host) or jicofo decide them, so this line changes nothing.',
            fix: `Remove ${path === 'jwt' ? 'config.jwt' : setting.key} and decide roles in Prosody: load token_affiliation and set context.user.affiliation in the tokens.`,
          },
          SOURCES.clientConfig,
        ),
      ];
    }),
};

export const authUrlForm: Check = {
  id: 'token-auth-url-form',
  needs: ['client'],
  run: ({ d }) => {
    const url = clientSetting(d, 'tokenAuthUrl');
    if (!url || typeof url.value !== 'string') return [];
    const problems: string[] = [];
    if (/\{(roomName|roomname|tenant|jwt)\}/.test(url.value))
      problems.push(`it uses ${/\{(\w+)\}/.exec(url.value)![0]}, which Jitsi never fills in (only {room}, {state} and {code_challenge})`);
    if (!/^https:\/\//i.test(url.value) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/i.test(url.value)) problems.push('it is not an https address');
    if (!url.value.includes('{room}') && !url.value.includes('{state}'))
      problems.push('it has neither {room} nor {state}, so the login page cannot send people back to their room');
    if (problems.length === 0) return [];
    return [
      finding(
        'token-auth-url-form',
        'warning',
        url.at,
        {
          message: `tokenAuthUrl: ${problems.join('; ')}.`,
          why: 'Jitsi Meet sends people without a valid token to this address, replacing only {room}, {state} and {code_challenge}.',
          fix: spell(
            d,
            "Set config.tokenAuthUrl = 'https://<login page>/?room={room}&state={state}'.",
            'Set TOKEN_AUTH_URL=https://<login page>/?room={room}&state={state} in .env.',
          ),
        },
        SOURCES.clientAuth,
      ),
    ];
  },
};

export const authUrlAutoRedirect: Check = {
  id: 'token-auth-url-without-auto-redirect',
  needs: ['client'],
  run: ({ d }) => {
    const url = clientSetting(d, 'tokenAuthUrl');
    if (!url || clientSetting(d, 'tokenAuthUrlAutoRedirect') || clientSetting(d, 'tokenAuthInline')?.value === true) return [];
    return [
      finding(
        'token-auth-url-without-auto-redirect',
        'info',
        url.at,
        {
          message: 'tokenAuthUrl is set without tokenAuthUrlAutoRedirect.',
          why: 'Releases up to 2025-12 then show a "log in" dialog and a second click instead of going straight to the login page (the 2026 client dropped the option and always redirects).',
          fix: spell(
            d,
            'On a 2025 or older Jitsi Meet add config.tokenAuthUrlAutoRedirect = true.',
            'Add config.tokenAuthUrlAutoRedirect = true in custom-config.js on 2025 or older images.',
          ),
        },
        SOURCES.clientAuth,
      ),
    ];
  },
};

function signsInWithKeycloak(d: Deployment): boolean {
  return Boolean(realmOf(clientSetting(d, 'tokenAuthUrl')?.value) || clientSetting(d, 'sso.tokenService'));
}

export const logoutMissing: Check = {
  id: 'token-logout-url-missing',
  needs: ['client'],
  run: ({ d }) => {
    const url = clientSetting(d, 'tokenAuthUrl');
    if (!url || clientSetting(d, 'tokenLogoutUrl')) return [];
    const oidc = signsInWithKeycloak(d);
    return [
      finding(
        'token-logout-url-missing',
        oidc ? 'warning' : 'info',
        url.at,
        {
          message: 'tokenAuthUrl is set but tokenLogoutUrl is not.',
          why: oidc
            ? 'Signing out then only hangs up: the identity provider session stays, so the next "log in" signs the same person in again without asking.'
            : 'Signing out then only logs out of XMPP and hangs up; your login site is never told.',
          fix: "Set config.tokenLogoutUrl to your sign-out address (Keycloak: 'https://<host>/realms/<realm>/protocol/openid-connect/logout?post_logout_redirect_uri=https://<jitsi host>/static/logout.html').",
        },
        SOURCES.clientAuth,
      ),
    ];
  },
};

export const inlineWithoutSso: Check = {
  id: 'token-auth-inline-without-sso',
  needs: ['client'],
  run: ({ d }) => {
    const inline = clientSetting(d, 'tokenAuthInline');
    if (!inline || inline.value !== true) return [];
    const missing = ['sso.tokenService', 'sso.clientId'].filter((p) => typeof clientSetting(d, p)?.value !== 'string');
    if (missing.length === 0) return [];
    return [
      finding(
        'token-auth-inline-without-sso',
        'error',
        inline.at,
        {
          message: `tokenAuthInline is true but config.js has no ${missing.join(' or ')}.`,
          why: 'static/sso.html exchanges the sign-in code at https://<sso.tokenService>/token for client sso.clientId; without them it stops with "Missing SSO configuration (tokenService or clientId)".',
          fix: "Add config.sso = { ssoService: '<jitsi host>', tokenService: '<keycloak host>/realms/<realm>/protocol/openid-connect', clientId: '<client id>' }.",
        },
        SOURCES.ssoPage,
      ),
    ];
  },
};

export const userOutOfContext: Check = {
  id: 'oidc-user-out-of-context',
  needs: ['client'],
  run: ({ d }) => {
    if (!signsInWithKeycloak(d) || clientSetting(d, 'tokenGetUserInfoOutOfContext')?.value === true) return [];
    const url = clientSetting(d, 'tokenAuthUrl') ?? clientSetting(d, 'sso.tokenService');
    return [
      finding(
        'oidc-user-out-of-context',
        'info',
        url?.at,
        {
          message: 'People sign in with OpenID Connect, and config.js does not set tokenGetUserInfoOutOfContext.',
          why: 'Keycloak tokens carry name and email at the top level, not in context.user, and Jitsi Meet reads them there only with this setting, so signed-in people appear without their name.',
          fix: 'Add config.tokenGetUserInfoOutOfContext = true.',
        },
        SOURCES.clientJwt,
      ),
    ];
  },
};

export const CLIENT_CHECKS = [featuresFlag, rolesFlag, authUrlForm, authUrlAutoRedirect, logoutMissing, inlineWithoutSso, userOutOfContext];
