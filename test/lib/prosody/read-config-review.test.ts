/**
 * readProsodyConfig against what Prosody itself does with the same file (Prosody 0.12.3, Debian
 * bookworm's package: core/configmanager.lua with Lua 5.4, run locally), and what its errors may say.
 */
import { describe, expect, it } from 'vitest';
import { profileFromProsodyConfig, readProsodyConfig } from '../../../lib/prosody/index.js';

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

// Each of these files makes Prosody 0.12.3 stop at start-up ("Couldn't load config file"),
// checked by loading it with Debian's core/configmanager.lua under Lua 5.4.
describe('readProsodyConfig: files Prosody refuses to load are broken files', () => {
  it.each([
    ['a UTF-8 byte order mark', '\uFEFFVirtualHost "x"\n  authentication = "token"\n', 1, /byte order mark/],
    ['a #! first line', '#!/usr/bin/env lua\nVirtualHost "x"\n  authentication = "token"\n', 1, /#/],
    ['a Component named like an earlier VirtualHost', 'VirtualHost "conference.x"\n  authentication = "token"\nComponent "conference.x" "muc"\n', 3, /clashes/],
    ['a VirtualHost named like an earlier Component', 'Component "x" "muc"\nVirtualHost "X"\n  authentication = "token"\n', 2, /clashes/],
    ['a VirtualHost given a module', 'VirtualHost "x" "muc"\n  authentication = "token"\n', 1, /module/],
    ['a host name with a bidi control', 'VirtualHost "meet\u202e.example.org"\n  authentication = "token"\n', 1, /forbidden characters/],
  ])('%s', (_, text, line, message) => {
    const result = readProsodyConfig(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(line);
    expect(result.error.message).toMatch(message);
  });
});

// Prosody nameprep-s VirtualHost and Component names (RFC 3491: NFKC, case folding, invisible
// characters removed); the names below are what Debian's Prosody 0.12.3 (ICU) made of them.
describe('readProsodyConfig: host names as Prosody names them', () => {
  it.each([
    ['Meet.Example.ORG', 'meet.example.org'],
    ['ｍｅｅｔ.example.org', 'meet.example.org'],
    ['meet\u200b.example.org', 'meet.example.org'],
    ['straße.example.org', 'strasse.example.org'],
  ])('%j is %j', (written, named) => {
    const result = readProsodyConfig(`VirtualHost "${written}"\n  authentication = "token"\nComponent "conference.${written}" "muc"\n`);
    expect(result.ok && result.virtualHosts.map((h) => h.name)).toEqual([named]);
    expect(result.ok && result.components.map((h) => h.name)).toEqual([`conference.${named}`]);
    expect(result.ok && result.host?.name).toBe(named);
  });
});

// Prosody 0.12.3 core/moduleapi.lua get_option_boolean: only true/"true"/1 and false/"false"/0 are
// understood; anything else logs "not understood, expecting true/false" and returns nil, which
// token/util.lib.lua reads as off (`if not self.enableDomainVerification`, `if self.requireRoomClaim`).
describe('profileFromProsodyConfig: a boolean Prosody does not understand is off, not the default', () => {
  it.each(['"yes"', '"on"', '"True"'])('%s', (written) => {
    const config = readProsodyConfig(
      `VirtualHost "meet.example.org"\n  authentication = "token"\n  app_id = "a"\n  app_secret = "s"\n  enable_domain_verification = ${written}\n  asap_require_room_claim = ${written}\n`,
    );
    if (!config.ok) throw new Error(config.error.message);
    const { profile, notes } = profileFromProsodyConfig(config);
    expect(profile.enable_domain_verification).toBe(false);
    expect(profile.asap_require_room_claim).toBe(false);
    expect(notes.join('\n')).toMatch(/enable_domain_verification \(line 5\).*not understood.*off/);
  });
});
