/**
 * Lua's `string.match` (Lua 5.4 `lstrlib.c` semantics, written here from the reference manual
 * §6.4.1): the room-claim patterns of `context.room.regex` are Lua patterns, not regular
 * expressions, and Prosody's verdict depends on their exact behaviour — errors are raised only
 * when the matcher reaches the faulty item, `-` is a lazy quantifier, and a pattern with
 * captures returns its first capture rather than the whole match. Works on bytes (one
 * character per byte, C locale classes), with a step budget so a hostile pattern cannot hang us.
 * Written as closures over one run's state (`lstrlib.c`'s `MatchState`) rather than a class, so
 * it minifies small: it is part of the inspector's core.
 */

/** The result of a match: the first capture (or whole match), no match, or Lua's error. */
export type LuaMatch = { kind: 'match'; value: string | number } | { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'budget' };

const MAX_CAPTURES = 32;
const MAX_DEPTH = 200;
const UNFINISHED = -1;
const POSITION = -2;

/** Thrown when the step budget runs out (Lua's own errors are thrown as their message, a string). */
const BUDGET = {};

/** The C locale's character classes (`%a`, `%d`…), as the byte ranges each covers. */
const CLASSES: Record<string, RegExp> = {
  a: /[A-Za-z]/,
  c: /[\0-\x1f\x7f]/,
  d: /[0-9]/,
  g: /[!-~]/,
  l: /[a-z]/,
  p: /[!-/:-@[-`{-~]/,
  s: /[\t-\r ]/,
  u: /[A-Z]/,
  w: /[0-9A-Za-z]/,
  x: /[0-9A-Fa-f]/,
};

/** `match_class`: whether byte `c` is in class `%cl` (an upper-case class is the complement; any other character stands for itself). */
function matchClass(c: number, cl: number): boolean {
  const test = CLASSES[String.fromCharCode(cl).toLowerCase()];
  return test ? test.test(String.fromCharCode(c)) !== cl < 97 : cl === c;
}

/** One `string.match(src, pat)` run; throws Lua's error message (a string) or BUDGET. */
function run(src: string, pat: string, budget: number): string | number | null {
  const end = pat.length;
  const captures: { init: number; len: number }[] = [];
  let level = 0;
  let depth = MAX_DEPTH;
  let steps = budget;
  const fail = (message: string): never => {
    throw message;
  };
  const tick = () => {
    if (--steps < 0) throw BUDGET;
  };
  const s = (i: number) => src.charCodeAt(i);
  const p = (i: number) => (i < end ? pat.charCodeAt(i) : 0);

  /** `classEnd`: the end of the single-character class at `i`. */
  const classEnd = (i: number): number => {
    const c = pat[i++];
    if (c === '%') return i >= end ? fail("malformed pattern (ends with '%')") : i + 1;
    if (c === '[') {
      if (pat[i] === '^') i++;
      do {
        if (i >= end) fail("malformed pattern (missing ']')");
        if (pat[i++] === '%' && i < end) i++;
      } while (pat[i] !== ']');
      return i + 1;
    }
    return i;
  };

  /** `matchbracketclass`: byte `c` against the set `[`…`]` from `i` to `ec` (its `]`). */
  const bracket = (c: number, i: number, ec: number): boolean => {
    let sig = true;
    if (pat[i + 1] === '^') {
      sig = false;
      i++;
    }
    while (++i < ec) {
      if (pat[i] === '%') {
        if (matchClass(c, p(++i))) return sig;
      } else if (pat[i + 1] === '-' && i + 2 < ec) {
        i += 2;
        if (p(i - 2) <= c && c <= p(i)) return sig;
      } else if (p(i) === c) return sig;
    }
    return !sig;
  };

  /** `singlematch`: whether the byte at `si` matches the class from `i` to `ep`. */
  const single = (si: number, i: number, ep: number): boolean => {
    if (si >= src.length) return false;
    const c = s(si);
    const k = pat[i];
    return k === '.' || (k === '%' ? matchClass(c, p(i + 1)) : k === '[' ? bracket(c, i, ep - 1) : p(i) === c);
  };

  /** `max_expand`: greedy `*` and `+`. */
  const maxExpand = (si: number, i: number, ep: number): number => {
    let n = 0;
    while (single(si + n, i, ep)) {
      tick();
      n++;
    }
    for (; n >= 0; n--) {
      const res = match(si + n, ep + 1);
      if (res !== -1) return res;
    }
    return -1;
  };

  /** `min_expand`: lazy `-`. */
  const minExpand = (si: number, i: number, ep: number): number => {
    for (;;) {
      const res = match(si, ep + 1);
      if (res !== -1) return res;
      if (!single(si, i, ep)) return -1;
      si++;
    }
  };

  /** `do_match`: the end of the match starting at `si` for the pattern from `i`, or -1. */
  const match = (si: number, i: number): number => {
    if (depth-- === 0) fail('pattern too complex');
    try {
      for (;;) {
        tick();
        if (i === end) return si;
        const c = pat[i];
        const next = pat[i + 1];
        if (c === '(') {
          // `start_capture`; `()` captures the position.
          if (level >= MAX_CAPTURES) fail('too many captures');
          const position = next === ')';
          captures[level++] = { init: si, len: position ? POSITION : UNFINISHED };
          const res = match(si, i + (position ? 2 : 1));
          if (res === -1) level--;
          return res;
        }
        if (c === ')') {
          // `end_capture`: closes the innermost open capture.
          let l = level - 1;
          while (l >= 0 && captures[l]?.len !== UNFINISHED) l--;
          const capture = captures[l] ?? fail('invalid pattern capture');
          capture.len = si - capture.init;
          const res = match(si, i + 1);
          if (res === -1) capture.len = UNFINISHED;
          return res;
        }
        if (c === '$' && i + 1 === end) return si === src.length ? si : -1;
        if (c === '%' && next === 'b') {
          // `matchbalance`: %bxy.
          if (i + 2 >= end - 1) fail("malformed pattern (missing arguments to '%b')");
          const open = p(i + 2);
          const close = p(i + 3);
          if (si >= src.length || s(si) !== open) return -1;
          let nesting = 1;
          while (++si < src.length && nesting > 0) {
            const k = s(si);
            if (k === close) nesting--;
            else if (k === open) nesting++;
          }
          if (nesting > 0) return -1;
          i += 4;
          continue;
        }
        if (c === '%' && next === 'f') {
          i += 2;
          if (pat[i] !== '[') fail("missing '[' after '%f' in pattern");
          const ep = classEnd(i);
          const previous = si === 0 ? 0 : s(si - 1);
          const current = si < src.length ? s(si) : 0;
          if (bracket(previous, i, ep - 1) || !bracket(current, i, ep - 1)) return -1;
          i = ep;
          continue;
        }
        if (c === '%' && /\d/.test(next ?? '')) {
          // `match_capture`: %1…%9, the text of an earlier capture again.
          const l = p(i + 1) - 49;
          const capture = captures[l];
          if (l < 0 || l >= level || !capture || capture.len === UNFINISHED) fail(`invalid capture index %${l + 1}`);
          const { init, len } = capture as { init: number; len: number };
          if (src.length - si < len || !src.startsWith(src.slice(init, init + len), si)) return -1;
          si += len;
          i += 2;
          continue;
        }
        const ep = classEnd(i);
        const quantifier = pat[ep];
        if (!single(si, i, ep)) {
          if (quantifier !== '*' && quantifier !== '?' && quantifier !== '-') return -1;
          i = ep + 1;
        } else if (quantifier === '?') {
          const res = match(si + 1, ep + 1);
          if (res !== -1) return res;
          i = ep + 1;
        } else if (quantifier === '+') return maxExpand(si + 1, i, ep);
        else if (quantifier === '*') return maxExpand(si, i, ep);
        else if (quantifier === '-') return minExpand(si, i, ep);
        else {
          si++;
          i = ep;
        }
      }
    } finally {
      depth++;
    }
  };

  // `str_find_aux` for `string.match` with init 1.
  const anchor = pat[0] === '^';
  let si = 0;
  do {
    level = 0;
    const e = match(si, anchor ? 1 : 0);
    if (e !== -1) {
      const first = captures[0];
      if (level === 0 || !first) return src.slice(si, e);
      if (first.len === UNFINISHED) fail('unfinished capture');
      return first.len === POSITION ? first.init + 1 : src.slice(first.init, first.init + first.len);
    }
    si++;
  } while (si <= src.length && !anchor);
  return null;
}

/**
 * `string.match(subject, pattern)` on byte strings (one character per byte). `budget` bounds
 * the work; past it the result is `budget` (unknown), never a guess.
 */
export function luaMatch(subject: string, pattern: string, budget = 2_000_000): LuaMatch {
  try {
    const value = run(subject, pattern, budget);
    return value === null ? { kind: 'none' } : { kind: 'match', value };
  } catch (error) {
    if (typeof error === 'string') return { kind: 'error', message: error };
    if (error === BUDGET || error instanceof RangeError) return { kind: 'budget' };
    throw error;
  }
}

/** UTF-8 bytes of `text`, one character per byte, as Lua sees a string. */
export function luaBytes(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}
