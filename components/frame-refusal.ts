/**
 * Hears the page's Content-Security-Policy refusing the meeting's frame (`frame-src`, or
 * `child-src`): Jitsi's iframe then holds the browser's error page and never answers, which looked
 * like a meeting page that did not load ("check your connection"). The violation's address is the
 * meeting's, token included (`?jwt=`), so only its origin is compared and nothing of it is kept.
 */
import { watchRefusals } from '../lib/jitsi/script-loader.js';

/** The directives that govern frames: a refusal under one of them is the meeting's frame, not its script. */
export const FRAME_DIRECTIVES = /^(frame|child)-src$/;

/** Calls `refused` with the directive when the page refuses a frame from `domain`; returns the stop. */
export function watchFrameRefusal(
  doc: Pick<Document, 'addEventListener' | 'removeEventListener'>,
  domain: string,
  refused: (directive: string) => void,
): () => void {
  return watchRefusals(doc, `https://${domain}`, FRAME_DIRECTIVES, refused);
}
