/**
 * Lua source is bytes; JavaScript strings are UTF-16. luaparse's `pseudo-latin1` mode reads one
 * character per byte, so the text goes in as UTF-8 bytes and string values come back decoded.
 */

/** The UTF-8 bytes of `text`, one character per byte. */
export function toByteString(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** Decodes a byte string back to text (invalid UTF-8 becomes U+FFFD, as a browser would show it). */
export function fromByteString(bytes: string): string {
  if (!/[\x80-\xff]/.test(bytes)) return bytes;
  const array = Uint8Array.from(bytes, (ch) => ch.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: false }).decode(array);
}
