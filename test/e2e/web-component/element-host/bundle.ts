/**
 * The scripts of the web-component host page, bundled once per process in memory: the shipped
 * `meetgate-meeting.js` (built by the same definition as `npm run build:lib`, so on Preact) and
 * the page's recorder.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { webComponentBuildOptions } from '../../../../scripts/web-component.mjs';

let element: Promise<string> | null = null;
let probe: Promise<string> | null = null;

/** `meetgate-meeting.js` exactly as the package ships it (minified, Preact, one classic script). */
export function webComponentScript(): Promise<string> {
  element ??= build({ ...webComponentBuildOptions(), write: false, outdir: 'element-host', logLevel: 'silent' }).then((result) => {
    const file = result.outputFiles.find((output) => output.path.endsWith('.js'));
    if (!file) throw new Error('esbuild produced no meetgate-meeting.js');
    return file.text;
  });
  return element;
}

/** The recorder (./probe-main.ts) as a classic script, to run before the element is defined. */
export function elementProbeScript(): Promise<string> {
  probe ??= build({
    entryPoints: [fileURLToPath(new URL('./probe-main.ts', import.meta.url))],
    bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true, write: false, outdir: 'element-probe', logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles.find((output) => output.path.endsWith('.js'));
    if (!file) throw new Error('esbuild produced no probe script');
    return file.text;
  });
  return probe;
}
