import { describe, expect, it } from 'vitest';
import { backendRoomName, extractToken, inspectToken, linkTarget } from '../../../lib/token/index.js';
import { luaMatch } from '../../../lib/token/prosody/lua-pattern.js';
import { splitRoom } from '../../../lib/token/room.js';
import { fakeToken, goodClaims, GOOD_CONTEXT } from '../../fixtures/tokens.js';

const token = fakeToken(goodClaims());

describe('extractToken', () => {
  it.each([
    ['a bare token', token],
    ['a token with spaces around', `  ${token}\n`],
    ['Bearer prefix', `Bearer ${token}`],
    ['a query link', `https://meet.example.org/standup?jwt=${token}`],
    ['a query link with more params', `https://meet.example.org/standup?lang=de&jwt=${token}&x=1`],
    ['a hash link, JSON-quoted as the IFrame API writes it', `https://meet.example.org/standup#jitsi_meet_external_api_id=0&jwt=%22${token}%22`],
    ['a hash link, quoted', `https://meet.example.org/standup#jwt="${token}"`],
    ['a hash link, in the curly quotes a mail program writes', `https://meet.example.org/standup#jwt=\u201C${token}\u201D`],
  ])('finds the token in %s', (_, input) => {
    expect(extractToken(input)).toBe(token);
  });

  it('prefers the hash over the query, as Jitsi does', () => {
    expect(extractToken(`https://h/r?jwt=query.a.b#jwt="hash.a.b"`)).toBe('hash.a.b');
  });

  // Jitsi's rules (jitsi/jitsi-meet 1c8216e, parseJWTFromURLParams and parseURLParams): the hash's
  // jwt parsed as JSON, else the query's as written, the last of several.
  it('skips an unquoted #jwt=, as Jitsi does (it is no JSON), and says so', () => {
    const link = `https://meet.example.org/standup#jwt=${token}&config.x=1`;
    expect(extractToken(link)).toBe('');
    const [finding] = inspectToken(link, GOOD_CONTEXT).findings;
    expect(finding).toMatchObject({ code: 'malformed', severity: 'error' });
    expect(finding?.message).toMatch(/skips this link's #jwt=.*in quotes/);
    expect(finding?.hint).toContain('#jwt="<token>"');
    // With a query token too, Jitsi uses that one.
    expect(extractToken(`https://h/r?jwt=query.a.b#jwt=hash.a.b`)).toBe('query.a.b');
  });

  it('takes the last of several jwt parameters, as Jitsi does', () => {
    expect(extractToken('https://h/r?jwt=first.a.b&jwt=last.a.b')).toBe('last.a.b');
    expect(extractToken('https://h/r#jwt="first.a.b"&jwt="last.a.b"')).toBe('last.a.b');
    // A later value that is no JSON is skipped: the earlier quoted one stays.
    expect(extractToken('https://h/r#jwt="first.a.b"&jwt=last.a.b')).toBe('first.a.b');
    // A bare last `jwt` in the query leaves Jitsi no token.
    expect(extractToken('https://h/r?jwt=first.a.b&jwt')).toBe('');
  });

  it('reads the query value as written, not decoded, as Jitsi does', () => {
    expect(extractToken('https://h/r?jwt=a%2Eb%2Ec')).toBe('a%2Eb%2Ec');
  });

  it('tells where a link leads', () => {
    expect(linkTarget(`https://meet.example.org/acme/Team%20Standup?jwt=${token}`)).toEqual({ domain: 'meet.example.org', room: 'acme/Team Standup' });
    expect(linkTarget(token)).toBeNull();
  });

  it('inspects links directly', () => {
    expect(inspectToken(`https://meet.example.org/standup?jwt=${token}`, GOOD_CONTEXT).usable).toBe(true);
  });
});

describe('room names as Prosody compares them', () => {
  it.each([
    ['standup', 'standup'],
    ['StandUp', 'standup'],
    ['Team Standup', 'team%20standup'],
    ['team%20standup', 'team%20standup'],
    ['Café', 'caf%c3%a9'],
    ['ﬁle', 'file'],
    ['a/b', 'a%2fb'],
  ])('%s → %s', (room, node) => {
    expect(backendRoomName(room)).toBe(node);
  });

  it('splits tenant/room', () => {
    expect(splitRoom('vpaas-magic-cookie-1/standup')).toEqual({ tenant: 'vpaas-magic-cookie-1', room: 'standup' });
    expect(splitRoom('standup')).toEqual({ tenant: null, room: 'standup' });
  });

  it.each([
    ['^team%-.*$', 'team-alpha', true],
    ['^team%-.*$', 'teams', false],
    ['^%a+%d$', 'room7', true],
    ['^%a+%d$', 'room77', false],
    ['class', 'myclass1', true],
    ['^[abc]+$', 'abcab', true],
    ['^x.-y$', 'xaaay', true],
  ])('Lua pattern %s on %s → %s', (pattern, room, expected) => {
    expect(luaMatch(room, pattern).kind === 'match').toBe(expected);
  });

  it('matches a pattern room claim when context.room.regex is set and the match is the whole room', () => {
    const claims = (room: string) => goodClaims({ room, context: { user: { name: 'A' }, room: { regex: true } } });
    const whole = inspectToken(fakeToken(claims('^stand%a*$')), GOOD_CONTEXT);
    expect(whole.room).toMatchObject({ pattern: true, matches: true });
    expect(whole.usable).toBe(true);
    const part = inspectToken(fakeToken(claims('^stand')), GOOD_CONTEXT);
    expect(part.room).toMatchObject({ pattern: true, matches: false });
    expect(part.usable).toBe(false);
  });
});

describe('malformed tokens say what is broken', () => {
  it.each([
    ['abc.def', /three parts/],
    ['!!!.e30.x', /header is not base64url.*"Invalid header"/],
    [`${Buffer.from('nope').toString('base64url')}.e30.x`, /header is not JSON/],
    [`${Buffer.from('[1]').toString('base64url')}.e30.x`, /header is not a JSON object/],
    [`e30.${Buffer.from('nope').toString('base64url')}.x`, /payload is not JSON.*"Invalid body"/],
    ['e30.!!!.x', /payload is not base64url/],
    [`e30.${Buffer.from('"s"').toString('base64url')}.x`, /payload is not a JSON object/],
  ])('%s', (input, reason) => {
    const [finding] = inspectToken(input).findings;
    expect(finding?.code).toBe('malformed');
    expect(finding?.message).toMatch(reason);
  });
});
