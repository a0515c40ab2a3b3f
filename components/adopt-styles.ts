/**
 * MeetGate's stylesheet on a page with a strict Content-Security-Policy. A policy without
 * 'unsafe-inline' (and no nonce given to MeetGate) refuses the `<style>` that carries it —
 * Chromium and Firefox then leave its `sheet` null — and every screen would be unstyled, the
 * "visually hidden" announcements visible, the meeting frame 300×150. A constructed stylesheet
 * (`new CSSStyleSheet()`, adopted by the document) is not inline markup, and both browsers apply
 * it under such a policy. MeetGate adopts one only when its `<style>` was refused, so on every
 * other page the cascade stays as it was; one sheet per document serves all its meetings, in the
 * document and in any shadow root.
 */

/** MeetGate's `<style>` elements: React 19 hoists it as `data-href`; React 18 and Preact keep `href`. */
const OWN_STYLES = 'style[data-href="meetgate-styles"],style[href="meetgate-styles"]';

const sheets = new WeakMap<object, CSSStyleSheet>();

/** Whether `root` (a document or a shadow root) has MeetGate `<style>` elements and the page refused every one of them. */
export function inlineStylesRefused(root: ParentNode): boolean {
  const styles = [...root.querySelectorAll<HTMLStyleElement>(OWN_STYLES)];
  return styles.length > 0 && !styles.some((style) => style.sheet);
}

/**
 * Adopts `css` into `root` — the document, or the shadow root the component is in (the document's
 * adopted sheets do not reach into a shadow tree) — as a constructed stylesheet, once (again if
 * the page replaced the root's adopted sheets). Nothing where the browser cannot construct stylesheets.
 */
export function adoptStylesheet(root: Document | ShadowRoot, css: string): void {
  // A constructed sheet can only be adopted in the document (and its shadow roots) of the realm that made it.
  const Sheet = (((root.ownerDocument ?? root) as Document).defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  if (!Sheet || !root.adoptedStyleSheets) return;
  // One sheet per realm, and so per document: its constructor is the key.
  let sheet = sheets.get(Sheet);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(css);
    sheets.set(Sheet, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
