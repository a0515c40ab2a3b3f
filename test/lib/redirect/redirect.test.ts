import { describe, expect, it } from 'vitest';
import { buildLoginUrl, checkRedirect, ConfigurationError, parseOriginList } from '../../../lib/redirect/index.js';

const allowed = parseOriginList(['https://intranet.example.org', 'https://sso.example.org:8443/'], 'allowedRedirectOrigins');
const policy = { allowedOrigins: allowed, pageUrl: 'https://portal.example.org/meet/standup?x=1' };

describe('parseOriginList', () => {
  it('keeps exact origins and normalises a trailing slash and case', () => {
    expect([...parseOriginList(['https://A.example.org/', 'http://127.0.0.1:8080'], 's')]).toEqual(['https://a.example.org', 'http://127.0.0.1:8080']);
  });
  it.each([
    ['*', /wildcard/],
    ['https://*.example.org', /wildcard/],
    ['example.org', /not an origin/],
    ['javascript:alert(1)', /https/],
    ['ftp://example.org', /https/],
    ['https://example.org/path', /more than an origin/],
    ['https://user:pw@example.org', /more than an origin/],
    ['https://example.org?q', /more than an origin/],
    ['', /every entry/],
  ])('refuses %j at configuration', (entry, message) => {
    expect(() => parseOriginList([entry], 'allowedTokenOrigins')).toThrow(ConfigurationError);
    expect(() => parseOriginList([entry], 'allowedTokenOrigins')).toThrow(message);
  });
  it('refuses a non-list and a non-string entry', () => {
    expect(() => parseOriginList('https://a.org' as unknown as string[], 's')).toThrow(ConfigurationError);
    expect(() => parseOriginList([42 as unknown as string], 's')).toThrow(ConfigurationError);
  });
  it('gives an empty set for undefined', () => {
    expect(parseOriginList(undefined, 's').size).toBe(0);
  });
});

describe('checkRedirect', () => {
  it.each([
    ['https://intranet.example.org/bye', 'https://intranet.example.org/bye'],
    ['https://sso.example.org:8443/logout?post_logout_redirect_uri=x', 'https://sso.example.org:8443/logout?post_logout_redirect_uri=x'],
    ['/logged-out', 'https://portal.example.org/logged-out'],
    ['https://portal.example.org/other', 'https://portal.example.org/other'],
    ['HTTPS://INTRANET.EXAMPLE.ORG/x', 'https://intranet.example.org/x'],
  ])('follows %s', (target, url) => {
    expect(checkRedirect(target, policy)).toMatchObject({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    [' javascript:alert(1)', 'scheme'],
    ['java\nscript:alert(1)', 'invalid-url'],
    ['java\tscript:alert(1)', 'invalid-url'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['vbscript:msgbox', 'scheme'],
    ['blob:https://intranet.example.org/uuid', 'scheme'],
    ['https://evil.example.com/', 'origin'],
    ['//evil.example.com/x', 'origin'],
    ['/\\evil.example.com', 'origin'],
    ['https://intranet.example.org.evil.com/', 'origin'],
    ['https://intranet.example.org@evil.com/', 'credentials'],
    ['https://user:pw@intranet.example.org/', 'credentials'],
    ['http://intranet.example.org/', 'origin'],
    ['https://intranet.example.org:444/', 'origin'],
    ['https://sso.example.org/', 'origin'],
    ['', 'invalid-url'],
    ['http://[::1', 'invalid-url'],
  ])('refuses %j (%s)', (target, refusal) => {
    const result = checkRedirect(target, policy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal).toBe(refusal);
  });

  it('refuses non-strings', () => {
    expect(checkRedirect(undefined, policy).ok).toBe(false);
    expect(checkRedirect({ toString: () => 'https://intranet.example.org' }, policy).ok).toBe(false);
  });

  it('shows only the origin of a refused URL, never its query', () => {
    const result = checkRedirect('https://evil.example.com/steal?jwt=secret.token.value', policy);
    expect(result).toEqual({ ok: false, refusal: 'origin', shown: 'https://evil.example.com' });
  });

  it('allows only the page origin when the list is empty', () => {
    const own = { allowedOrigins: new Set<string>(), pageUrl: 'https://portal.example.org/' };
    expect(checkRedirect('/x', own).ok).toBe(true);
    expect(checkRedirect('https://intranet.example.org/', own).ok).toBe(false);
  });
});

describe('buildLoginUrl', () => {
  const target = { returnTo: 'https://portal.example.org/meet?room=a b&x=1#top', room: 'team standup' };
  it('appends returnTo, keeping the query and the hash', () => {
    expect(buildLoginUrl('https://intranet.example.org/login?app=meet#f', target)).toBe(
      `https://intranet.example.org/login?app=meet&returnTo=${encodeURIComponent(target.returnTo)}#f`,
    );
    expect(buildLoginUrl('/login', target)).toBe(`/login?returnTo=${encodeURIComponent(target.returnTo)}`);
    expect(buildLoginUrl('/login?', target)).toBe(`/login?returnTo=${encodeURIComponent(target.returnTo)}`);
  });
  it('fills {returnTo} and {room} placeholders, encoded, in one pass', () => {
    const url = buildLoginUrl('https://sso.example.org/auth?redirect_uri={returnTo}&r={room}', {
      returnTo: 'https://p.example.org/{room}',
      room: '{returnTo}',
    });
    expect(url).toBe(`https://sso.example.org/auth?redirect_uri=${encodeURIComponent('https://p.example.org/{room}')}&r=${encodeURIComponent('{returnTo}')}`);
  });
  it('a placeholder in the host cannot move the target elsewhere once checked', () => {
    const url = buildLoginUrl('https://{returnTo}/login', { returnTo: 'evil.example.com', room: 'r' });
    expect(checkRedirect(url, policy).ok).toBe(false);
  });
});
