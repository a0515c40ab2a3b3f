/**
 * Who becomes moderator. Prosody modules (token_affiliation, token_moderation, token_owner_party,
 * muc_wait_for_host) and jicofo (its authentication and auto-owner role managers) all grant
 * ownership; when two of them disagree, the last one to act wins, and it is usually jicofo.
 */
import { moduleOn, type Deployment, type Located } from '../model.js';
import { mucComponent, tokenHosts } from '../views.js';
import { finding, quoteList, SOURCES, spell, type Check } from './check.js';

/** Prosody modules that give roles from token claims, and the claims each reads. */
export const ROLE_MODULES = {
  token_affiliation: ['context.user.affiliation', 'context.user.moderator'],
  token_owner_party: ['context.user.affiliation', 'context.user.moderator'],
  token_moderation: ['moderator'],
} as const;
type RoleModule = keyof typeof ROLE_MODULES;

/** The role modules loaded on the conference MUC. */
export function roleModules(d: Deployment): Located<string>[] {
  const muc = mucComponent(d);
  return (Object.keys(ROLE_MODULES) as RoleModule[]).map((m) => moduleOn(muc, m)).filter((m): m is Located<string> => Boolean(m));
}

function jicofoAuthOn(d: Deployment) {
  const auth = d.jicofo?.authEnabled;
  return auth && auth.value ? auth : null;
}

export const jicofoAuthWithRoles: Check = {
  id: 'jicofo-auth-with-token-roles',
  needs: ['prosody', 'jicofo'],
  run: ({ d }) => {
    const auth = jicofoAuthOn(d);
    const modules = roleModules(d);
    if (!auth || modules.length === 0 || tokenHosts(d).length === 0) return [];
    const names = modules.map((m) => m.value).join(' and ');
    return [
      finding(
        'jicofo-auth-with-token-roles',
        'error',
        auth.at,
        {
          message: `${auth.key} turns on jicofo's authentication while ${names} decide${modules.length > 1 ? '' : 's'} roles from the token: every token holder becomes a moderator.`,
          why: `With authentication on, jicofo's AuthenticationRoleManager grants owner to every authenticated participant (a valid token is authenticated)${modules.some((m) => m.value === 'token_affiliation') ? ', overriding the "member" affiliation token_affiliation gives' : ''}${modules.some((m) => m.value === 'token_owner_party') ? '; token_owner_party then finds an owner in everyone and never ends the meeting when the real owner leaves' : ''}.`,
          fix: spell(
            d,
            auth.key.startsWith('org.jitsi.jicofo.auth.URL')
              ? `Delete the line ${auth.key} from ${auth.at.file ?? 'sip-communicator.properties'} (and any jicofo.authentication block in jicofo.conf), then restart jicofo.`
              : `Set jicofo.authentication.enabled = false (or remove the authentication block) in ${auth.at.file ?? 'jicofo.conf'}, then restart jicofo.`,
            'Set JICOFO_ENABLE_AUTH=0 in .env (it defaults to ENABLE_AUTH) and recreate the jicofo container.',
          ),
        },
        SOURCES.jicofoAuth,
      ),
    ];
  },
};

export const jicofoAuthWithToken: Check = {
  id: 'jicofo-auth-with-token',
  needs: ['prosody', 'jicofo'],
  run: ({ d }) => {
    const auth = jicofoAuthOn(d);
    // docker-jitsi-meet turns jicofo's JWT authentication on by design (every token holder is a
    // moderator, guests are not); only with token role modules does that contradict the set-up.
    if (!auth || roleModules(d).length > 0 || tokenHosts(d).length === 0 || d.layout === 'docker') return [];
    return [
      finding(
        'jicofo-auth-with-token',
        'warning',
        auth.at,
        {
          message: `${auth.key} turns on jicofo's authentication next to Prosody's token authentication.`,
          why: 'jicofo then makes every token holder an owner, whatever the token says; the handbook says authentication must be disabled in jicofo when token authentication is active.',
          fix: `Remove it (${auth.key}) and restart jicofo; roles then come from Prosody (token_affiliation, muc_wait_for_host) or jicofo's auto-owner.`,
        },
        SOURCES.handbookToken,
      ),
    ];
  },
};

