/**
 * MeetGate's stylesheet on a page with a strict Content-Security-Policy. A policy without
 * 'unsafe-inline' (and no nonce given to MeetGate) refuses the `<style>` that carries it —
 * Chromium and Firefox then leave its `sheet` null — and every screen would be unstyled, the
 * "visually hidden" announcements visible, the meeting frame 300×150. A constructed stylesheet
 * (`new CSSStyleSheet()`, adopted by the document) is not inline markup, and both browsers apply
 * it under such a policy. MeetGate adopts one only when its `<style>` was refused, so on every
 * other page the cascade stays as it was; one sheet per document serves all its meetings.
 */

/** MeetGate's `<style>` elements: React 19 hoists it as `data-href`; React 18 and Preact keep `href`. */
const OWN_STYLES = 'style[data-href="meetgate-styles"],style[href="meetgate-styles"]';

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Whether `doc` has MeetGate `<style>` elements and the page refused every one of them. */
export function inlineStylesRefused(doc: Document): boolean {
  const styles = [...doc.querySelectorAll<HTMLStyleElement>(OWN_STYLES)];
  return styles.length > 0 && styles.every((style) => style.sheet === null);
}

/**
 * Adopts `css` into `doc` as a constructed stylesheet, once (again if the page replaced the
 * document's adopted sheets). False where the browser cannot construct stylesheets.
 */
export function adoptStylesheet(doc: Document, css: string): boolean {
  // A constructed sheet can only be adopted by a document of the realm that made it.
  const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  if (typeof Sheet !== 'function' || !Array.isArray(doc.adoptedStyleSheets)) return false;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(css);
    sheets.set(doc, sheet);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return true;
}
