import { describe, expect, it } from 'vitest';
import { decideBridgeRequest, pageOrigin, type BridgeDecisionInput } from '../../../lib/bridge/index.js';
import type { Deployment } from '../../../lib/deployments/index.js';
import { fakeToken, goodClaims, NOW, NOW_S } from '../../fixtures/tokens.js';

const MEET: Deployment = {
  id: 'meet',
  name: 'Team Meet',
  domain: 'meet.example.org',
  tenant: null,
  expectedIssuer: ['myapp'],
  expectedAudience: ['myapp'],
  signIn: { kind: 'none' },
  logoutUrl: null,
  jwksUrl: null,
};
const OTHER: Deployment = { ...MEET, id: 'other', name: 'Other', domain: 'other.example.org' };
const PORTAL = 'https://portal.example.org';
const good = fakeToken(goodClaims());
const longer = fakeToken(goodClaims({ exp: NOW_S + 7200 }));
const expired = fakeToken(goodClaims({ exp: NOW_S - 10 }));
const otherRoom = fakeToken(goodClaims({ room: 'secret' }));

function input(overrides: Partial<BridgeDecisionInput> = {}): BridgeDecisionInput {
  return {
    origin: PORTAL,
    ask: { domain: 'meet.example.org', tenant: null, room: 'standup' },
    allowances: [{ origin: PORTAL, deploymentId: 'meet', grantedAt: NOW }],
    deployments: [MEET, OTHER],
    candidates: [{ id: 't1', deploymentId: 'meet', token: good, refreshable: false }],
    now: NOW,
    ...overrides,
  };
}

describe('decideBridgeRequest', () => {
  it('grants the allowed origin the token of that deployment, the longest-lived usable one', () => {
    expect(decideBridgeRequest(input())).toEqual({ answer: { outcome: 'granted', token: good } });
    const candidates = [
      { id: 't1', deploymentId: 'meet', token: good, refreshable: false },
      { id: 't2', deploymentId: 'meet', token: longer, refreshable: false },
    ];
    expect(decideBridgeRequest(input({ candidates }))).toEqual({ answer: { outcome: 'granted', token: longer } });
  });

  it('denies origins that were not allowed, including look-alikes, and says the same for unknown deployments', () => {
    for (const origin of ['https://evil.example', 'https://portal.example.org.evil.example', 'http://portal.example.org', 'https://portal.example.org:8443']) {
      expect(decideBridgeRequest(input({ origin }))).toMatchObject({ answer: { outcome: 'denied' } });
    }
    const unknown = decideBridgeRequest(input({ ask: { domain: 'nowhere.example', tenant: null, room: 'standup' } }));
    const notAllowed = decideBridgeRequest(input({ origin: 'https://evil.example', ask: { domain: 'nowhere.example', tenant: null, room: 'standup' } }));
    expect(unknown).toEqual(notAllowed);
  });

  it("refuses a tenant nobody configured instead of handing it the plain deployment's token (issue 9)", () => {
    const result = decideBridgeRequest(input({ ask: { domain: 'meet.example.org', tenant: 'acme', room: 'standup' } }));
    expect(result).toMatchObject({ answer: { outcome: 'denied' } });
  });

  it("never hands one deployment's token to a site allowed for another", () => {
    const result = decideBridgeRequest(
      input({
        ask: { domain: 'other.example.org', tenant: null, room: 'standup' },
        candidates: [{ id: 't1', deploymentId: 'meet', token: good, refreshable: false }],
        allowances: [{ origin: PORTAL, deploymentId: 'meet', grantedAt: NOW }],
      }),
    );
    expect(result).toMatchObject({ answer: { outcome: 'denied' } });
    const allowedOther = decideBridgeRequest(
      input({
        ask: { domain: 'other.example.org', tenant: null, room: 'standup' },
        allowances: [{ origin: PORTAL, deploymentId: 'other', grantedAt: NOW }],
      }),
    );
    expect(allowedOther).toMatchObject({ answer: { outcome: 'no-token' } });
  });

  it('does not give a token for another room, nor an expired one; asks for a refresh when one can be renewed', () => {
    expect(decideBridgeRequest(input({ candidates: [{ id: 't', deploymentId: 'meet', token: otherRoom, refreshable: true }] }))).toMatchObject({
      answer: { outcome: 'no-token', message: expect.stringContaining('room standup') },
    });
    expect(decideBridgeRequest(input({ candidates: [{ id: 't', deploymentId: 'meet', token: expired, refreshable: false }] }))).toMatchObject({
      answer: { outcome: 'no-token' },
    });
    expect(decideBridgeRequest(input({ candidates: [{ id: 't', deploymentId: 'meet', token: expired, refreshable: true }] }))).toEqual({
      refresh: { id: 't', deploymentId: 'meet', token: expired, refreshable: true },
    });
  });
});

describe('pageOrigin', () => {
  it('serves https pages and plain http on loopback only', () => {
    expect(pageOrigin('https://portal.example.org/path?q=1')).toBe('https://portal.example.org');
    expect(pageOrigin('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080');
    expect(pageOrigin('http://portal.example.org/')).toBeNull();
    expect(pageOrigin('file:///etc/passwd')).toBeNull();
    expect(pageOrigin('data:text/html,x')).toBeNull();
    expect(pageOrigin(undefined)).toBeNull();
    expect(pageOrigin('not a url')).toBeNull();
  });
});
