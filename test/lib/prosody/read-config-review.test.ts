/**
 * readProsodyConfig against what Prosody itself does with the same file (Prosody 0.12.3, Debian
 * bookworm's package: core/configmanager.lua with Lua 5.4, run locally), and what its errors may say.
 */
import { describe, expect, it } from 'vitest';
import { readProsodyConfig } from '../../../lib/prosody/index.js';

const SECRET = 'Kq8vT2mZ9xW4pL7rN3sB6yH1';

describe('readProsodyConfig: errors never quote a string value (it may be app_secret)', () => {
  it.each([
    ['an unfinished string', `VirtualHost "meet.example.org"\n  app_secret = "${SECRET}\n  app_id = "x"\n`],
    ['a stray string after a value', `VirtualHost "meet.example.org"\n  app_secret = "a" "${SECRET}"\n`],
    ['a long string after a value', `VirtualHost "meet.example.org"\n  app_secret = "x" [[${SECRET}]]\n`],
    ['a single-quoted unfinished string', `VirtualHost "meet.example.org"\n  app_secret = '${SECRET}\n`],
  ])('%s', (_, text) => {
    const result = readProsodyConfig(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBeGreaterThan(1);
    expect(result.error.message).toMatch(/^Line \d+, column \d+: /);
    expect(result.error.message).not.toContain(SECRET.slice(0, 8));
  });
});
