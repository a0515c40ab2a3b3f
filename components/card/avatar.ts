/**
 * Whether the token card may load a token's avatar. Loading an image is a request to a host the
 * token names: anyone who crafts a token could make the viewer's browser call them (and learn
 * that, and when, the token was opened). So a remote avatar loads only when a key verified the
 * token, or when its origin is one the page allowed; otherwise the card shows initials.
 */

/** Inline raster images: no request leaves the page. SVG is excluded (it can carry script). */
const INLINE_RASTER = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/;

/** What decides whether a remote avatar may load. */
export interface AvatarPolicy {
  /** A key verified the token's signature. */
  verified: boolean;
  /** Origins (`https://cdn.example.org`) whose avatars may load from unverified tokens too. */
  allowedOrigins?: readonly string[];
}

/** The avatar address the card may load, or null for initials. Only https and inline raster images. */
export function avatarToShow(url: string | undefined, policy: AvatarPolicy): string | null {
  if (!url) return null;
  if (INLINE_RASTER.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return policy.verified || (policy.allowedOrigins ?? []).includes(parsed.origin) ? url : null;
}

/** Up to two initials of a display name (first letters of the first and last words), or "?". */
export function initialsOf(name: string | null | undefined): string {
  const words = (name ?? '')
    .trim()
    .split(/\s+/u)
    .filter((word) => /\p{L}|\p{N}/u.test(word));
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string) => Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '';
  return (letter(first) + (last ? letter(last) : '')).toLocaleUpperCase();
}
