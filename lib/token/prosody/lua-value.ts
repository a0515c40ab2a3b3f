/**
 * How Prosody's Lua 5.4 sees a decoded claim when it lowers or concatenates it: lua-cjson 2.1.0
 * gives every JSON number as a float, printed with ".0" when whole (`7` → "7.0"); anything but a
 * string or a number makes the Lua code fail. JSON null is `cjson.null`, which is not nil: it is
 * truthy, and fails the same way.
 */

/** The text Lua makes of a claim for `string.lower` or `..`; null where the Lua code fails. */
export function luaText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  // Lua prints floats with %.14g: JavaScript's text differs only past 14 digits or 1e15.
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e15 ? `${value}.0` : String(value);
  return null;
}

/** Lua truthiness of a decoded claim: only a missing value (nil) and false are false. */
export const luaTruthy = (value: unknown): boolean => value !== undefined && value !== false;
