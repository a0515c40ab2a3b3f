/**
 * The simulator's own reading of a Lua pattern (Lua 5.4 manual §6.4.1), independent of
 * lib/token's matcher on purpose: the pattern is translated to an equivalent JavaScript RegExp
 * over bytes (Lua items are single character classes, whose greedy `*` `+` `?` and lazy `-`
 * backtrack exactly as JavaScript's `*` `+` `?` `*?` do). Lua raises a pattern's errors lazily,
 * when the matcher first reaches the faulty item: the item becomes an empty marker group that
 * swallows the rest, so the RegExp matches exactly when Lua would get there (both engines
 * backtrack in the same order), and the match reports Lua's error. `%b` and `%f` are not
 * translated (`unsupported`).
 */

/** A translated pattern, or why not. */
export type TranslatedPattern =
  | { ok: true; regexp: RegExp; firstCaptureIsPosition: boolean; captures: number; unfinished: boolean }
  | { ok: false; reason: 'unsupported' };

type Range = [number, number];

const RANGES: Record<string, Range[]> = {
  a: [
    [65, 90],
    [97, 122],
  ],
  c: [
    [0, 31],
    [127, 127],
  ],
  d: [[48, 57]],
  g: [[33, 126]],
  l: [[97, 122]],
  p: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126],
  ],
  s: [
    [9, 13],
    [32, 32],
  ],
  u: [[65, 90]],
  w: [
    [48, 57],
    [65, 90],
    [97, 122],
  ],
  x: [
    [48, 57],
    [65, 70],
    [97, 102],
  ],
};

function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= 255) out.push([next, 255]);
  return out;
}

/** `%x` as byte ranges: a class letter (uppercase: its complement), else the character itself. */
function escapeRanges(ch: string): Range[] {
  const base = RANGES[ch.toLowerCase()];
  if (!base) return [[ch.charCodeAt(0), ch.charCodeAt(0)]];
  return ch === ch.toLowerCase() ? base : complement(base);
}

const hex = (n: number) => `\\x${n.toString(16).padStart(2, '0')}`;
const klass = (ranges: Range[], negate = false) =>
  `[${negate ? '^' : ''}${ranges.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('')}]`;

/** Reads a `[set]` starting at `start` (the `[`); returns its RegExp class and where it ends. */
function readSet(pattern: string, start: number): { source: string; end: number } | null {
  let i = start + 1;
  const negate = pattern[i] === '^';
  if (negate) i++;
  const ranges: Range[] = [];
  let first = true;
  while (first || pattern[i] !== ']') {
    first = false;
    if (i >= pattern.length) return null;
    const ch = pattern[i] as string;
    if (ch === '%') {
      if (i + 1 >= pattern.length) return null;
      ranges.push(...escapeRanges(pattern[i + 1] as string));
      i += 2;
    } else if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      ranges.push([ch.charCodeAt(0), (pattern[i + 2] as string).charCodeAt(0)]);
      i += 3;
    } else {
      ranges.push([ch.charCodeAt(0), ch.charCodeAt(0)]);
      i++;
    }
  }
  // An empty range (z-a) matches nothing in Lua; an empty class would too.
  const valid = ranges.filter(([lo, hi]) => lo <= hi);
  const source = valid.length ? klass(valid, negate) : negate ? '[\\x00-\\xff]' : '[^\\x00-\\xff]';
  return { source, end: i + 1 };
}

/** Translates a Lua pattern (a byte string) to a RegExp. */
export function translateLuaPattern(pattern: string): TranslatedPattern {
  let source = '';
  let i = 0;
  if (pattern.startsWith('^')) {
    source = '^';
    i = 1;
  }
  const open: number[] = [];
  const closed = new Set<number>();
  const positions = new Set<number>();
  let groups = 0;
  const done = (unfinished: boolean): TranslatedPattern => ({
    ok: true,
    regexp: new RegExp(source),
    firstCaptureIsPosition: positions.has(1),
    captures: groups,
    unfinished,
  });
  // Lua's error, raised where the matcher gets to it: a marker that takes the rest, then the open groups closed.
  const fails = () => {
    source += `(?<luaerror>)[\\s\\S]*${')'.repeat(open.length)}`;
    return done(false);
  };
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === '(') {
      if (groups + 1 > 32) return fails();
      groups++;
      if (pattern[i + 1] === ')') {
        positions.add(groups);
        closed.add(groups);
        source += '()';
        i += 2;
      } else {
        open.push(groups);
        source += '(';
        i++;
      }
      continue;
    }
    if (ch === ')') {
      const group = open.pop();
      if (group === undefined) return fails();
      closed.add(group);
      source += ')';
      i++;
      continue;
    }
    if (ch === '$' && i === pattern.length - 1) {
      source += '$';
      i++;
      continue;
    }
    if (ch === '%' && (pattern[i + 1] === 'b' || pattern[i + 1] === 'f')) return { ok: false, reason: 'unsupported' };
    if (ch === '%' && /[0-9]/.test(pattern[i + 1] ?? '')) {
      const n = Number(pattern[i + 1]);
      if (n === 0 || !closed.has(n)) return fails();
      if (positions.has(n)) return { ok: false, reason: 'unsupported' };
      source += `\\${n}`;
      i += 2;
      continue;
    }
    let item: string;
    if (ch === '%') {
      if (i + 1 >= pattern.length) return fails();
      item = klass(escapeRanges(pattern[i + 1] as string));
      i += 2;
    } else if (ch === '[') {
      const set = readSet(pattern, i);
      if (!set) return fails();
      item = set.source;
      i = set.end;
    } else {
      item = ch === '.' ? '[\\x00-\\xff]' : hex(ch.charCodeAt(0));
      i++;
    }
    const quantifier = pattern[i];
    if (quantifier === '*' || quantifier === '+' || quantifier === '?') {
      source += item + quantifier;
      i++;
    } else if (quantifier === '-') {
      source += `${item}*?`;
      i++;
    } else {
      source += item;
    }
  }
  // An unclosed capture fails only once a match is found ("unfinished capture").
  source += ')'.repeat(open.length);
  return done(open.length > 0);
}

/**
 * `string.match(subject, pattern)`'s first result for byte strings: a string, a number (position
 * capture), null for no match, or an Error where Lua raises one.
 */
export function luaStringMatch(subject: string, translated: Extract<TranslatedPattern, { ok: true }>): string | number | null | Error {
  const match = translated.regexp.exec(subject);
  if (!match) return null;
  if (match.groups?.luaerror !== undefined || translated.unfinished) return new Error('malformed pattern');
  if (translated.captures === 0) return match[0];
  if (translated.firstCaptureIsPosition) return (match.indices?.[1]?.[0] ?? match.index) + 1;
  return match[1] ?? '';
}

/** Quantifiers outside `%` escapes and `[sets]`, the count `token_regex_max_quantifiers` bounds. */
export function quantifierCount(pattern: string): number {
  const bare = pattern.replace(/%[\s\S]/g, 'e').replace(/\[\^?[\s\S][^\]]*\]/g, 's');
  return (bare.match(/[*+?-]/g) ?? []).length;
}
