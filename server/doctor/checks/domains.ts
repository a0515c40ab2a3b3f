/**
 * Names that must agree: config.js `hosts.domain` / `hosts.muc` with Prosody's VirtualHost and
 * MUC Component, and the tokens' `sub` with the XMPP domain (token/util.lib.lua verify_room:
 * a plain room must be `<room>@conference.<sub>` unless `sub` is `*`).
 */
import { clientSetting } from '../model.js';
import { hostNamed, mainHost, mucComponent, tokenHosts } from '../views.js';
import { finding, SOURCES, spell, type Check } from './check.js';

export const clientDomain: Check = {
  id: 'client-domain-not-a-virtualhost',
  needs: ['prosody', 'client'],
  run: ({ d }) => {
    const domain = clientSetting(d, 'hosts.domain');
    if (!domain || typeof domain.value !== 'string' || hostNamed(d, 'VirtualHost', domain.value)) return [];
    const token = tokenHosts(d)[0];
    return [
      finding(
        'client-domain-not-a-virtualhost',
        'error',
        domain.at,
        {
          message: `hosts.domain = "${domain.value}" in config.js is not a VirtualHost in the Prosody configuration.`,
          why: 'The web client logs in to this XMPP domain; if Prosody does not serve it, nobody connects, with or without a token.',
          fix: `Set hosts.domain to ${token ? `"${token.name}" (the token VirtualHost)` : 'the name of your VirtualHost'}, or give the doctor the Prosody file that defines it.`,
        },
        SOURCES.clientConfig,
      ),
    ];
  },
};

export const clientMuc: Check = {
  id: 'client-muc-not-a-component',
  needs: ['prosody', 'client'],
  run: ({ d }) => {
    const muc = clientSetting(d, 'hosts.muc');
    if (!muc || typeof muc.value !== 'string') return [];
    const component = hostNamed(d, 'Component', muc.value);
    if (component && component.plugin === 'muc') return [];
    const actual = mucComponent(d);
    return [
      finding(
        'client-muc-not-a-component',
        'error',
        muc.at,
        {
          message: component
            ? `hosts.muc = "${muc.value}" is a Component with plugin "${component.plugin ?? '(none)'}", not "muc".`
            : `hosts.muc = "${muc.value}" in config.js is not a Component in the Prosody configuration.`,
          why: 'Rooms are created on this MUC; token_verification and the role modules run only on the Component that really hosts them.',
          fix: `Set hosts.muc to ${actual ? `"${actual.name}"` : 'the name of your Component "…" "muc"'} in config.js.`,
        },
        SOURCES.clientConfig,
      ),
    ];
  },
};

export const mucNotUnderDomain: Check = {
  id: 'muc-not-conference-of-domain',
  needs: ['prosody'],
  run: ({ d }) => {
    const host = tokenHosts(d)[0];
    const muc = mucComponent(d);
    if (!host || !muc || host.option('enable_domain_verification')?.value === false) return [];
    // token/util.lib.lua: muc_domain_prefix = muc_mapper_domain_prefix, default "conference".
    const prefix = host.option('muc_mapper_domain_prefix')?.value;
    const expected = `${typeof prefix === 'string' ? prefix : 'conference'}.${host.name}`;
    if (muc.name === expected) return [];
    return [
      finding(
        'muc-not-conference-of-domain',
        'warning',
        muc.at,
        {
          message: `The conference MUC is "${muc.name}", not "${expected}", while domain verification is on.`,
          why: `Prosody's verify_room accepts a plain room only as <room>@${expected.replace(host.name, '<sub>')} (or any MUC when sub is "*"), so tokens with sub = "${host.name}" are refused at every room.`,
          fix: spell(
            d,
            `Rename the Component to "${expected}" (and hosts.muc), set muc_mapper_domain_prefix to its first label, or set enable_domain_verification = false under VirtualHost "${host.name}".`,
            'Leave JWT_ENABLE_DOMAIN_VERIFICATION unset (false) in .env.',
          ),
        },
        SOURCES.tokenUtil,
      ),
    ];
  },
};

export const tokenSub: Check = {
  id: 'token-sub-not-domain',
  needs: ['prosody', 'tokens'],
  run: ({ d, tokens }) => {
    const host = tokenHosts(d)[0] ?? mainHost(d);
    if (!host || host.option('enable_domain_verification')?.value === false) return [];
    const roomOptional = host.option('asap_require_room_claim')?.value === false;
    return tokens.flatMap((t) => {
      const sub = t.claims.sub;
      if (sub === '*' || (typeof sub === 'string' && sub.toLowerCase() === host.name)) return [];
      // verify_room returns before the sub check when no room claim is required and none is given.
      if (roomOptional && t.claims.room === undefined) return [];
      return [
        finding(
          'token-sub-not-domain',
          'error',
          host.at,
          {
            message: `${t.label} has sub = ${JSON.stringify(sub)}, but this deployment's XMPP domain is "${host.name}".`,
            why: 'With domain verification on (the default), token_verification refuses a plain room unless sub is the XMPP domain (or a tenant, or "*").',
            fix: `Mint tokens with sub = "${host.name}" (the VirtualHost, which is not always the web address), or "*".`,
          },
          SOURCES.tokenUtil,
        ),
      ];
    });
  },
};

export const DOMAIN_CHECKS = [clientDomain, clientMuc, mucNotUnderDomain, tokenSub];
