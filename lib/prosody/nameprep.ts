/**
 * Prosody names each `VirtualHost` and `Component` by `nameprep(name)` (core/configmanager.lua;
 * util.encodings with ICU on Debian's 0.12.3), RFC 3491: characters "commonly mapped to nothing"
 * removed, case folded, NFKC; a name with a prohibited character makes Prosody refuse the file.
 * Checked against Debian's Prosody 0.12.3 run locally ("ｍｅｅｔ.x" and "meet\u200b.x" are
 * "meet.x", "straße.x" is "strasse.x", U+202E is refused). Not mirrored: RFC 3454's bidi rule
 * (JavaScript has no Bidi_Class property) and unassigned code points.
 */

/** RFC 3454 table B.1: mapped to nothing. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: single code points, matched one by one on purpose
const MAPPED_TO_NOTHING = /[\u00ad\u034f\u1806\u180b-\u180d\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]/g;

/**
 * RFC 3491 §5's prohibited tables (C.1.2, C.2.2, C.3 to C.9): non-ASCII spaces and controls,
 * private use, non-characters, surrogates, and characters that change how text is displayed
 * (U+200C, U+200D and U+FEFF are in B.1, so gone before this test).
 */
const PROHIBITED =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: single code points (U+0340, U+0341 combine), matched one by one on purpose
  /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\u0080-\u009f\u06dd\u070f\u180e\u2028\u2029\u2060-\u2063\u206a-\u206f\ufff9-\ufffd\u2ff0-\u2ffb\u0340\u0341\u200e\u200f\u202a-\u202e\ue000-\uf8ff\ufdd0-\ufdef\ud800-\udfff]|[\u{1d173}-\u{1d17a}\u{e0001}\u{e0020}-\u{e007f}\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]|[\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{10fffe}\u{10ffff}]/u;

/** The name Prosody gives a host, or null when Prosody refuses it ("contains forbidden characters"). */
export function nameprep(name: string): string | null {
  // Case folding approximated by upper- then lower-casing ("ß" → "ss", "İ" → "i̇"), around NFKC;
  // the dotless "ı" has no folding (Turkish names keep it), but would come back as "i".
  const fold = (text: string) => text.replace(/[^\u0131]+/g, (part) => part.toUpperCase().toLowerCase()).normalize('NFKC');
  const prepared = fold(fold(name.replace(MAPPED_TO_NOTHING, '')));
  return PROHIBITED.test(prepared) ? null : prepared;
}
