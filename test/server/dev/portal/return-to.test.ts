import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETURN_TO, safeReturnTo } from '../../../../server/dev/portal/index.js';

const PORTAL = 'http://127.0.0.1:4280';

describe('safeReturnTo', () => {
  it.each([
    ['a room path', '/rooms/team-standup', '/rooms/team-standup'],
    ['a path with query and hash', '/rooms?x=1#top', '/rooms?x=1#top'],
    ["the portal's own absolute address", `${PORTAL}/rooms/board-room`, '/rooms/board-room'],
    ['a relative path, resolved against the portal', 'rooms/team-standup', '/rooms/team-standup'],
    ['an address whose link still carries a token', `${PORTAL}/rooms/x?jwt=eyJ.a.b&lang=en#jwt=eyJ.c.d`, '/rooms/x?lang=en'],
  ])('keeps %s', (_label, value, expected) => {
    expect(safeReturnTo(value, PORTAL)).toBe(expected);
  });

  it.each([
    ['another site', 'https://evil.example/rooms'],
    ['a protocol-relative address', '//evil.example/rooms'],
    ['a backslash trick', '/\\evil.example/rooms'],
    ['a dot segment that normalises to //host', '/.//evil.example/rooms'],
    ["the same on the portal's own origin", 'http://127.0.0.1:4280/.//evil.example'],
    ['an encoded dot segment', '/%2e//evil.example'],
    ['backslashes only', '\\\\evil.example'],
    ['the portal host on another port', 'http://127.0.0.1:4281/rooms'],
    ['the portal host over https', 'https://127.0.0.1:4280/rooms'],
    ['localhost instead of 127.0.0.1', 'http://localhost:4280/rooms'],
    ['credentials in the address', 'http://user:pw@127.0.0.1:4280/rooms'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a newline', '/rooms\n/x'],
    ['a leading space', ' //evil.example'],
    ['the sign-in page (a loop)', '/login?returnTo=/login'],
    ['the sign-out page', `${PORTAL}/logout`],
    ['an empty string', ''],
    ['a very long address', `/rooms/${'a'.repeat(3000)}`],
    ['a number', 42],
    ['nothing', undefined],
  ])('refuses %s', (_label, value) => {
    expect(safeReturnTo(value, PORTAL)).toBe(DEFAULT_RETURN_TO);
  });

  it('always answers a path on the portal, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webPath(),
          fc.string().map((s) => `/${s}`),
          fc.string().map((s) => `//${s}`),
        ),
        (value) => {
          const result = safeReturnTo(value, PORTAL);
          expect(result.startsWith('/')).toBe(true);
          expect(result.startsWith('//')).toBe(false);
          expect(result).not.toMatch(/^\/\\/);
          // What a browser makes of it is a page of the portal.
          expect(new URL(result, `${PORTAL}/somewhere/deep`).origin).toBe(PORTAL);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
