/**
 * Hears the page's Content-Security-Policy refusing the meeting's frame (`frame-src`, or
 * `child-src`): Jitsi's iframe then holds the browser's error page and never answers, which looked
 * like a meeting page that did not load ("check your connection"). The violation's address is the
 * meeting's, token included (`?jwt=`), so only its origin is compared and nothing of it is kept.
 */

/** The origin of a reported address, or null (`inline`, `eval`, empty). */
function originOf(address: string): string | null {
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
}

/** Calls `refused` with the directive when the page refuses a frame from `domain`; returns the stop. */
export function watchFrameRefusal(
  doc: Pick<Document, 'addEventListener' | 'removeEventListener'>,
  domain: string,
  refused: (directive: string) => void,
): () => void {
  const meeting = originOf(`https://${domain}`);
  const heard = (event: Event) => {
    const { effectiveDirective, blockedURI } = event as SecurityPolicyViolationEvent;
    if ((effectiveDirective === 'frame-src' || effectiveDirective === 'child-src') && meeting !== null && originOf(blockedURI) === meeting)
      refused(effectiveDirective);
  };
  doc.addEventListener('securitypolicyviolation', heard);
  return () => doc.removeEventListener('securitypolicyviolation', heard);
}
