/**
 * Claims are hostile, and a terminal obeys what it is sent: C0 and C1 control characters (U+009B
 * alone is a one-byte CSI escape), DEL, and the bidirectional controls that reorder what a person
 * reads (U+202E). Every CLI output mode passes through here.
 */

/** Characters a terminal may act on or that reorder the text around them. */
// eslint-disable-next-line no-control-regex -- the point is to find them
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** For human text: each unsafe character becomes "?". */
export function terminalText(text: unknown): string {
  return String(text).replace(UNSAFE, '?');
}

/**
 * For JSON text: each unsafe character becomes its `\uXXXX` escape. The JSON still parses to the
 * same value; only the bytes a terminal sees change. (JSON.stringify escapes C0 itself, but not
 * C1, DEL or the bidi controls.) Newlines between JSON tokens are kept.
 */
export function terminalJson(json: string): string {
  return json.replace(UNSAFE, (ch) => (ch === '\n' ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
