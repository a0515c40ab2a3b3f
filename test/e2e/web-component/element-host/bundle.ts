/**
 * The scripts of the web-component host page, bundled once per process in memory: the shipped
 * `meetgate-meeting.js` (built by the same definition as `npm run build:lib`, so on Preact) and
 * the page's recorder.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildWebComponent } from '../../../../scripts/web-component.mjs';

let element: Promise<string> | null = null;
let probe: Promise<string> | null = null;
let reactPage: Promise<string> | null = null;

/** Bundles one of this folder's pages' scripts (`file`) as a classic script. */
function pageScript(file: string): Promise<string> {
  return build({
    entryPoints: [fileURLToPath(new URL(file, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    write: false,
    outdir: 'element-page',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((result) => {
    const output = result.outputFiles.find((candidate) => candidate.path.endsWith('.js'));
    if (!output) throw new Error(`esbuild produced no script for ${file}`);
    return output.text;
  });
}

/** `meetgate-meeting.js` exactly as the package ships it (minified by esbuild and terser, Preact, one classic script). */
export function webComponentScript(): Promise<string> {
  element ??= buildWebComponent().then((built) => built.code);
  return element;
}

/** The recorder (./probe-main.ts) as a classic script, to run before the element is defined. */
export function elementProbeScript(): Promise<string> {
  probe ??= pageScript('./probe-main.ts');
  return probe;
}

/** The React 19 page that also uses the element (./react-page.tsx), with real React. */
export function reactPageScript(): Promise<string> {
  reactPage ??= pageScript('./react-page.tsx');
  return reactPage;
}
