import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutRawHtml } from '../../../extension/build/no-raw-html';

/** The installed React DOM's production client (not exported by the package: found beside its package.json). */
const reactDomClient = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('react-dom/package.json')), 'cjs/react-dom-client.production.js'),
  'utf8',
);

describe('withoutRawHtml', () => {
  it('removes both dynamic innerHTML assignments from the installed React DOM, keeping the literal one', () => {
    const patched = withoutRawHtml(reactDomClient);
    expect(patched).not.toMatch(/\.innerHTML = (?!")/);
    expect(patched.match(/never insert raw HTML/g)).toHaveLength(2);
    expect(patched).toContain('.innerHTML = "<script>');
  });

  it('fails the build when React DOM no longer has exactly those two assignments', () => {
    expect(() => withoutRawHtml('const x = 1;')).toThrow(/found 0/);
    expect(() => withoutRawHtml(reactDomClient.replace('(domElement.innerHTML = key)', 'setHtml(key)'))).toThrow(/found 1/);
  });
});
