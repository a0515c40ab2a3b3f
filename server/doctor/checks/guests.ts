/**
 * People without a token: the guest VirtualHost, config.js `hosts.anonymousdomain`, and what the
 * web client does when it has neither a token nor a guest domain (it asks for a password that
 * token authentication can never accept: mod_auth_token "Password based auth not supported").
 */
import { clientSetting } from '../model.js';
import { authenticationOf, ANONYMOUS_AUTH, guestHost, hostNamed, tokenHosts } from '../views.js';
import { finding, SOURCES, spell, type Check } from './check.js';

export const noWayInWithoutToken: Check = {
  id: 'no-login-without-token',
  needs: ['prosody', 'client'],
  run: ({ d }) => {
    const host = tokenHosts(d)[0];
    if (!host || host.option('allow_empty_token')?.value === true) return [];
    if (clientSetting(d, 'hosts.anonymousdomain') || typeof clientSetting(d, 'tokenAuthUrl')?.value === 'string') return [];
    return [
      finding(
        'no-login-without-token',
        'warning',
        clientSetting(d, 'hosts.domain')?.at ?? host.at,
        {
          message: `Opening a room without a token on "${host.name}" leads to Jitsi's username and password dialog, which can never succeed.`,
          why: 'With no tokenAuthUrl and no guest domain the web client falls back to password login, and token authentication refuses every password, so the dialog comes back forever.',
          fix: spell(
            d,
            "Set config.tokenAuthUrl = 'https://<your login page>/?room={room}' in config.js so people without a token are sent to sign in; to let them in as guests after the host, add a guest VirtualHost and hosts.anonymousdomain instead.",
            'Set TOKEN_AUTH_URL=https://<your login page>/?room={room} in .env (or ENABLE_GUESTS=1 to let them in as guests).',
          ),
        },
        SOURCES.clientAuth,
      ),
    ];
  },
};

export const anonymousDomainMissing: Check = {
  id: 'anonymousdomain-not-a-guest-host',
  needs: ['prosody', 'client'],
  run: ({ d }) => {
    const setting = clientSetting(d, 'hosts.anonymousdomain');
    if (!setting || typeof setting.value !== 'string') return [];
    const host = hostNamed(d, 'VirtualHost', setting.value);
    if (host && ANONYMOUS_AUTH.has(authenticationOf(host) ?? '')) return [];
    return [
      finding(
        'anonymousdomain-not-a-guest-host',
        'error',
        setting.at,
        {
          message: host
            ? `hosts.anonymousdomain = "${setting.value}" is a VirtualHost with authentication = "${authenticationOf(host) ?? '(none)'}", not anonymous.`
            : `hosts.anonymousdomain = "${setting.value}" is not a VirtualHost in the Prosody configuration.`,
          why: 'Guests connect to this domain without a token; if Prosody does not serve it anonymously they cannot connect at all.',
          fix: `Add VirtualHost "${setting.value}" with authentication = "jitsi-anonymous" and c2s_require_encryption = false after the main VirtualHost, or correct hosts.anonymousdomain.`,
        },
        SOURCES.handbookToken,
      ),
    ];
  },
};

export const guestHostUnused: Check = {
  id: 'guest-host-unused',
  needs: ['prosody', 'client'],
  run: ({ d }) => {
    const guest = guestHost(d);
    if (!guest || tokenHosts(d).length === 0 || clientSetting(d, 'hosts.anonymousdomain')) return [];
    return [
      finding(
        'guest-host-unused',
        'warning',
        guest.at,
        {
          message: `VirtualHost "${guest.name}" is anonymous but config.js has no hosts.anonymousdomain.`,
          why: 'The web client connects to the guest domain only when hosts.anonymousdomain names it, so people without a token never use it.',
          fix: spell(d, `Add anonymousdomain: '${guest.name}' to hosts in config.js.`, 'Set ENABLE_GUESTS=1 in .env.'),
        },
        SOURCES.handbookToken,
      ),
    ];
  },
};

export const guestOnTokenDomain: Check = {
  id: 'anonymousdomain-is-main-domain',
  needs: ['client'],
  run: ({ d }) => {
    const anon = clientSetting(d, 'hosts.anonymousdomain');
    const domain = clientSetting(d, 'hosts.domain');
    if (!anon || !domain || typeof anon.value !== 'string' || anon.value.toLowerCase() !== String(domain.value).toLowerCase()) return [];
    return [
      finding(
        'anonymousdomain-is-main-domain',
        'error',
        anon.at,
        {
          message: `hosts.anonymousdomain is the same as hosts.domain ("${anon.value}").`,
          why: 'Guests must connect to a separate anonymous VirtualHost; on the token domain they are asked for a token they do not have.',
          fix: `Set anonymousdomain: 'guest.${anon.value}' and add that VirtualHost with authentication = "jitsi-anonymous".`,
        },
        SOURCES.handbookToken,
      ),
    ];
  },
};

export const GUEST_CHECKS = [noWayInWithoutToken, anonymousDomainMissing, guestHostUnused, guestOnTokenDomain];
