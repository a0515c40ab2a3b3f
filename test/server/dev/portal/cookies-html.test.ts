import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, readCookie, sessionCookie } from '../../../../server/dev/portal/cookies.js';
import { escapeHtml, html, jsonForScript, rawHtml } from '../../../../server/dev/portal/html.js';

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, and Secure only over https', () => {
    expect(sessionCookie('abc', { secure: false, maxAgeSeconds: 3600 })).toBe('portal_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600');
    expect(sessionCookie('abc', { secure: true, maxAgeSeconds: 60.7 })).toBe('portal_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure');
    expect(clearedSessionCookie({ secure: false })).toBe('portal_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
  });

  it('is read from the Cookie header among others; the first of a repeated name wins', () => {
    const req = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } });
    expect(readCookie(req('a=1; portal_session=xyz; b=2'), 'portal_session')).toBe('xyz');
    expect(readCookie(req('portal_session=one; portal_session=two'), 'portal_session')).toBe('one');
    expect(readCookie(req('xportal_session=no'), 'portal_session')).toBeUndefined();
    expect(readCookie(req('broken; portal_session'), 'portal_session')).toBeUndefined();
    expect(readCookie(req(), 'portal_session')).toBeUndefined();
  });
});

describe('html', () => {
  it('escapes every interpolated value, in text and attributes', () => {
    const name = '<img src=x onerror="alert(1)"> & \'quotes\'';
    expect(html`<p title="${name}">${name}</p>`.text).toBe(
      '<p title="&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#39;quotes&#39;">&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#39;quotes&#39;</p>',
    );
    expect(escapeHtml('"</script>"')).not.toContain('<');
  });

  it('keeps nested templates and lists, and drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.text).toBe('<ul><li>a&#60;b</li><li>c</li></ul>0');
    expect(html`${rawHtml('<b>trusted</b>')}`.text).toBe('<b>trusted</b>');
  });

  it('writes JSON that cannot close its script block', () => {
    const text = jsonForScript({ title: '</script><script>alert(1)</script>', amp: 'a&b', line: '\u2028' }).text;
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script>', amp: 'a&b', line: '\u2028' });
  });
});
