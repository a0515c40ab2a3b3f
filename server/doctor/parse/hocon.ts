/**
 * A small HOCON reader for `jicofo.conf` (https://github.com/lightbend/config/blob/main/HOCON.md).
 *
 * Why not an npm parser: the one maintained HOCON package (@pushcorn/hocon-parser) resolves
 * `include` files and URLs, environment substitutions and its own transforms while parsing, and
 * keeps no line numbers. A deployment's file is hostile input and every finding needs its line,
 * so this reader does neither: it never follows an `include` and never resolves `${…}` (both are
 * reported, so a check can say "not known" instead of guessing).
 *
 * Covered: braces-optional root, `=` `:` or nothing before `{`, dotted and quoted keys, `#` and
 * `//` comments, quoted, triple-quoted and unquoted strings, numbers, booleans, null, arrays,
 * commas or newlines as separators, value concatenation (`24 hours`), object merging, `+=`.
 */

/** A leaf value; `${…}` substitutions stay unresolved. */
export type HoconScalar = string | number | boolean | null | { unresolved: string } | HoconScalar[];

/** One set value, by its full dotted path. */
export interface HoconEntry {
  path: string;
  value: HoconScalar;
  line: number;
}

/** What the reader found in a file. */
export interface HoconDocument {
  /** Every leaf path (`jicofo.authentication.enabled`), the last assignment winning as in HOCON. */
  entries: Map<string, HoconEntry>;
  /** `include` statements, never followed. */
  includes: { line: number; text: string }[];
}

/** A syntax error, with the 1-based line and column where reading stopped. */
export class HoconSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
  }
}

const FORBIDDEN = new Set('$"{}[]:=,+#`^?!@*&\\'.split(''));
const MAX_DEPTH = 64;

type Node = { kind: 'object'; fields: [string[], Node, boolean, number][] } | { kind: 'array'; items: Node[] } | { kind: 'scalar'; value: HoconScalar };

