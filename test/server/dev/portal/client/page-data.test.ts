import { describe, expect, it } from 'vitest';
import { parseRoomPageData } from '../../../../../server/dev/portal/client/index.js';

const VALID = {
  room: 'team-standup',
  title: 'Team stand-up',
  domain: 'localhost:4281',
  tokenPath: '/api/meeting-token',
  loginUrl: 'http://127.0.0.1:4280/login',
  logoutUrl: 'http://127.0.0.1:4280/logout',
  portalOrigin: 'http://127.0.0.1:4280',
  externalApi: 'bundled',
  simulator: { url: 'https://localhost:4281/', probeUrl: 'https://localhost:4281/external_api.js' },
  ttlSeconds: 600,
};

describe('room page data', () => {
  it('reads the settings the portal wrote, with or without a simulator', () => {
    expect(parseRoomPageData(JSON.stringify(VALID))).toEqual(VALID);
    const real = { ...VALID, externalApi: 'deployment', simulator: null };
    expect(parseRoomPageData(JSON.stringify(real))).toEqual(real);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{room:'],
    ['an array', '[]'],
    ['a missing room', JSON.stringify({ ...VALID, room: undefined })],
    ['an empty domain', JSON.stringify({ ...VALID, domain: '' })],
    ['an unknown external API mode', JSON.stringify({ ...VALID, externalApi: 'cdn' })],
    ['a simulator without a probe address', JSON.stringify({ ...VALID, simulator: { url: 'https://localhost:4281/' } })],
    ['a lifetime that is not a number', JSON.stringify({ ...VALID, ttlSeconds: '600' })],
  ])('refuses %s', (_label, text) => {
    expect(parseRoomPageData(text)).toBeNull();
  });
});
