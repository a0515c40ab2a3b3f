/**
 * Lua's `string.match` (Lua 5.4 `lstrlib.c` semantics, written here from the reference manual
 * §6.4.1): the room-claim patterns of `context.room.regex` are Lua patterns, not regular
 * expressions, and Prosody's verdict depends on their exact behaviour — errors are raised only
 * when the matcher reaches the faulty item, `-` is a lazy quantifier, and a pattern with
 * captures returns its first capture rather than the whole match. Works on bytes (one
 * character per byte, C locale classes), with a step budget so a hostile pattern cannot hang us.
 */

/** The result of a match: the first capture (or whole match), no match, or Lua's error. */
export type LuaMatch = { kind: 'match'; value: string | number } | { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'budget' };

const MAX_CAPTURES = 32;
const MAX_DEPTH = 200;
const UNFINISHED = -1;
const POSITION = -2;

class LuaError extends Error {}
class BudgetError extends Error {}

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const CLASSES: Record<string, (c: number) => boolean> = {
  a: isAlpha,
  c: (c) => c < 32 || c === 127,
  d: isDigit,
  g: (c) => c > 32 && c < 127,
  l: (c) => c >= 97 && c <= 122,
  p: (c) => c > 32 && c < 127 && !isAlpha(c) && !isDigit(c),
  s: (c) => c === 32 || (c >= 9 && c <= 13),
  u: (c) => c >= 65 && c <= 90,
  w: (c) => isAlpha(c) || isDigit(c),
  x: (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

function matchClass(c: number, cl: number): boolean {
  const lower = String.fromCharCode(cl).toLowerCase();
  const test = CLASSES[lower];
  if (!test) return cl === c;
  return cl >= 65 && cl <= 90 ? !test(c) : test(c);
}

/** One `string.match(src, pattern)` run. */
class Matcher {
  private level = 0;
  private depth = MAX_DEPTH;
  private readonly captures: { init: number; len: number }[] = [];
  private steps: number;

  constructor(
    private readonly src: string,
    private readonly pat: string,
    budget: number,
  ) {
    this.steps = budget;
  }

  private s(i: number): number {
    return this.src.charCodeAt(i);
  }
  private p(i: number): number {
    return i < this.pat.length ? this.pat.charCodeAt(i) : 0;
  }

  private classEnd(p: number): number {
    const c = this.pat[p++];
    if (c === '%') {
      if (p >= this.pat.length) throw new LuaError("malformed pattern (ends with '%')");
      return p + 1;
    }
    if (c === '[') {
      if (this.pat[p] === '^') p++;
      do {
        if (p >= this.pat.length) throw new LuaError("malformed pattern (missing ']')");
        if (this.pat[p++] === '%' && p < this.pat.length) p++;
      } while (this.pat[p] !== ']');
      return p + 1;
    }
    return p;
  }

  private bracket(c: number, p: number, ec: number): boolean {
    let sig = true;
    if (this.pat[p + 1] === '^') {
      sig = false;
      p++;
    }
    while (++p < ec) {
      if (this.pat[p] === '%') {
        p++;
        if (matchClass(c, this.p(p))) return sig;
      } else if (this.pat[p + 1] === '-' && p + 2 < ec) {
        p += 2;
        if (this.p(p - 2) <= c && c <= this.p(p)) return sig;
      } else if (this.p(p) === c) {
        return sig;
      }
    }
    return !sig;
  }

  private single(s: number, p: number, ep: number): boolean {
    if (s >= this.src.length) return false;
    const c = this.s(s);
    switch (this.pat[p]) {
      case '.':
        return true;
      case '%':
        return matchClass(c, this.p(p + 1));
      case '[':
        return this.bracket(c, p, ep - 1);
      default:
        return this.p(p) === c;
    }
  }

  private tick(): void {
    if (--this.steps < 0) throw new BudgetError();
  }

  private maxExpand(s: number, p: number, ep: number): number {
    let i = 0;
    while (this.single(s + i, p, ep)) {
      this.tick();
      i++;
    }
    for (; i >= 0; i--) {
      const res = this.match(s + i, ep + 1);
      if (res !== -1) return res;
    }
    return -1;
  }

  private minExpand(s: number, p: number, ep: number): number {
    for (;;) {
      const res = this.match(s, ep + 1);
      if (res !== -1) return res;
      if (!this.single(s, p, ep)) return -1;
      s++;
    }
  }

  private startCapture(s: number, p: number, what: number): number {
    if (this.level >= MAX_CAPTURES) throw new LuaError('too many captures');
    this.captures[this.level] = { init: s, len: what };
    this.level++;
    const res = this.match(s, p);
    if (res === -1) this.level--;
    return res;
  }

  private endCapture(s: number, p: number): number {
    let l = -1;
    for (let i = this.level - 1; i >= 0; i--) {
      if (this.captures[i]?.len === UNFINISHED) {
        l = i;
        break;
      }
    }
    if (l < 0) throw new LuaError('invalid pattern capture');
    const capture = this.captures[l]!;
    capture.len = s - capture.init;
    const res = this.match(s, p);
    if (res === -1) capture.len = UNFINISHED;
    return res;
  }

  private matchCapture(s: number, digit: number): number {
    const l = digit - 49;
    const capture = this.captures[l];
    if (l < 0 || l >= this.level || !capture || capture.len === UNFINISHED) throw new LuaError(`invalid capture index %${l + 1}`);
    const text = this.src.slice(capture.init, capture.init + capture.len);
    return this.src.length - s >= capture.len && this.src.startsWith(text, s) ? s + capture.len : -1;
  }

  private balance(s: number, p: number): number {
    if (p >= this.pat.length - 1) throw new LuaError("malformed pattern (missing arguments to '%b')");
    if (s >= this.src.length || this.s(s) !== this.p(p)) return -1;
    const open = this.p(p);
    const close = this.p(p + 1);
    let depth = 1;
    while (++s < this.src.length) {
      const c = this.s(s);
      if (c === close) {
        if (--depth === 0) return s + 1;
      } else if (c === open) {
        depth++;
      }
    }
    return -1;
  }

  /** `do_match`: the end of the match starting at `s` for the pattern from `p`, or -1. */
  match(s: number, p: number): number {
    if (this.depth-- === 0) throw new LuaError('pattern too complex');
    try {
      for (;;) {
        this.tick();
        if (p === this.pat.length) return s;
        const c = this.pat[p];
        if (c === '(') {
          return this.pat[p + 1] === ')' ? this.startCapture(s, p + 2, POSITION) : this.startCapture(s, p + 1, UNFINISHED);
        }
        if (c === ')') return this.endCapture(s, p + 1);
        if (c === '$' && p + 1 === this.pat.length) return s === this.src.length ? s : -1;
        if (c === '%' && this.pat[p + 1] === 'b') {
          s = this.balance(s, p + 2);
          if (s === -1) return -1;
          p += 4;
          continue;
        }
        if (c === '%' && this.pat[p + 1] === 'f') {
          p += 2;
          if (this.pat[p] !== '[') throw new LuaError("missing '[' after '%f' in pattern");
          const ep = this.classEnd(p);
          const previous = s === 0 ? 0 : this.s(s - 1);
          const current = s < this.src.length ? this.s(s) : 0;
          if (!this.bracket(previous, p, ep - 1) && this.bracket(current, p, ep - 1)) {
            p = ep;
            continue;
          }
          return -1;
        }
        if (c === '%' && isDigit(this.p(p + 1))) {
          s = this.matchCapture(s, this.p(p + 1));
          if (s === -1) return -1;
          p += 2;
          continue;
        }
        const ep = this.classEnd(p);
        const quantifier = this.pat[ep];
        if (!this.single(s, p, ep)) {
          if (quantifier === '*' || quantifier === '?' || quantifier === '-') {
            p = ep + 1;
            continue;
          }
          return -1;
        }
        if (quantifier === '?') {
          const res = this.match(s + 1, ep + 1);
          if (res !== -1) return res;
          p = ep + 1;
          continue;
        }
        if (quantifier === '+') return this.maxExpand(s + 1, p, ep);
        if (quantifier === '*') return this.maxExpand(s, p, ep);
        if (quantifier === '-') return this.minExpand(s, p, ep);
        s++;
        p = ep;
      }
    } finally {
      this.depth++;
    }
  }

  /** `str_find_aux` for `string.match` with init 1. */
  run(): string | number | null {
    const anchor = this.pat[0] === '^';
    let s = 0;
    do {
      this.level = 0;
      const e = this.match(s, anchor ? 1 : 0);
      if (e !== -1) {
        if (this.level === 0) return this.src.slice(s, e);
        const first = this.captures[0]!;
        if (first.len === UNFINISHED) throw new LuaError('unfinished capture');
        return first.len === POSITION ? first.init + 1 : this.src.slice(first.init, first.init + first.len);
      }
      s++;
    } while (s <= this.src.length && !anchor);
    return null;
  }
}

/**
 * `string.match(subject, pattern)` on byte strings (one character per byte). `budget` bounds
 * the work; past it the result is `budget` (unknown), never a guess.
 */
export function luaMatch(subject: string, pattern: string, budget = 2_000_000): LuaMatch {
  try {
    const value = new Matcher(subject, pattern, budget).run();
    return value === null ? { kind: 'none' } : { kind: 'match', value };
  } catch (error) {
    if (error instanceof LuaError) return { kind: 'error', message: error.message };
    if (error instanceof BudgetError || error instanceof RangeError) return { kind: 'budget' };
    throw error;
  }
}

/** UTF-8 bytes of `text`, one character per byte, as Lua sees a string. */
export function luaBytes(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}