export const autoOwnerWithRoles: Check = {
  id: 'jicofo-auto-owner-with-token-roles',
  needs: ['prosody', 'jicofo'],
  run: ({ d }) => {
    const modules = roleModules(d);
    if (modules.length === 0 || jicofoAuthOn(d)) return [];
    const owner = d.jicofo?.autoOwner;
    if (owner && owner.value === false) return [];
    return [
      finding(
        'jicofo-auto-owner-with-token-roles',
        'warning',
        owner?.at ?? modules[0]!.at,
        {
          message: `jicofo's auto-owner is on (${owner ? owner.key : 'jicofo.conference.enable-auto-owner defaults to true'}) while ${modules.map((m) => m.value).join(' and ')} decide roles from the token.`,
          why: 'When no owner is in the room, jicofo makes the next participant owner, so a "member" token holder becomes moderator when the owner leaves or has not arrived.',
          fix: spell(
            d,
            'Set jicofo.conference.enable-auto-owner = false in /etc/jitsi/jicofo/jicofo.conf (older releases: org.jitsi.jicofo.DISABLE_AUTO_OWNER=true in sip-communicator.properties) and restart jicofo.',
            'Set ENABLE_AUTO_OWNER=0 in .env.',
          ),
        },
        SOURCES.ownerParty,
      ),
    ];
  },
};

export const moderationVsAffiliation: Check = {
  id: 'role-modules-conflict',
  needs: ['prosody'],
  run: ({ d }) => {
    const muc = mucComponent(d);
    const moderation = moduleOn(muc, 'token_moderation');
    const affiliation = moduleOn(muc, 'token_affiliation');
    if (!moderation || !affiliation) return [];
    return [
      finding(
        'role-modules-conflict',
        'warning',
        moderation.at,
        {
          message: 'token_moderation and token_affiliation are both loaded on the conference MUC.',
          why: 'They read different claims (top-level moderator vs context.user.affiliation / context.user.moderator) and each sets the affiliation on join, so the role depends on which runs last.',
          fix: 'Keep one: token_affiliation (part of Jitsi since 2026) and put the role in context.user.affiliation ("owner" or "member").',
        },
        SOURCES.tokenAffiliation,
      ),
    ];
  },
};

export const waitForHostAutoOwners: Check = {
  id: 'wait-for-host-makes-everyone-owner',
  needs: ['prosody'],
  run: ({ d }) => {
    const muc = mucComponent(d);
    const wait = moduleOn(muc, 'muc_wait_for_host');
    const roles = roleModules(d);
    if (!wait || roles.length === 0 || muc?.option('wait_for_host_disable_auto_owners')?.value === true) return [];
    return [
      finding(
        'wait-for-host-makes-everyone-owner',
        'error',
        wait.at,
        {
          message: `muc_wait_for_host gives owner to every token holder (wait_for_host_disable_auto_owners is not true) while ${roles.map((r) => r.value).join(' and ')} decide roles from the token.`,
          why: 'Right after a token holder joins, muc_wait_for_host sets their affiliation to owner, undoing the "member" the token asked for.',
          fix: spell(
            d,
            `Add wait_for_host_disable_auto_owners = true under Component "${muc!.name}" and restart Prosody.`,
            'Set WAIT_FOR_HOST_DISABLE_AUTO_OWNERS=1 in .env.',
          ),
        },
        SOURCES.waitForHost,
      ),
    ];
  },
};

