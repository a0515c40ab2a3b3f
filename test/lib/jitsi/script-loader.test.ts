import { describe, expect, it } from 'vitest';
import { diagnoseScript, externalApiUrl } from '../../../lib/jitsi/script-loader.js';

const fail = () => Promise.reject(new TypeError('Failed to fetch'));

describe('external_api.js: address and diagnosis', () => {
  it('builds the address as the SDK does (tenant, release), and a retry asks the network afresh', () => {
    expect(externalApiUrl('meet.example.org', 'standup')).toBe('https://meet.example.org/external_api.js');
    expect(externalApiUrl('8x8.vc', 'vpaas-magic-cookie-1/room', 'release-1234')).toBe(
      'https://8x8.vc/vpaas-magic-cookie-1/external_api.js?release=release-1234',
    );
    expect(externalApiUrl('meet.example.org', 'standup', undefined, 3)).toBe('https://meet.example.org/external_api.js?meetgate-retry=3');
  });

  it('offline → no network; CORS answer → its status; opaque answer → an error page; nothing → unreachable', async () => {
    const url = 'https://meet.example.org/external_api.js';
    expect(await diagnoseScript(url, { fetch: fail, window: { navigator: { onLine: false } } })).toEqual({ kind: 'offline' });
    const cors = (async () => new Response('', { status: 404 })) as typeof fetch;
    expect(await diagnoseScript(url, { fetch: cors, window: {} })).toEqual({ kind: 'http-error', status: 404 });
    const opaque = (async (_: unknown, init?: RequestInit) => (init?.mode === 'cors' ? fail() : new Response(''))) as typeof fetch;
    expect(await diagnoseScript(url, { fetch: opaque, window: {} })).toEqual({ kind: 'http-error', status: null });
    expect(await diagnoseScript(url, { fetch: fail as typeof fetch, window: {} })).toEqual({ kind: 'unreachable' });
    const fine = (async () => new Response('// not jitsi', { status: 200 })) as typeof fetch;
    expect(await diagnoseScript(url, { fetch: fine, window: {} })).toEqual({ kind: 'not-jitsi' });
  });
});
