import { describe, expect, it } from 'vitest';
import { parseHocon, HoconSyntaxError } from '../../../server/doctor/parse/hocon.js';

const values = (text: string) => Object.fromEntries([...parseHocon(text).entries.values()].map((e) => [e.path, e.value]));

describe('parseHocon', () => {
  it('reads the jicofo.conf shapes: nested objects, dotted keys, = : and bare {, comments', () => {
    const doc = parseHocon(`# comment
jicofo {
  // Authentication with external services
  authentication {
    enabled = true
    type: JWT
    login-url = "meet.example.com" # trailing comment
  }
  conference.enable-auto-owner = false
}
`);
    expect([...doc.entries.values()]).toEqual([
      { path: 'jicofo.authentication.enabled', value: true, line: 5 },
      { path: 'jicofo.authentication.type', value: 'JWT', line: 6 },
      { path: 'jicofo.authentication.login-url', value: 'meet.example.com', line: 7 },
      { path: 'jicofo.conference.enable-auto-owner', value: false, line: 9 },
    ]);
  });

  it('accepts a braced root, commas, arrays over lines, numbers, null and concatenation', () => {
    expect(values('{ a = 1, b = [1, 2\n 3], c = null, d = 24 hours, e = -1.5e2, f = "x" "y" }')).toEqual({
      a: 1,
      b: [1, 2, 3],
      c: null,
      d: '24 hours',
      e: -150,
      f: 'x y',
    });
  });

  it('lets later assignments win and merges objects, as HOCON does', () => {
    expect(values('a { b = 1, c = 2 }\na { b = 3 }\nx = 1\nx { y = 2 }\nl = [1]\nl += 2')).toEqual({ 'a.b': 3, 'a.c': 2, 'x.y': 2, l: [1, 2] });
  });

  it('keeps quoted keys with dots as one segment, and triple-quoted strings', () => {
    expect(values('"org.jitsi.x" = 1\ns = """a "b" c"""')).toEqual({ '"org.jitsi.x"': 1, s: 'a "b" c' });
  });

  it('never resolves substitutions or follows includes; it reports them', () => {
    const doc = parseHocon('include "secrets.conf"\ninclude required(file("/etc/x"))\na = ${HOME}\nb = ${?jicofo.x} tail');
    expect(doc.includes).toEqual([
      { line: 1, text: 'include "secrets.conf"' },
      { line: 2, text: 'include required(file("/etc/x"))' },
    ]);
    expect(doc.entries.get('a')!.value).toEqual({ unresolved: '${HOME}' });
    expect(doc.entries.get('b')!.value).toEqual({ unresolved: '${?jicofo.x} tail' });
  });

  it.each([
    ['a = {', 1, 'missing "}"'],
    ['a {\n  b = "x\n}', 2, 'unterminated string'],
    ['a b c', 1, 'expected "=", ":" or "{"'],
    ['{ a = 1 } }', 1, 'after the closing'],
    ['a = [1,\n 2', 2, 'expected'],
    ['= 1', 1, 'expected a key'],
    ['[1, 2]', 1, 'not an array'],
    ['a = ${x', 1, 'unterminated ${'],
    ['a = "\\q"', 1, 'bad escape'],
  ])('refuses %j with its line', (text, line, message) => {
    let error: unknown;
    try {
      parseHocon(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HoconSyntaxError);
    expect((error as HoconSyntaxError).line).toBe(line);
    expect((error as Error).message).toContain(message);
  });

  it('bounds nesting instead of overflowing the stack', () => {
    expect(() => parseHocon(`${'a {'.repeat(5000)}${'}'.repeat(5000)}`)).toThrow(/nesting too deep/);
  });
});
