/**
 * How Prosody's Lua 5.4 sees a decoded claim when it lowers or concatenates it: lua-cjson 2.1.0
 * gives every JSON number as a float, which `string.lower` and `..` print with `%.14g` plus
 * ".0" for whole numbers (`7` → "7.0"); anything but a string or a number makes the Lua code
 * fail ("bad argument #1 to 'lower'", "attempt to concatenate"). JSON null is `cjson.null`, a
 * value that is not nil: it is truthy, and fails the same way.
 */

/** Lua's `tostring` of a float, as `string.lower` and `..` print it. */
export function luaNumberText(value: number): string {
  if (Number.isNaN(value)) return value > 0 ? 'nan' : '-nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = value.toExponential(13).split('e');
  const exponent = Number(exponentText);
  const trim = (digits: string) => (digits.includes('.') ? digits.replace(/0+$/, '').replace(/\.$/, '') : digits);
  if (exponent < -4 || exponent >= 14) {
    return `${trim(mantissa)}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const fixed = trim(value.toFixed(13 - exponent));
  return /^-?\d+$/.test(fixed) ? `${fixed}.0` : fixed;
}

/** The text Lua makes of a claim for `string.lower` or `..`; null where the Lua code fails. */
export function luaText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return luaNumberText(value);
  return null;
}

/** Lua truthiness of a decoded claim: only a missing value (nil) and false are false. */
export function luaTruthy(value: unknown): boolean {
  return value !== undefined && value !== false;
}
