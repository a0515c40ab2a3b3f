import { describe, expect, it } from 'vitest';
import { diagnoseScript, externalApiUrl, loadExternalApi } from '../../../lib/jitsi/script-loader.js';
import { fakeRefusalTarget } from '../../fixtures/policy-refusals.js';

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

/** A page for `loadExternalApi`: its script element, its violation listeners, no network. */
function fakePage() {
  const { target, listeners, violation } = fakeRefusalTarget();
  const script: { onload: (() => void) | null; onerror: (() => void) | null; src?: string } = { onload: null, onerror: null };
  const document = { ...target, createElement: () => script, head: { append: () => {} } };
  const env = {
    document: document as unknown as Document,
    window: {},
    fetch: fail as typeof fetch,
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  return { env, script, listeners, violation };
}

describe("external_api.js refused by the page's own Content-Security-Policy", () => {
  const url = 'https://meet.example.org/external_api.js';

  it.each([
    ['the whole address', url],
    ['its origin alone', 'https://meet.example.org'],
  ])('a script-src refusal naming %s makes the failure "blocked", with the directive', async (_, blockedURI) => {
    const page = fakePage();
    const loading = loadExternalApi(url, 5000, page.env);
    page.violation('script-src-elem', blockedURI);
    page.script.onerror?.();
    expect(await loading).toEqual({ ok: false, url, failure: { kind: 'blocked', directive: 'script-src-elem' } });
    // The listener is gone once the load has its answer.
    expect(page.listeners.size).toBe(0);
  });

  it('refusals of other addresses or of the diagnosis (connect-src), and inline ones, leave the plain diagnosis', async () => {
    const page = fakePage();
    const loading = loadExternalApi(url, 5000, page.env);
    page.violation('script-src-elem', 'https://cdn.example.net/lib.js');
    page.violation('script-src-elem', 'https://meet.example.org.evil.test/external_api.js');
    page.violation('connect-src', url);
    page.violation('script-src-elem', 'inline');
    page.script.onerror?.();
    expect(await loading).toEqual({ ok: false, url, failure: { kind: 'unreachable' } });
    expect(page.listeners.size).toBe(0);
  });

  it('a report-only refusal leaves the plain diagnosis (the policy refused nothing), and the origin is compared as the browser writes it', async () => {
    const page = fakePage();
    const loading = loadExternalApi(url, 5000, page.env);
    page.violation('script-src-elem', url, 'report');
    page.script.onerror?.();
    expect(await loading).toEqual({ ok: false, url, failure: { kind: 'unreachable' } });
    const upper = 'https://Meet.Example.org/external_api.js';
    const again = fakePage();
    const blocked = loadExternalApi(upper, 5000, again.env);
    again.violation('script-src-elem', url);
    again.script.onerror?.();
    expect(await blocked).toMatchObject({ failure: { kind: 'blocked', directive: 'script-src-elem' } });
  });

  it('a script that loads stops listening at once', async () => {
    const page = fakePage();
    const loading = loadExternalApi(url, 5000, page.env);
    expect(page.listeners.size).toBe(1);
    page.script.onload?.();
    expect(await loading).toMatchObject({ ok: false, failure: { kind: 'not-jitsi' } });
    expect(page.listeners.size).toBe(0);
  });
});

describe('external_api.js on a page that enforces Trusted Types', () => {
  const url = 'https://meet.example.org/external_api.js';
  /** A script element whose `src` takes only what `accepts` allows, as Chromium's enforcement does. */
  function enforcingPage(accepts: (value: unknown) => boolean) {
    const page = fakePage();
    let src: unknown;
    Object.defineProperty(page.script, 'src', {
      get: () => src,
      set: (value: unknown) => {
        if (!accepts(value)) throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
        src = value;
      },
    });
    return { ...page, src: () => src };
  }
  /** A TrustedScriptURL as the fake factory makes it. */
  class Trusted {
    constructor(readonly value: string) {}
  }
  const factory = (refuses = false) => {
    const made: string[] = [];
    const rules: { createScriptURL?: (input: string) => string } = {};
    return {
      made,
      rules,
      createPolicy(name: string, given: { createScriptURL(input: string): string }) {
        if (refuses) throw new TypeError(`Policy "${name}" disallowed.`);
        made.push(name);
        rules.createScriptURL = given.createScriptURL;
        return { createScriptURL: (input: string) => new Trusted(given.createScriptURL(input)) };
      },
    };
  };

  it('loads through its own policy, "meetgate", which lets through only an external_api.js over https', async () => {
    const page = enforcingPage((value) => value instanceof Trusted);
    const trustedTypes = factory();
    const loading = loadExternalApi(url, 5000, { ...page.env, window: { trustedTypes } });
    expect(trustedTypes.made).toEqual(['meetgate']);
    expect(page.src()).toEqual(new Trusted(url));
    page.script.onload?.();
    expect(await loading).toMatchObject({ ok: false, failure: { kind: 'not-jitsi' } });
    for (const other of [
      'https://evil.test/x.js',
      'http://meet.example.org/external_api.js',
      'https://meet.example.org/external_api.js#x',
      'javascript:alert(1)',
    ]) {
      expect(() => trustedTypes.rules.createScriptURL?.(other), other).toThrow(TypeError);
    }
    expect(trustedTypes.rules.createScriptURL?.('https://8x8.vc/vpaas-magic-cookie-1/external_api.js?release=release-1234')).toBe(
      'https://8x8.vc/vpaas-magic-cookie-1/external_api.js?release=release-1234',
    );
  });

  it('an address its own policy refuses (a tenant with "?" or "#") still settles, never rejects', async () => {
    for (const odd of [externalApiUrl('meet.example.org', 'q?a/standup'), externalApiUrl('meet.example.org#x', 'standup')]) {
      // Chromium has the API on every page; one that enforces nothing takes the plain address.
      const open = enforcingPage(() => true);
      const loading = loadExternalApi(odd, 5000, { ...open.env, window: { trustedTypes: factory() } });
      expect(open.src()).toBe(odd);
      open.script.onerror?.();
      expect(await loading).toEqual({ ok: false, url: odd, failure: { kind: 'unreachable' } });
      const strict = enforcingPage((value) => value instanceof Trusted);
      expect(await loadExternalApi(odd, 5000, { ...strict.env, window: { trustedTypes: factory() } })).toMatchObject({ ok: false, url: odd });
      expect(strict.listeners.size).toBe(0);
    }
  });

  it('a page whose trusted-types directive refuses the policy: "blocked" by trusted-types, at once', async () => {
    const page = enforcingPage((value) => value instanceof Trusted);
    expect(await loadExternalApi(url, 5000, { ...page.env, window: { trustedTypes: factory(true) } })).toEqual({
      ok: false,
      url,
      failure: { kind: 'blocked', directive: 'trusted-types' },
    });
    expect(page.listeners.size).toBe(0);
  });

  it('a refused policy on a page that enforces nothing still loads with the plain address', () => {
    const page = enforcingPage(() => true);
    void loadExternalApi(url, 5000, { ...page.env, window: { trustedTypes: factory(true) } });
    expect(page.src()).toBe(url);
  });

  it('enforcement without the Trusted Types API: "blocked" by require-trusted-types-for', async () => {
    const page = enforcingPage((value) => value instanceof Trusted);
    expect(await loadExternalApi(url, 5000, page.env)).toMatchObject({ failure: { kind: 'blocked', directive: 'require-trusted-types-for' } });
  });
});