export const ownerPartyRefuses: Check = {
  id: 'token-owner-party-refuses-early',
  needs: ['prosody'],
  run: ({ d }) => {
    const muc = mucComponent(d);
    const party = moduleOn(muc, 'token_owner_party');
    if (!party || moduleOn(muc, 'muc_wait_for_host')) return [];
    return [
      finding(
        'token-owner-party-refuses-early',
        'warning',
        party.at,
        {
          message: 'token_owner_party refuses everyone who arrives before an owner with a bare "not-allowed".',
          why: 'Jitsi Meet shows that as an authentication failure (the static authError page), not as "waiting for the host", so members who come early think their link is broken.',
          fix: spell(
            d,
            `Replace token_owner_party with Jitsi's own waiting room: "muc_wait_for_host" under Component "${muc!.name}" and "persistent_lobby" (with "muc_lobby_rooms") under the VirtualHost.`,
            'Use XMPP_MUC_MODULES=muc_wait_for_host and XMPP_MODULES=persistent_lobby instead of token_owner_party.',
          ),
        },
        SOURCES.handbookToken,
      ),
    ];
  },
};

/** Where a claim is in a token, by dotted path. */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined), claims);
}

const ROLE_CLAIMS = ['moderator', 'context.user.moderator', 'context.user.affiliation'] as const;

export const roleClaims: Check = {
  id: 'role-claims',
  needs: ['prosody', 'tokens'],
  run: ({ d, tokens }) => {
    const loaded = roleModules(d).map((m) => m.value as RoleModule);
    const muc = mucComponent(d);
    const readers = (claim: string) => [...new Set(loaded.filter((m) => (ROLE_MODULES[m] as readonly string[]).includes(claim)))];
    // Both hand out owner to every token holder, whatever the claims say (see the checks above).
    const waitOwners = moduleOn(muc, 'muc_wait_for_host') && muc?.option('wait_for_host_disable_auto_owners')?.value !== true;
    const overrider = jicofoAuthOn(d) ? "jicofo's authentication" : waitOwners ? 'muc_wait_for_host (auto-owners on)' : null;
    return tokens.flatMap((t) => {
      const present = ROLE_CLAIMS.filter((c) => claimAt(t.claims, c) !== undefined);
      if (present.length === 0) return [];
      const read = present.filter((c) => readers(c).length > 0);
      const ignored = present.filter((c) => readers(c).length === 0);
      const describe = (c: string) => `${c} = ${JSON.stringify(claimAt(t.claims, c))}`;
      const parts = [
        read.length ? `read: ${read.map((c) => `${describe(c)} (by ${readers(c).join(', ')})`).join('; ')}` : 'no loaded module reads any of them',
        ignored.length ? `ignored: ${ignored.map(describe).join('; ')}` : '',
      ].filter(Boolean);
      const unread = ignored.map((c) => (c === 'moderator' ? 'token_moderation' : 'token_affiliation'));
      if (overrider) parts.push(`but ${overrider} makes every token holder an owner anyway`);
      return [
        finding(
          'role-claims',
          ignored.length || overrider ? 'warning' : 'info',
          moduleOn(muc, loaded[0] ?? '')?.at ?? muc?.at,
          {
            message: `${t.label} carries ${quoteList(present)}; with ${loaded.length ? loaded.join(' and ') : 'no token role module'} loaded, ${parts.join('; ')}.`,
            why: ignored.length
              ? `A claim no loaded module reads changes nothing: ${ignored.join(', ')} ${ignored.length > 1 ? 'are' : 'is'} read only by ${[...new Set(unread)].join(' or ')}.`
              : 'These claims decide the role on this deployment.',
            fix: ignored.length
              ? read.length
                ? `Drop ${ignored.join(', ')} from the tokens (or load ${[...new Set(unread)].join(' / ')}), so that one claim decides the role.`
                : spell(
                    d,
                    `Load "token_affiliation" under Component "${muc?.name ?? '<conference MUC>'}" and put the role in context.user.affiliation.`,
                    'Set XMPP_MUC_MODULES=token_affiliation in .env and put the role in context.user.affiliation.',
                  )
              : 'Nothing to fix.',
          },
          SOURCES.tokenAffiliation,
        ),
      ];
    });
  },
};

export const ROLE_CHECKS = [
  jicofoAuthWithRoles,
  jicofoAuthWithToken,
  autoOwnerWithRoles,
  moderationVsAffiliation,
  waitForHostAutoOwners,
  ownerPartyRefuses,
  roleClaims,
];
