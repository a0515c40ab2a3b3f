import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEETGATE_CSS } from '../../../components/index.js';
import { componentStyleHash, readComponentCss } from '../../../extension/build/component-style.js';

describe('the CSP hash of the component stylesheet', () => {
  it('reads exactly the stylesheet the component renders', () => {
    expect(readComponentCss(readFileSync('components/styles.tsx', 'utf8'))).toBe(MEETGATE_CSS);
    expect(componentStyleHash('components/styles.tsx')).toBe(`'sha256-${createHash('sha256').update(MEETGATE_CSS).digest('base64')}'`);
  });

  it('fails the build when the declaration changes shape instead of hashing something else', () => {
    expect(() => readComponentCss('export const MEETGATE_CSS = `a${b}`;')).toThrow(/interpolation/);
    expect(() => readComponentCss("export const MEETGATE_CSS = 'a';")).toThrow(/plain template literal/);
  });
});
