/** Small readers for hostile JSON: nothing here trusts a claim's type. */

/** A plain JSON object, or null. */
export type Json = Record<string, unknown>;

/** The value at `obj[key]` when `obj` is an object and has that own key. */
export function own(obj: unknown, key: string): unknown {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  return Object.hasOwn(obj, key) ? (obj as Json)[key] : undefined;
}

/** The object at `obj[key]`, or null when it is missing or not an object. */
export function object(obj: unknown, key: string): Json | null {
  const value = own(obj, key);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

/** The trimmed string at `obj[key]`, or undefined (as Jitsi's `_user2participant` does). */
export function text(obj: unknown, key: string): string | undefined {
  const value = own(obj, key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** True for `true` and `"true"`, the two spellings every Jitsi reader accepts. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** Shortens a claim value for a message, so a hostile claim cannot flood the report. */
export function quote(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  return `"${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}"`;
}