class Reader {
  pos = 0;
  line = 1;
  lineStart = 0;
  includes: { line: number; text: string }[] = [];
  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new HoconSyntaxError(message, this.line, this.pos - this.lineStart + 1);
  }

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  advance(): string {
    const ch = this.text[this.pos++] ?? '';
    if (ch === '\n') {
      this.line += 1;
      this.lineStart = this.pos;
    }
    return ch;
  }

  atComment(): boolean {
    return this.peek() === '#' || (this.peek() === '/' && this.peek(1) === '/');
  }

  /** Skips spaces and comments; with `newlines`, line breaks too. Returns whether a newline was crossed. */
  skip(newlines: boolean): boolean {
    let crossed = false;
    for (;;) {
      const ch = this.peek();
      if (this.atComment()) {
        while (this.pos < this.text.length && this.peek() !== '\n') this.advance();
      } else if (ch === '\n') {
        if (!newlines) return crossed;
        crossed = true;
        this.advance();
      } else if ((ch !== '' && /\s/.test(ch)) || ch === '\ufeff') {
        this.advance();
      } else {
        return crossed;
      }
    }
  }

  quoted(): string {
    if (this.text.startsWith('"""', this.pos)) {
      for (let i = 0; i < 3; i++) this.advance();
      const end = this.text.indexOf('"""', this.pos);
      if (end < 0) this.fail('unterminated """ string');
      let close = end + 3;
      while (this.text[close] === '"') close++; // extra quotes belong to the string
      let value = '';
      while (this.pos < close - 3) value += this.advance();
      for (let i = 0; i < 3; i++) this.advance();
      return value;
    }
    this.advance();
    let value = '';
    for (;;) {
      if (this.peek() === '' || this.peek() === '\n') this.fail('unterminated string');
      const ch = this.advance();
      if (ch === '"') return value;
      if (ch !== '\\') {
        value += ch;
        continue;
      }
      const esc = this.advance();
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (esc in simple) value += simple[esc];
      else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos, this.pos + 4))) {
        value += String.fromCharCode(parseInt(this.text.slice(this.pos, this.pos + 4), 16));
        for (let i = 0; i < 4; i++) this.advance();
      } else this.fail(`bad escape \\${esc}`);
    }
  }

  unquoted(): string {
    let value = '';
    while (this.pos < this.text.length) {
      const ch = this.peek();
      if (FORBIDDEN.has(ch) || /\s/.test(ch) || this.atComment()) break;
      value += this.advance();
    }
    return value;
  }

  /** A key path: `a.b."c.d"` → ['a', 'b', 'c.d']. */
  key(): string[] {
    const segments: string[] = [];
    let current = '';
    let any = false;
    for (;;) {
      const ch = this.peek();
      if (ch === '"') {
        current += this.quoted();
        any = true;
      } else if (ch === '.') {
        this.advance();
        segments.push(current);
        current = '';
      } else if (ch !== '' && !FORBIDDEN.has(ch) && !/\s/.test(ch) && !this.atComment()) {
        let part = '';
        while (this.pos < this.text.length && !FORBIDDEN.has(this.peek()) && this.peek() !== '.' && !/\s/.test(this.peek()) && !this.atComment()) {
          part += this.advance();
        }
        current += part;
        any = true;
      } else {
        break;
      }
    }
    if (!any) this.fail(this.peek() !== '' && this.peek() !== '\n' ? `expected a key, found "${this.peek()}"` : 'expected a key');
    segments.push(current);
    if (segments.some((s) => s === '')) this.fail('empty path segment in key');
    return segments;
  }

  substitution(): HoconScalar {
    const start = this.pos;
    this.advance();
    this.advance();
    while (this.peek() !== '}') {
      if (this.peek() === '' || this.peek() === '\n') this.fail('unterminated ${ substitution');
      this.advance();
    }
    this.advance();
    return { unresolved: this.text.slice(start, this.pos) };
  }

  /** A value, including concatenations on one line (`24 hours`, `"a" ${b}`). */
  value(depth: number): Node {
    if (depth > MAX_DEPTH) this.fail('nesting too deep');
    const parts: Node[] = [];
    const gaps: string[] = [];
    for (;;) {
      const ch = this.peek();
      let part: Node;
      if (ch === '{') part = this.object(depth + 1, true);
      else if (ch === '[') part = this.array(depth + 1);
      else if (ch === '"') part = { kind: 'scalar', value: this.quoted() };
      else if (ch === '$' && this.peek(1) === '{') part = { kind: 'scalar', value: this.substitution() };
      else {
        const word = this.unquoted();
        if (word === '') {
          if (parts.length === 0) this.fail(ch ? `unexpected "${ch}"` : 'expected a value');
          break;
        }
        part = { kind: 'scalar', value: word };
        (part as { raw?: true }).raw = true;
      }
      parts.push(part);
      const before = this.pos;
      while (this.peek() === ' ' || this.peek() === '\t') this.advance();
      const next = this.peek();
      if (next === '' || next === '\n' || next === ',' || next === '}' || next === ']' || this.atComment()) break;
      gaps.push(this.text.slice(before, this.pos));
    }
    return concatenate(parts, gaps);
  }

  array(depth: number): Node {
    this.advance();
    const items: Node[] = [];
    for (;;) {
      this.skip(true);
      if (this.peek() === ']') {
        this.advance();
        return { kind: 'array', items };
      }
      items.push(this.value(depth));
      const crossed = this.skip(true); // HOCON takes a newline as a comma
      if (this.peek() === ',') this.advance();
      else if (this.peek() !== ']' && !crossed) this.fail('expected "," or "]"');
    }
  }

  object(depth: number, braced: boolean): Node {
    if (depth > MAX_DEPTH) this.fail('nesting too deep');
    if (braced) this.advance();
    const fields: [string[], Node, boolean, number][] = [];
    for (;;) {
      this.skip(true);
      const ch = this.peek();
      if (braced && ch === '}') {
        this.advance();
        return { kind: 'object', fields };
      }
      if (ch === '') {
        if (braced) this.fail('missing "}"');
        return { kind: 'object', fields };
      }
      if (ch === ',') this.fail('unexpected ","');
      if (this.text.startsWith('include', this.pos) && /[\s"]/.test(this.text[this.pos + 7] ?? '')) {
        const line = this.line;
        const start = this.pos;
        while (this.peek() !== '' && this.peek() !== '\n' && !this.atComment()) this.advance();
        this.includes.push({ line, text: this.text.slice(start, this.pos).trim() });
        continue;
      }
      const line = this.line;
      const path = this.key();
      this.skip(false);
      let append = false;
      if (this.peek() === '=' || this.peek() === ':') this.advance();
      else if (this.peek() === '+' && this.peek(1) === '=') {
        this.advance();
        this.advance();
        append = true;
      } else if (this.peek() !== '{') this.fail(`expected "=", ":" or "{" after ${path.join('.')}`);
      this.skip(false);
      const node = this.value(depth);
      fields.push([path, node, append, line]);
      this.skip(false);
      if (this.peek() === ',') this.advance();
      else if (this.peek() !== '\n' && this.peek() !== '' && this.peek() !== '}') this.fail(`unexpected "${this.peek()}" after the value of ${path.join('.')}`);
    }
  }
}

