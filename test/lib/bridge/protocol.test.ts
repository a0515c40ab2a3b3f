import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNEL, BRIDGE_VERSION, parseAnswer, parseAsk, parseExtensionMessage, parseTokenRequest } from '../../../lib/bridge/index.js';

const REQUEST = {
  channel: BRIDGE_CHANNEL,
  version: BRIDGE_VERSION,
  kind: 'token-request',
  id: 'abcdef0123456789',
  domain: 'meet.example.org',
  tenant: null,
  room: 'standup',
};
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2ln';

describe('parseTokenRequest', () => {
  it('accepts the documented shape', () => {
    expect(parseTokenRequest(REQUEST)).toEqual(REQUEST);
    expect(parseTokenRequest({ ...REQUEST, tenant: 'sales' })).toMatchObject({ tenant: 'sales' });
    expect(parseTokenRequest({ ...REQUEST, tenant: undefined })).toMatchObject({ tenant: null });
  });

  it.each([
    ['another channel', { ...REQUEST, channel: 'jitsi' }],
    ['another version', { ...REQUEST, version: 2 }],
    ['a short id', { ...REQUEST, id: 'x' }],
    ['an id with markup', { ...REQUEST, id: '<img src=x>aaaaaaa' }],
    ['a domain with a path', { ...REQUEST, domain: 'meet.example.org/evil' }],
    ['an uppercase domain', { ...REQUEST, domain: 'MEET.example.org' }],
    ['a room with a slash', { ...REQUEST, room: '../admin' }],
    ['an empty room', { ...REQUEST, room: '' }],
    ['a tenant with a slash', { ...REQUEST, tenant: 'a/b' }],
    ['a number for room', { ...REQUEST, room: 42 }],
    ['an inherited field', Object.create(REQUEST) as unknown],
    ['a string', JSON.stringify(REQUEST)],
    ['null', null],
  ])('ignores %s', (_label, data) => {
    expect(parseTokenRequest(data)).toBeNull();
  });
});

describe('parseAnswer and parseExtensionMessage', () => {
  it('accepts a granted answer with a compact JWT only', () => {
    expect(parseAnswer({ outcome: 'granted', token: TOKEN })).toEqual({ outcome: 'granted', token: TOKEN });
    expect(parseAnswer({ outcome: 'granted', token: 'not a token' })).toBeNull();
    expect(parseAnswer({ outcome: 'granted', token: `${TOKEN}${'A'.repeat(17_000)}` })).toBeNull();
  });

  it('accepts refusals with a message, cut to a sane length', () => {
    expect(parseAnswer({ outcome: 'denied', message: 'no' })).toEqual({ outcome: 'denied', message: 'no' });
    expect(parseAnswer({ outcome: 'no-token', message: 'x'.repeat(1000) })).toMatchObject({ message: 'x'.repeat(300) });
    expect(parseAnswer({ outcome: 'denied' })).toBeNull();
    expect(parseAnswer({ outcome: 'maybe', message: 'x' })).toBeNull();
  });

  it('reads ready and response messages, nothing else', () => {
    expect(parseExtensionMessage({ channel: BRIDGE_CHANNEL, version: 1, kind: 'bridge-ready' })).toMatchObject({ kind: 'bridge-ready' });
    expect(parseExtensionMessage({ channel: BRIDGE_CHANNEL, version: 1, kind: 'token-response', id: REQUEST.id, outcome: 'granted', token: TOKEN })).toEqual({
      channel: BRIDGE_CHANNEL,
      version: 1,
      kind: 'token-response',
      id: REQUEST.id,
      outcome: 'granted',
      token: TOKEN,
    });
    expect(parseExtensionMessage({ channel: BRIDGE_CHANNEL, version: 1, kind: 'token-response', id: 'short', outcome: 'granted', token: TOKEN })).toBeNull();
    expect(parseExtensionMessage(REQUEST)).toBeNull();
  });

  it('reads the page ask attribute value', () => {
    expect(parseAsk(JSON.parse('{"domain":"meet.example.org","room":"daily"}'))).toEqual({ domain: 'meet.example.org', tenant: null, room: 'daily' });
    expect(parseAsk({ domain: 'meet.example.org', room: 'a\u0000b' })).toBeNull();
  });
});
