/**
 * Reading what arrives from Jitsi: payload fields (own properties only), and text (display names,
 * Prosody reasons), which is shown on screens, so it is bounded, stripped of control characters,
 * and never carries a token.
 */

/** `value[key]` when `value` is an object with that own property, else undefined: payloads are hostile input. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g;
const TOKEN_LIKE = /[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** A single line of at most `max` characters, or null when nothing readable is left. */
export function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(CONTROL, ' ').replace(TOKEN_LIKE, '[token]').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
