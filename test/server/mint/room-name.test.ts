import { describe, expect, it } from 'vitest';
import { backendRoomName } from '../../../lib/token/index.js';
import { checkRoomName, MAX_ROOM_NAME_LENGTH } from '../../../server/mint/index.js';

describe('checkRoomName', () => {
  it.each([
    ['standup', 'standup'],
    ['Team Standup', 'team%20standup'],
    ['Café Ünïcode', 'caf%c3%a9%20%c3%bcn%c3%afcode'],
    ['会議室', backendRoomName('会議室')],
    ['👩‍💻 pairing', backendRoomName('👩‍💻 pairing')],
    ['ＦＵＬＬ', 'full'],
  ])('accepts %j with the claim Prosody compares (%s)', (room, claim) => {
    expect(checkRoomName(room)).toEqual({ ok: true, claim });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['only spaces', '   '],
    ['a tenant path', 'acme/standup'],
    ['a backslash', 'a\\b'],
    ['a question mark', 'what?'],
    ['a percent sign', '100%'],
    ['a hash', 'room#1'],
    ['a colon', 'a:b'],
    ['a quote', "o'clock"],
    ['an ampersand', 'a&b'],
    ['a control character', 'a\u0000b'],
    ['a newline', 'a\nb'],
    ['a bidi override', 'abc\u202Etxt.exe'],
    ['a lone surrogate', 'a\uD800b'],
    ['the wildcard', '*'],
    ['the fullwidth asterisk (NFKC: *)', '＊'],
    ['the small asterisk (NFKC: *)', '﹡'],
    ['an asterisk inside', 'team*'],
    ["a fullwidth quote (NFKC: ')", 'o＇clock'],
    ['a fullwidth solidus (NFKC: /)', 'acme／standup'],
    ['a fullwidth percent sign (NFKC: %)', '100％'],
    ['too long', 'x'.repeat(MAX_ROOM_NAME_LENGTH + 1)],
    ['too long once encoded', '﷽'.repeat(MAX_ROOM_NAME_LENGTH)],
    ['not a string', 42],
  ])('refuses %s', (_label, room) => {
    const checked = checkRoomName(room);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(/room/i);
  });
});
