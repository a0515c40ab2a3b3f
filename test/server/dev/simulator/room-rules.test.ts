import { describe, expect, it } from 'vitest';
import type { TokenSession } from '../../../../server/dev/simulator/prosody-token.js';
import { resolveOptions } from '../../../../server/dev/simulator/options.js';
import { affiliationOf, mayEnterRoom, roomNode, roomTarget } from '../../../../server/dev/simulator/room-rules.js';

const DOMAIN = 'meet.example.org';
const RULES = resolveOptions({ appId: 'app', appSecret: 'secret', domain: DOMAIN });
const session = (claims: Record<string, unknown>): TokenSession => ({ token: 'x.y.z', claims });

describe('roomNode', () => {
  it.each([
    ['standup', 'standup'],
    ['Team Standup', 'team%20standup'],
    ['Team%20Standup', 'team%20standup'],
    ['Ｃａｆé', 'caf%c3%a9'],
    ['100%', '100%25'],
  ])('%s → %s', (name, node) => {
    expect(roomNode(name)).toBe(node);
  });
});

describe('verify_room', () => {
  const plain = roomTarget('Team Standup', null);

  it('compares the lowercased room claim with the room node, * being any room', () => {
    expect(mayEnterRoom(session({ room: 'team%20standup', sub: DOMAIN }), plain, RULES)).toBe(true);
    expect(mayEnterRoom(session({ room: 'TEAM%20STANDUP', sub: DOMAIN }), plain, RULES)).toBe(true);
    expect(mayEnterRoom(session({ room: '*', sub: DOMAIN }), plain, RULES)).toBe(true);
    // The claim must be the encoded node, not the name as typed.
    expect(mayEnterRoom(session({ room: 'Team Standup', sub: DOMAIN }), plain, RULES)).toBe(false);
    expect(mayEnterRoom(session({ room: 'retro', sub: DOMAIN }), plain, RULES)).toBe(false);
    expect(mayEnterRoom(session({ room: ['team%20standup'], sub: DOMAIN }), plain, RULES)).toBe(false);
    // No room claim: `not room_to_check` passes only when the claim is not required (login refuses it first otherwise).
    expect(mayEnterRoom(session({ sub: DOMAIN }), plain, RULES)).toBe(false);
    expect(mayEnterRoom(session({ sub: 'other.org' }), plain, { ...RULES, roomRules: { ...RULES.roomRules, requireRoomClaim: false } })).toBe(true);
  });

  it('wants sub to be the domain for a plain room, the tenant for a tenant room, or *', () => {
    const tenant = roomTarget('standup', 'Acme');
    expect(mayEnterRoom(session({ room: '*', sub: 'MEET.example.org' }), plain, RULES)).toBe(true);
    expect(mayEnterRoom(session({ room: '*', sub: 'other.example.org' }), plain, RULES)).toBe(false);
    expect(mayEnterRoom(session({ room: '*', sub: 'acme' }), tenant, RULES)).toBe(true);
    expect(mayEnterRoom(session({ room: '*', sub: DOMAIN }), tenant, RULES)).toBe(false);
    expect(mayEnterRoom(session({ room: '*', sub: '*' }), tenant, RULES)).toBe(true);
    expect(mayEnterRoom(session({ room: '*', sub: 42 }), plain, RULES)).toBe(false);
  });

  it('lets a session without a token in only with allow_empty_token', () => {
    const guest: TokenSession = { token: null, claims: {} };
    expect(mayEnterRoom(guest, plain, { ...RULES, allowEmptyToken: true })).toBe(true);
    expect(mayEnterRoom(guest, plain, RULES)).toBe(false);
  });
});

describe('mod_token_affiliation', () => {
  it.each([
    [{ affiliation: 'owner' }, 'owner'],
    [{ affiliation: 'moderator' }, 'owner'],
    [{ affiliation: 'teacher' }, 'owner'],
    [{ moderator: true }, 'owner'],
    [{ moderator: 'true' }, 'owner'],
    [{ moderator: 'yes' }, 'member'],
    [{ affiliation: 'member', moderator: false }, 'member'],
    [{ affiliation: 'Owner' }, 'member'],
  ])('context.user %j → %s', (user, affiliation) => {
    expect(affiliationOf(session({ context: { user } }))).toBe(affiliation);
  });

  it('ignores a top-level moderator claim and gives guests no affiliation', () => {
    expect(affiliationOf(session({ moderator: true }))).toBe('member');
    expect(affiliationOf({ token: null, claims: {} })).toBe('none');
  });
});
