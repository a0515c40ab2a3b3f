/**
 * How `meetgate-meeting.js`, the one-script-tag web component, is built: one definition used by
 * `npm run build:lib`, the size budget (test/build/budgets.ts, `npm run bench`) and the e2e specs,
 * so that what is measured and tested is the file that ships.
 *
 * The element renders `<SecureMeeting>` on Preact (`preact/compat`) instead of React 19: the same
 * component sources, with `react`, `react-dom`,
 * `react-dom/client` and the JSX runtime aliased to Preact in this one build (the `meetgate`
 * package itself keeps React as a peer for React sites). It is one self-contained classic script:
 * no `import()` of sibling chunks, so copying the one file and adding one `<script>` tag is enough.
 * esbuild bundles and minifies it; terser then compresses the result once more (`buildWebComponent`).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';

/** The React modules the component sources import, mapped to Preact. */
export const PREACT_ALIAS = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

/**
 * The licences of what the file bundles, kept at its top (minifying drops the packages' own
 * headers; Preact ships none): Preact's MIT notice.
 */
export const WEB_COMPONENT_BANNER = '/*! meetgate-meeting.js, MeetGate (MIT). Bundles Preact (MIT License, Copyright (c) 2015-present Jason Miller). */';

/** The entry module: guards a link token's Referer, then defines `<meetgate-meeting>`. */
export const WEB_COMPONENT_ENTRY = fileURLToPath(new URL('../components/web/register.ts', import.meta.url));

/**
 * Modules the one file takes in place of the component's own (by resolved path):
 * - the meeting runtime is imported statically (components/runtime/load-static.ts instead of
 *   load.ts): one file has no chunk to load, and esbuild then adds none of the wrappers it gives
 *   modules behind an `import()` it bundles inline (about 1 KB gzipped);
 * - the extension token source is left out (components/web/extension-source.ts): the element has
 *   no `tokenSource` attribute, so the bridge to the MeetGate extension is never asked.
 */
const REPLACED = new Map(
  [
    ['runtime/load.ts', 'runtime/load-static.ts'],
    ['extension-source.ts', 'web/extension-source.ts'],
  ].map(([original, replacement]) => [
    fileURLToPath(new URL(`../components/${original}`, import.meta.url)),
    fileURLToPath(new URL(`../components/${replacement}`, import.meta.url)),
  ]),
);

const WEB_COMPONENT_MODULES = {
  name: 'meetgate-web-component-modules',
  setup(build) {
    build.onResolve({ filter: /(runtime\/load|extension-source)\.js$/ }, (args) => {
      const resolved = fileURLToPath(new URL(args.path.replace(/\.js$/, '.ts'), `file://${args.resolveDir}/`));
      const replacement = REPLACED.get(resolved);
      return replacement ? { path: replacement } : undefined;
    });
  },
};

/**
 * esbuild options for the web component (add `outdir` or `write: false`): minified, production,
 * an IIFE for a classic `<script>` (its dynamic imports are bundled inline).
 */
export function webComponentBuildOptions() {
  return {
    entryPoints: { 'meetgate-meeting': WEB_COMPONENT_ENTRY },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    alias: PREACT_ALIAS,
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: WEB_COMPONENT_BANNER },
    plugins: [WEB_COMPONENT_MODULES],
    logLevel: 'warning',
  };
}

/**
 * Terser's second minification of the esbuild output. Its default (safe) compressions, run twice,
 * inline and merge what esbuild's single pass leaves: about 1 KB less gzipped (44.7 → 43.7 KB when
 * measured), where more passes or its unsafe options gained under 0.1 KB more. Licence comments
 * (`/*!`) are kept.
 */
const TERSER_OPTIONS = { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: /^!/ } };

/**
 * Builds `meetgate-meeting.js` exactly as it ships: esbuild (`webComponentBuildOptions`), then
 * terser. With `sourcemap`, also its source map (through both steps; its source paths relative
 * to `outdir`, where the files will be written), named by the script's `sourceMappingURL`. Used by
 * `npm run build:lib`, the size budget and the e2e specs alike.
 */
export async function buildWebComponent({ sourcemap = false, outdir = 'dist' } = {}) {
  const result = await build({ ...webComponentBuildOptions(), write: false, outdir, sourcemap: sourcemap ? 'external' : false });
  const script = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const map = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  if (!script || result.outputFiles.length !== (sourcemap ? 2 : 1)) throw new Error(`expected one script, esbuild wrote ${result.outputFiles.length} files`);
  const minified = await minify(script.text, {
    ...TERSER_OPTIONS,
    // includeSources: the map carries its sources (esbuild's), or a consumer's devtools find none.
    sourceMap: map ? { content: map.text, url: 'meetgate-meeting.js.map', includeSources: true } : false,
  });
  if (typeof minified.code !== 'string') throw new Error('terser returned no code');
  return { code: minified.code, map: typeof minified.map === 'string' ? minified.map : null };
}
