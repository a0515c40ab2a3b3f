import { describe, expect, it } from 'vitest';
import type { RecentMeeting, WalletToken } from '../../../../extension/storage.js';
import { recentStatus, timeLeftText } from '../../../../extension/ui/popup/recent-status.js';
import { fakeToken, goodClaims, NOW, NOW_S } from '../../../fixtures/tokens.js';

const MEETING: RecentMeeting = {
  key: 'meet.example.org//standup',
  deploymentId: null,
  domain: 'meet.example.org',
  tenant: null,
  room: 'standup',
  displayName: 'Ann',
  lastUsedAt: 1,
};

function held(id: string, token: string, room: string | null = 'standup'): WalletToken {
  return {
    id,
    token,
    source: 'pasted',
    deploymentId: null,
    domain: 'meet.example.org',
    tenant: null,
    room,
    refreshToken: null,
    idToken: null,
    expiresAt: null,
    obtainedAt: 1,
  };
}

describe('recentStatus', () => {
  it('is ready with the longest time left among matching tokens', () => {
    const wallet = [held('a', fakeToken(goodClaims({ exp: NOW_S + 600 }))), held('b', fakeToken(goodClaims({ exp: NOW_S + 1200 })))];
    expect(recentStatus(MEETING, wallet, [], NOW)).toEqual({ kind: 'ready', tokenId: 'b', secondsLeft: 1200 });
  });

  it('says expired for an expired token, signed out when none is held or none fits the room', () => {
    expect(recentStatus(MEETING, [held('a', fakeToken(goodClaims({ exp: NOW_S - 5 })))], [], NOW)).toEqual({ kind: 'expired', tokenId: 'a' });
    expect(recentStatus(MEETING, [], [], NOW)).toEqual({ kind: 'signed-out' });
    expect(recentStatus(MEETING, [held('a', fakeToken(goodClaims()), 'other')], [], NOW)).toEqual({ kind: 'signed-out' });
    expect(recentStatus(MEETING, [{ ...held('a', fakeToken(goodClaims())), domain: 'evil.example.org' }], [], NOW)).toEqual({ kind: 'signed-out' });
  });
});

describe('timeLeftText', () => {
  it.each([
    [null, 'no expiry'],
    [-3, '0 s left'],
    [45, '45 s left'],
    [720, '12 min left'],
    [3600, '1 h left'],
    [7500, '2 h 5 min left'],
  ])('%j → %s', (seconds, text) => {
    expect(timeLeftText(seconds)).toBe(text);
  });
});
