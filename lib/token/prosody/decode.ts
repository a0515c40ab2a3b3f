/**
 * How Prosody reads a token's parts (jitsi/jitsi-meet `resources/prosody-plugins/luajwtjitsi.lib.lua`
 * `split_token` / `parse_token`, with basexx's `from_url64` and lua-cjson): the token is split
 * on runs of characters other than `.` and `\` (empty segments vanish, so `a..b.c` has three);
 * base64url ignores `=` anywhere and refuses any other foreign character; the JSON is strict,
 * without a byte-order mark, at most 1000 levels deep, and invalid UTF-8 passes through.
 */

/** The decoded parts, or Prosody's reason for refusing them. */
export type ProsodyParts =
  | { ok: true; header: unknown; body: unknown; segments: string[] }
  | { ok: false; reason: 'Invalid token' | 'Invalid header' | 'Invalid body' | 'Invalid signature'; detail: string; tooDeep?: boolean };

const URL64 = /^[A-Za-z0-9_=-]*$/;
/** lua-cjson's default `decode_max_depth`. */
const CJSON_MAX_DEPTH = 1000;

/** basexx `from_url64`: bytes, or null for a character outside the alphabet. */
export function fromUrl64(segment: string): Uint8Array | null {
  if (!URL64.test(segment)) return null;
  const clean = segment.replace(/=/g, '');
  const usable = clean.length - (clean.length % 4 === 1 ? 1 : 0);
  return Uint8Array.from(
    atob(
      clean
        .slice(0, usable)
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(usable / 4) * 4, '='),
    ),
    (c) => c.charCodeAt(0),
  );
}

/** Nesting depth of JSON text, ignoring brackets inside strings. */
function depth(text: string): number {
  let max = 0;
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++level);
    else if (c === '}' || c === ']') level--;
  }
  return max;
}

/** lua-cjson `decode`: the value, or undefined when cjson refuses the text (`tooDeep` past its depth limit). */
function cjsonDecode(bytes: Uint8Array): { value: unknown } | { tooDeep: true } | undefined {
  // A BOM stays in the text (JSON.parse then refuses it, as cjson does); invalid UTF-8 passes.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  if (depth(text) > CJSON_MAX_DEPTH) return { tooDeep: true };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** Splits and decodes a token as `parse_token` does. Never throws. */
export function prosodyDecode(token: string): ProsodyParts {
  const segments = token.match(/[^.\\]+/g) ?? [];
  if (segments.length !== 3) {
    return { ok: false, reason: 'Invalid token', detail: `Prosody splits a token into three parts at its dots; this has ${segments.length}.` };
  }
  const [h = '', b = '', s = ''] = segments;
  const headerBytes = fromUrl64(h);
  const header = headerBytes && cjsonDecode(headerBytes);
  if (header && 'tooDeep' in header)
    return { ok: false, reason: 'Invalid header', detail: `The header nests deeper than ${CJSON_MAX_DEPTH} levels.`, tooDeep: true };
  if (!header) return { ok: false, reason: 'Invalid header', detail: headerBytes ? 'The header is not JSON.' : 'The header is not base64url.' };
  const bodyBytes = fromUrl64(b);
  const body = bodyBytes && cjsonDecode(bodyBytes);
  if (body && 'tooDeep' in body)
    return { ok: false, reason: 'Invalid body', detail: `The payload nests deeper than ${CJSON_MAX_DEPTH} levels.`, tooDeep: true };
  if (!body) {
    const bom = bodyBytes?.[0] === 0xef && bodyBytes[1] === 0xbb && bodyBytes[2] === 0xbf;
    return {
      ok: false,
      reason: 'Invalid body',
      detail: !bodyBytes ? 'The payload is not base64url.' : bom ? 'The payload JSON starts with a byte-order mark.' : 'The payload is not JSON.',
    };
  }
  if (!fromUrl64(s)) return { ok: false, reason: 'Invalid signature', detail: 'The signature is not base64url.' };
  return { ok: true, header: header.value, body: body.value, segments };
}
