/**
 * Build-time helper for wxt.config.ts: the CSP hash of the component's stylesheet. The component
 * renders `MEETGATE_CSS` as one inline `<style>`; the extension's strict `style-src` allows
 * exactly that text and nothing else inline. The config loader cannot import the component
 * module itself (it is React + `.js` specifiers), so the constant is read from its source, and
 * any change of its shape fails the build instead of silently producing a wrong hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const DECLARATION = /export const MEETGATE_CSS = `([^`]*)`;/;

/** The value of `MEETGATE_CSS` in the given source text. Throws when it is not a plain template literal. */
export function readComponentCss(source: string): string {
  const found = DECLARATION.exec(source);
  if (!found || found[1] === undefined)
    throw new Error('components/styles.tsx: MEETGATE_CSS is not a plain template literal any more; update extension/build/component-style.ts');
  const raw = found[1];
  if (raw.includes('${') || /\\(?!\\)/.test(raw.replace(/\\\\/g, ''))) {
    throw new Error('components/styles.tsx: MEETGATE_CSS uses interpolation or escapes; update extension/build/component-style.ts');
  }
  return raw.replace(/\\\\/g, '\\');
}

/** The CSP source (`'sha256-…'`) for the component stylesheet in `stylesFile`. */
export function componentStyleHash(stylesFile: string): string {
  const css = readComponentCss(readFileSync(stylesFile, 'utf8'));
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}
