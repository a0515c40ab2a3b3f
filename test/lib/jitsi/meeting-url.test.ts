import { describe, expect, it } from 'vitest';
import { buildMeetingUrl, parseMeetingUrl } from '../../../lib/jitsi/meeting-url.js';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb29tIjoiKiJ9.c2ln';

describe('buildMeetingUrl', () => {
  it('writes the token twice, the api id first in the hash, and JSON-encoded overrides', () => {
    const url = buildMeetingUrl(
      'meet.example.org',
      {
        roomName: 'Team Standup',
        jwt: JWT,
        lang: 'de',
        configOverwrite: { prejoinConfig: { enabled: false }, startWithAudioMuted: true },
        interfaceConfigOverwrite: { SHOW_JITSI_WATERMARK: false },
        userInfo: { displayName: "Ann O'Neil" },
      },
      4,
    );
    expect(url).toBe(
      `https://meet.example.org/Team Standup?jwt=${JWT}&lang=de#jitsi_meet_external_api_id=4&jwt=%22${JWT}%22` +
        '&config.prejoinConfig=%7B%22enabled%22%3Afalse%7D&config.startWithAudioMuted=true' +
        "&interfaceConfig.SHOW_JITSI_WATERMARK=false&userInfo.displayName=%22Ann%20O'Neil%22",
    );
  });

  it('puts the room in raw as the real host does (the browser encodes it the same way)', () => {
    const url = buildMeetingUrl('meet.example.org', { roomName: 'Team Standup' }, 0);
    expect(new URL(url).pathname).toBe('/Team%20Standup');
    expect(buildMeetingUrl('meet.example.org', { roomName: '100%' }, 0)).toBe('https://meet.example.org/100%#jitsi_meet_external_api_id=0');
    expect(new URL(buildMeetingUrl('meet.example.org', { roomName: 'Café' }, 0)).pathname).toBe('/Caf%C3%A9');
  });

  // The real host would let these end the path, make a tenant, or climb out of it.
  it.each([
    ['a?b#c', '/a%3Fb%23c', 'a?b#c'],
    ['a\\b', '/a%5Cb', 'a\\b'],
  ])('keeps the structure of the URL for %j', (roomName, pathname, room) => {
    const url = new URL(buildMeetingUrl('meet.example.org', { roomName, jwt: JWT }, 0));
    expect(url.pathname).toBe(pathname);
    expect(url.searchParams.get('jwt')).toBe(JWT);
    expect(parseMeetingUrl(url).room).toBe(room);
  });

  it.each(['..', '../admin', 'acme/.', 'acme/%2e%2E'])('refuses %j: browsers resolve dot segments in any spelling', (roomName) => {
    expect(() => buildMeetingUrl('meet.example.org', { roomName }, 0)).toThrow(/Invalid room name/);
  });

  it('writes appData.localStorageContent (null when empty) last and iceServers after config (uri.ts prefix order), undefined as Jitsi writes it', () => {
    const url = buildMeetingUrl(
      'meet.example.org',
      {
        roomName: 'r',
        userInfo: { displayName: 'Ann' },
        appData: { localStorageContent: null },
        iceServers: { replace: [{ targetType: 'turn', urls: null }] },
        configOverwrite: { x: undefined },
      },
      2,
    );
    expect(url).toBe(
      'https://meet.example.org/r#jitsi_meet_external_api_id=2&config.x=undefined' +
        '&iceServers.replace=%5B%7B%22targetType%22%3A%22turn%22%2C%22urls%22%3Anull%7D%5D&userInfo.displayName=%22Ann%22&appData.localStorageContent=null',
    );
    const stored = buildMeetingUrl('meet.example.org', { roomName: 'r', appData: { localStorageContent: '{"language":"de"}' } }, 3);
    expect(stored).toContain(`&appData.localStorageContent=${encodeURIComponent(JSON.stringify('{"language":"de"}'))}`);
  });

  it('keeps a tenant path and does not encode twice', () => {
    expect(buildMeetingUrl('meet.example.org', { roomName: 'acme/Daily%20Sync' }, 0)).toBe(
      'https://meet.example.org/acme/Daily%20Sync#jitsi_meet_external_api_id=0',
    );
  });

  it('refuses a domain that could send the iframe elsewhere', () => {
    for (const domain of ['evil.example/#', 'user@evil.example', 'https://meet.example.org', 'meet.example.org?x', '']) {
      expect(() => buildMeetingUrl(domain, {}, 0)).toThrow(/Invalid Jitsi domain/);
    }
    expect(buildMeetingUrl('localhost:8443/jitsi', {}, 1)).toBe('https://localhost:8443/jitsi/#jitsi_meet_external_api_id=1');
  });
});

describe('parseMeetingUrl', () => {
  it('reads back what buildMeetingUrl wrote', () => {
    const url = new URL(
      buildMeetingUrl('meet.example.org', { roomName: 'acme/Daily Sync', jwt: JWT, configOverwrite: { a: [1, 'b'] }, userInfo: { email: 'a@b.c' } }, 7),
    );
    expect(parseMeetingUrl(url)).toEqual({
      apiId: 7,
      jwt: JWT,
      tenant: 'acme',
      room: 'Daily Sync',
      config: { a: [1, 'b'] },
      interfaceConfig: {},
      userInfo: { email: 'a@b.c' },
    });
  });

  it('prefers the hash token and falls back to the query when the hash value is not JSON', () => {
    expect(parseMeetingUrl(new URL('https://m.example/r?jwt=query#jwt=%22hash%22')).jwt).toBe('hash');
    expect(parseMeetingUrl(new URL('https://m.example/r?jwt=query#jwt=hash')).jwt).toBe('query');
    expect(parseMeetingUrl(new URL('https://m.example/r')).jwt).toBeNull();
  });

  it('has no api id unless the hash gives a non-negative integer, and skips poisoning keys', () => {
    expect(parseMeetingUrl(new URL('https://m.example/r#jitsi_meet_external_api_id=%22x%22')).apiId).toBeNull();
    const parsed = parseMeetingUrl(new URL('https://m.example/r#config.__proto__=%7B%7D&config.constructor=1&config.ok=2'));
    expect(Object.keys(parsed.config)).toEqual(['ok']);
  });
});
