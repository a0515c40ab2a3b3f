import { describe, expect, it } from 'vitest';
import { createLinkSource, splitLinkTokens, takeTokenFromLink, withoutLinkTokens, type LinkEnvironment } from '../../../lib/sources/index.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2ln';

/** A location + history pair that records replaceState like a browser would. */
function page(href: string): LinkEnvironment & { replaced: Array<{ state: unknown; url: string }>; current: () => string } {
  let current = href;
  const replaced: Array<{ state: unknown; url: string }> = [];
  return {
    location: {
      get href() {
        return current;
      },
    },
    history: {
      state: { spa: 'route-state' },
      replaceState(state: unknown, _unused: string, url?: string | URL | null) {
        replaced.push({ state, url: String(url) });
        current = String(url);
      },
    },
    replaced,
    current: () => current,
  };
}

describe('takeTokenFromLink', () => {
  it.each([
    [`https://p.example.org/meet?jwt=${TOKEN}`, 'https://p.example.org/meet'],
    [`https://p.example.org/meet?a=1&jwt=${TOKEN}&b=%20x`, 'https://p.example.org/meet?a=1&b=%20x'],
    [`https://p.example.org/meet#jwt=${TOKEN}`, 'https://p.example.org/meet'],
    [`https://p.example.org/meet#jwt=${encodeURIComponent(`"${TOKEN}"`)}`, 'https://p.example.org/meet'],
    [`https://p.example.org/meet#jwt="${TOKEN}"&config.startWithAudioMuted=true`, 'https://p.example.org/meet#config.startWithAudioMuted=true'],
    [`https://p.example.org/meet?x=1&jwt=${TOKEN}#section-2`, 'https://p.example.org/meet?x=1#section-2'],
  ])('reads and removes the token from %s', (href, cleaned) => {
    const env = page(href);
    expect(takeTokenFromLink(env)).toBe(TOKEN);
    expect(env.current()).toBe(cleaned);
    expect(env.replaced).toEqual([{ state: { spa: 'route-state' }, url: cleaned }]);
  });

  it('prefers the hash over the query, as Jitsi does, and removes both', () => {
    const env = page(`https://p.example.org/m?jwt=query.query.query#jwt="hash.hash.hash"`);
    expect(takeTokenFromLink(env)).toBe('hash.hash.hash');
    expect(env.current()).toBe('https://p.example.org/m');
  });

  it('removes every jwt parameter, including repeated and encoded names', () => {
    const env = page(`https://p.example.org/m?jwt=a.a.a&%6Awt=b.b.b&keep=1&jwt=c.c.c`);
    expect(takeTokenFromLink(env)).toBe('a.a.a');
    expect(env.current()).toBe('https://p.example.org/m?keep=1');
  });

  it('does not touch an address without a token', () => {
    const env = page('https://p.example.org/m?jwtx=1&notjwt=2#anchor');
    expect(takeTokenFromLink(env)).toBeNull();
    expect(env.replaced).toEqual([]);
  });

  it('removes but refuses an oversized or empty value', () => {
    const big = page(`https://p.example.org/m?jwt=${'a'.repeat(20_000)}`);
    expect(takeTokenFromLink(big)).toBeNull();
    expect(big.current()).toBe('https://p.example.org/m');
    const empty = page('https://p.example.org/m?jwt=&x=1');
    expect(takeTokenFromLink(empty)).toBeNull();
    expect(empty.current()).toBe('https://p.example.org/m?x=1');
  });

  it('still returns the token once when replaceState throws (sandboxed page)', () => {
    const env: LinkEnvironment = {
      location: { href: `https://p.example.org/m?jwt=${TOKEN}` },
      history: {
        state: null,
        replaceState: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      },
    };
    expect(takeTokenFromLink(env)).toBe(TOKEN);
  });
});

describe('createLinkSource', () => {
  it('reads once: a second source on the same page finds nothing', async () => {
    const env = page(`https://p.example.org/m#jwt="${TOKEN}"`);
    const first = createLinkSource(env);
    const second = createLinkSource(env);
    const req = { room: 'r', domain: 'd', reason: 'initial' as const, signal: new AbortController().signal };
    await expect(first.request(req)).resolves.toBe(TOKEN);
    await expect(first.request({ ...req, reason: 'kicked' })).resolves.toBe(TOKEN);
    await expect(second.request(req)).resolves.toBeNull();
    first.forget!();
    await expect(first.request(req)).resolves.toBeNull();
  });
});

describe('splitLinkTokens / withoutLinkTokens', () => {
  it('keeps other parameters byte for byte', () => {
    expect(splitLinkTokens('https://h/p?q=a+b%2Fc&jwt=t.t.t&z').cleaned).toBe('https://h/p?q=a+b%2Fc&z');
  });
  it('returns the address unchanged when there is no token', () => {
    expect(withoutLinkTokens('https://h/p?a=1&&b#x')).toBe('https://h/p?a=1&&b#x');
    expect(withoutLinkTokens('https://h/p?jwt=t.t.t#jwt=u.u.u')).toBe('https://h/p');
  });
  it('handles a broken escape without throwing', () => {
    expect(splitLinkTokens('https://h/p?jwt=%E0%A4%A').query).toEqual(['%E0%A4%A']);
  });
});
