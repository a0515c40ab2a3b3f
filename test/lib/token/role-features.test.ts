import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, inspectToken } from '../../../lib/token/index.js';
import { featureState, suggestFeature } from '../../../lib/token/features.js';
import { fakeToken, goodClaims, GOOD_CONTEXT } from '../../fixtures/tokens.js';

const withUser = (userFields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  inspectToken(fakeToken(goodClaims({ context: { user: { name: 'A', ...userFields } }, ...extra })), GOOD_CONTEXT);

describe('role, as mod_token_affiliation and token_moderation derive it', () => {
  it.each([
    [{ affiliation: 'owner' }, {}, 'owner', 'context.user.affiliation'],
    [{ affiliation: 'Owner' }, {}, 'owner', 'context.user.affiliation'],
    [{ affiliation: 'moderator' }, {}, 'moderator', 'context.user.affiliation'],
    [{ affiliation: 'teacher' }, {}, 'moderator', 'context.user.affiliation'],
    [{ affiliation: 'member' }, {}, 'member', 'context.user.affiliation'],
    [{ affiliation: 'admin' }, {}, 'member', 'context.user.affiliation'],
    [{ moderator: 'true' }, {}, 'moderator', 'context.user.moderator'],
    [{ moderator: true }, {}, 'moderator', 'context.user.moderator'],
    [{ moderator: 'false' }, {}, 'member', 'context.user.moderator'],
    [{}, { moderator: true }, 'moderator', 'moderator'],
    [{}, { moderator: 'true' }, 'moderator', 'moderator'],
    [{}, { moderator: false }, 'member', 'moderator'],
    [{}, { moderator: 'yes' }, 'member', 'moderator'],
    [{}, {}, 'member', null],
    [{ role: 'visitor' }, {}, 'guest', 'context.user.role'],
    [{ affiliation: 'member' }, { moderator: true }, 'moderator', 'moderator'],
  ] as const)('%j + %j → %s decided by %s', (userFields, extra, role, decidedBy) => {
    const report = withUser(userFields, extra);
    expect(report.role.value).toBe(role);
    expect(report.role.decidedBy).toBe(decidedBy);
  });

  it('lists every disagreeing claim', () => {
    const report = withUser({ affiliation: 'owner', moderator: 'false' }, { moderator: false });
    expect(report.role.conflicts).toEqual(['context.user.moderator', 'moderator']);
  });
});

describe('features', () => {
  it.each([
    [true, 'enabled'],
    ['true', 'enabled'],
    [false, 'disabled'],
    ['false', 'disabled'],
    ['', 'disabled'],
    ['TRUE', 'disabled'],
    [1, 'disabled'],
    [null, 'disabled'],
    [undefined, 'unset'],
  ] as const)('%j is %s', (value, state) => {
    expect(featureState(value)).toBe(state);
  });

  it('applies the web client defaults to unset flags when features are given', () => {
    const report = withUser({}, { context: { user: { name: 'A' }, features: { recording: true } } });
    expect(report.features.recording).toEqual({ state: 'enabled', granted: true, source: 'token' });
    expect(report.features['screen-sharing']).toEqual({ state: 'unset', granted: true, source: 'default' });
    expect(report.features.livestreaming).toEqual({ state: 'unset', granted: false, source: 'default' });
  });

  it('grants moderators everything when the token has no features at all', () => {
    const owner = withUser({ affiliation: 'owner' });
    const member = withUser({ affiliation: 'member' });
    for (const name of FEATURE_NAMES) {
      expect(owner.features[name]).toMatchObject({ state: 'unset', granted: true, source: 'moderator-default' });
    }
    expect(member.features.recording.granted).toBe(false);
    expect(member.features['screen-sharing'].granted).toBe(true);
  });

  it('gives live-translation to moderators only when unset', () => {
    const features = { recording: false };
    expect(withUser({ affiliation: 'owner' }, { context: { user: { name: 'A', affiliation: 'owner' }, features } }).features['live-translation'].granted).toBe(
      true,
    );
    expect(withUser({}, { context: { user: { name: 'A' }, features } }).features['live-translation'].granted).toBe(false);
  });

  it.each([
    ['screensharing', 'screen-sharing'],
    ['screen_sharing', 'screen-sharing'],
    ['ScreenSharing', 'screen-sharing'],
    ['livestream', 'livestreaming'],
    ['recordings', 'recording'],
    ['outbound_call', 'outbound-call'],
    ['transcriptions', 'transcription'],
    ['sip_inbound_call', 'sip-inbound-call'],
    ['filpe', null],
    ['karaoke', null],
  ])('suggests %s → %s', (typo, expected) => {
    expect(suggestFeature(typo)).toBe(expected);
  });

  it('never reads inherited keys such as __proto__ or constructor', () => {
    const payload = `{"iss":"myapp","aud":"myapp","sub":"meet.example.org","room":"standup","exp":${GOOD_CONTEXT.now / 1000 + 60},"context":{"user":{"name":"A"},"features":{"__proto__":{"recording":true},"constructor":true}}}`;
    const token = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(payload).toString('base64url')}.x`;
    const report = inspectToken(token, GOOD_CONTEXT);
    expect(report.features.recording.state).toBe('unset');
    expect(report.unknownFeatures.sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).recording).toBeUndefined();
  });
});
