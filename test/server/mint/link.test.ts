import { describe, expect, it } from 'vitest';
import { extractToken, linkTarget } from '../../../lib/token/index.js';
import { buildMeetingLink } from '../../../server/mint/index.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoieCJ9.c2ln';

describe('buildMeetingLink', () => {
  it.each([
    ['https://meet.example.org', 'Team Standup', undefined, 'https://meet.example.org/Team%20Standup'],
    ['https://meet.example.org/', 'standup', undefined, 'https://meet.example.org/standup'],
    ['https://example.org/jitsi/', 'standup', undefined, 'https://example.org/jitsi/standup'],
    ['https://meet.example.org', 'standup', 'acme', 'https://meet.example.org/acme/standup'],
    ['http://127.0.0.1:8443', 'Café', undefined, 'http://127.0.0.1:8443/Caf%C3%A9'],
  ])('builds %s + %j with the token in the fragment (issue 9)', (base, room, tenant, prefix) => {
    const link = buildMeetingLink(base, room, TOKEN, tenant);
    expect(link).toBe(`${prefix}#jwt=%22${TOKEN}%22`);
    expect(extractToken(link)).toBe(TOKEN);
  });

  it('gives a link the inspector reads back to the same room', () => {
    const link = buildMeetingLink('https://meet.example.org', 'Team Standup', TOKEN, 'acme');
    expect(linkTarget(link)).toMatchObject({ room: 'acme/Team Standup' });
  });

  it.each([
    'http://meet.example.org',
    'ftp://meet.example.org',
    'https://user:pw@meet.example.org',
    'https://meet.example.org/?x=1',
    'https://meet.example.org/#a',
    'meet.example.org',
    'javascript:alert(1)',
  ])('refuses the base address %s', (base) => {
    expect(() => buildMeetingLink(base, 'standup', TOKEN)).toThrow(TypeError);
  });
});