/** Concatenation: objects merge, arrays join, anything else becomes one string. */
function concatenate(parts: Node[], gaps: string[]): Node {
  if (parts.length === 1) return scalarize(parts[0]!);
  if (parts.every((p) => p.kind === 'object'))
    return { kind: 'object', fields: parts.flatMap((p) => (p as { fields: [string[], Node, boolean, number][] }).fields) };
  if (parts.every((p) => p.kind === 'array')) return { kind: 'array', items: parts.flatMap((p) => (p as { items: Node[] }).items) };
  let text = '';
  let unresolved = false;
  parts.forEach((part, i) => {
    if (part.kind !== 'scalar') unresolved = true;
    const value = part.kind === 'scalar' ? part.value : null;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) unresolved = true;
    text += (i > 0 ? gaps[i - 1] : '') + (value !== null && typeof value === 'object' && !Array.isArray(value) ? value.unresolved : String(value));
  });
  return { kind: 'scalar', value: unresolved ? { unresolved: text } : text };
}

/** An unquoted single word becomes a number, boolean or null when it spells one. */
function scalarize(node: Node): Node {
  if (node.kind !== 'scalar' || !(node as { raw?: true }).raw || typeof node.value !== 'string') return node;
  const word = node.value;
  if (word === 'true' || word === 'false') return { kind: 'scalar', value: word === 'true' };
  if (word === 'null') return { kind: 'scalar', value: null };
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(word)) return { kind: 'scalar', value: Number(word) };
  return { kind: 'scalar', value: word };
}

function toScalar(node: Node): HoconScalar {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'array') return node.items.map(toScalar);
  return { unresolved: '{ object }' };
}

/** Flattens the object tree to leaf paths, applying HOCON's override and merge rules. */
function flatten(node: Node, prefix: string[], entries: Map<string, HoconEntry>): void {
  if (node.kind !== 'object') return;
  for (const [path, value, append, line] of node.fields) {
    const full = [...prefix, ...path];
    const key = pathKey(full);
    if (value.kind === 'object') {
      entries.delete(key); // an object replaces a plain value at the same path
      flatten(value, full, entries);
      continue;
    }
    for (const existing of [...entries.keys()]) if (existing.startsWith(`${key}.`)) entries.delete(existing);
    const previous = entries.get(key);
    const scalar = toScalar(value);
    const merged =
      append && previous && Array.isArray(previous.value)
        ? [...previous.value, ...(Array.isArray(scalar) ? scalar : [scalar])]
        : append && !previous
          ? [scalar].flat()
          : scalar;
    entries.set(key, { path: key, value: merged, line });
  }
}

/** Joins path segments; a segment that contains a dot keeps its quotes so paths stay unambiguous. */
export function pathKey(segments: string[]): string {
  return segments.map((s) => (s.includes('.') ? JSON.stringify(s) : s)).join('.');
}

/** Parses HOCON text. Throws HoconSyntaxError (with line and column) on invalid input. */
export function parseHocon(text: string): HoconDocument {
  const reader = new Reader(text);
  reader.skip(true);
  if (reader.peek() === '[') reader.fail('a configuration file must be an object, not an array');
  const braced = reader.peek() === '{';
  const root = reader.object(1, braced);
  reader.skip(true);
  if (braced && reader.peek() !== '') reader.fail(`unexpected "${reader.peek()}" after the closing "}"`);
  const entries = new Map<string, HoconEntry>();
  flatten(root, [], entries);
  return { entries, includes: reader.includes };
}
