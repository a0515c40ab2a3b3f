import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { personFromTokens, portalRoleOf } from '../../../../../server/dev/portal/oidc/index.js';

const KEY = new TextEncoder().encode('test-key-for-fake-access-tokens-0002');
const tokens = (accessToken: string, subject: string | null = 'sub-1') => ({ accessToken, refreshToken: null, idToken: null, expiresAt: null, subject });
const sign = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(KEY);

describe('the person behind an OpenID sign-in', () => {
  it("maps Jitsi roles to the portal's: moderators may do what owners do", () => {
    expect(['owner', 'moderator', 'member', 'guest', 'anything'].map(portalRoleOf)).toEqual(['owner', 'owner', 'member', 'guest', 'member']);
  });

  it('reads name, email and role from the Jitsi claims of the access token', async () => {
    const token = await sign({ sub: 'kc-uuid', context: { user: { id: 'ann', name: 'Ann Owner', email: 'ann@example.org', affiliation: 'owner' } } });
    expect(personFromTokens(tokens(token))).toEqual({ id: 'ann', name: 'Ann Owner', email: 'ann@example.org', role: 'owner' });
  });

  it("falls back to the ID token's subject, then to the access token's sub, for id and name", async () => {
    const bare = await sign({ sub: 'kc-uuid' });
    expect(personFromTokens(tokens(bare))).toEqual({ id: 'sub-1', name: 'sub-1', role: 'member' });
    expect(personFromTokens(tokens(bare, null))).toEqual({ id: 'kc-uuid', name: 'kc-uuid', role: 'member' });
  });

  it('gives nobody for an access token that is not a JWT (an opaque token)', () => {
    expect(personFromTokens(tokens('opaque-access-token'))).toBeNull();
  });
});
