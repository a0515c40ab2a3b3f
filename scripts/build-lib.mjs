#!/usr/bin/env node
// `npm run build:lib`: the npm-ready package in dist/ — ESM + type declarations for `meetgate`
// (the component), `meetgate/token` (the framework-free core), `meetgate/token/core` (the inspector's
// verdict alone) and `meetgate/server` (minting),
// plus `meetgate-meeting.js`, the one-script-tag web component that brings its own Preact.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { buildWebComponent } from './web-component.mjs';

// `--out <dir>` builds elsewhere (the consumer test builds into a temporary folder, leaving dist/ alone).
const out = parseArgs({ options: { out: { type: 'string', default: 'dist' } } }).values.out;
rmSync(out, { recursive: true, force: true });
const root = JSON.parse(readFileSync('package.json', 'utf8'));
const peers = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

/**
 * The simulator's browser files, built now by its own assets module (bundled to a scratch file and
 * imported), so the published CLI carries them and needs neither esbuild nor TypeScript at run time.
 */
async function simulatorAssets() {
  const scratch = `node_modules/.cache/meetgate-build/simulator-assets-${process.pid}.mjs`;
  mkdirSync('node_modules/.cache/meetgate-build', { recursive: true });
  await build({
    entryPoints: ['server/dev/simulator/assets.ts'],
    outfile: scratch,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['esbuild'],
    logLevel: 'warning',
    // The module finds its client files next to itself.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL('server/dev/simulator/assets.ts').href) },
  });
  const { allAssets } = await import(pathToFileURL(scratch).href);
  rmSync(scratch);
  return allAssets();
}

/** Gives bundled CommonJS dependencies (ws, selfsigned, dotenv…) the `require` an ESM file lacks. */
const NODE_REQUIRE = "import { createRequire as __meetgateRequire } from 'node:module';\nconst require = __meetgateRequire(import.meta.url);";

/**
 * `meetgate` (inspect, doctor, mint, simulate) as plain JavaScript for Node 20, in two builds so
 * that `meetgate inspect` reads one file: `bin/meetgate.js` holds the start and `inspect` whole
 * (no shared chunks to resolve and load), and every module the start only reaches through a
 * dynamic `import()` (the other commands, signature checks, the Prosody config reader) is left
 * out of it and built into `bin/lazy/`, sharing chunks among themselves. Everything is bundled
 * (jose, ws, selfsigned), so `npx meetgate` resolves nothing at run time; CommonJS dependencies
 * get a `require`.
 */
async function buildCli() {
  const cli = {
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    external: ['esbuild'],
    banner: { js: `#!/usr/bin/env node\n${NODE_REQUIRE}` },
  };
  /** Lazy modules by output name (`server-mint-cli`) → source path. */
  const lazy = {};
  const splitOffLazy = {
    name: 'meetgate-lazy-modules',
    setup(builder) {
      builder.onResolve({ filter: /^\./ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'lazy') return undefined;
        const resolved = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'lazy' });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const name = relative(process.cwd(), resolved.path)
          .replace(/\.[cm]?[jt]sx?$/, '')
          .replace(/[\\/]/g, '-');
        lazy[name] = resolved.path;
        return { path: `./lazy/${name}.js`, external: true };
      });
    },
  };
  await build({
    ...cli,
    entryPoints: { meetgate: 'server/cli/bin.ts' },
    outdir: `${out}/bin`,
    plugins: [splitOffLazy],
    define: { __MEETGATE_VERSION__: JSON.stringify(root.version) },
  });
  chmodSync(`${out}/bin/meetgate.js`, 0o755);
  await build({
    ...cli,
    entryPoints: lazy,
    outdir: `${out}/bin/lazy`,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // A string (the assets' JSON), which esbuild inlines where it is used: in the simulate chunk only.
    define: { __MEETGATE_SIMULATOR_ASSETS__: JSON.stringify(JSON.stringify(await simulatorAssets())) },
  });
}

const common = { bundle: true, format: 'esm', target: 'es2022', jsx: 'automatic', sourcemap: true, logLevel: 'warning' };
await Promise.all([
  // Code-split: what the component loads on demand (the extension bridge) stays in chunks/.
  build({
    ...common,
    // A client module for React Server Components (Next.js's App Router): a server page can then
    // render <SecureMeeting> itself; without it the page fails to build ("useState is not a function").
    banner: { js: '"use client";' },
    entryPoints: { index: 'components/index.ts' },
    outdir: out,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: [...peers, 'jose'],
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  build({ ...common, entryPoints: { token: 'lib/token/index.ts' }, outdir: out, platform: 'neutral', external: ['jose'] }),
  // The inspector's core alone (judgeToken: the verdict as data, no words), for pages and services that need only that.
  build({ ...common, entryPoints: { 'token-core': 'lib/token/core.ts' }, outdir: out, platform: 'neutral' }),
  // The Prosody config reader is its own entry so luaparse never weighs on the inspector core.
  build({ ...common, entryPoints: { prosody: 'lib/prosody/index.ts' }, outdir: out, platform: 'neutral', mainFields: ['module', 'main'] }),
  // The doctor's parsers (dotenv, …) are CommonJS: bundled into ESM they need a `require`.
  build({ ...common, entryPoints: { server: 'server/mint/index.ts' }, outdir: out, platform: 'node', external: ['jose'], banner: { js: NODE_REQUIRE } }),
  // The web component runs on Preact, one self-contained script (scripts/web-component.mjs).
  buildWebComponent({ sourcemap: true, outdir: out }).then(({ code, map }) => {
    mkdirSync(out, { recursive: true });
    writeFileSync(`${out}/meetgate-meeting.js`, code);
    writeFileSync(`${out}/meetgate-meeting.js.map`, map ?? '');
  }),
  buildCli(),
]);

const types = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json', '--outDir', `${out}/types`], { stdio: 'inherit' });
if (types.status !== 0) process.exit(types.status ?? 1);

// `default`, not `import`: the files are ESM either way, and Node 20.19+ and 22.12+ can then also
// `require()` them (require(esm)); with `import` only, `require` fails with "not exported".
const entry = (name, source) => ({ types: `./types/${source}.d.ts`, default: `./${name}.js` });
writeFileSync(
  `${out}/package.json`,
  `${JSON.stringify(
    {
      name: root.name,
      version: root.version,
      description: root.description,
      license: root.license,
      keywords: root.keywords,
      type: 'module',
      // For TypeScript's older `moduleResolution: "node"` (node10: still the default with
      // `module: "commonjs"`), which reads no `exports`: the root's types, and each subpath's.
      main: './index.js',
      types: './types/components/index.d.ts',
      typesVersions: {
        '*': {
          token: ['./types/lib/token/index.d.ts'],
          'token/core': ['./types/lib/token/core.d.ts'],
          prosody: ['./types/lib/prosody/index.d.ts'],
          server: ['./types/server/mint/index.d.ts'],
          'meetgate-meeting.js': ['./types/components/web/element.d.ts'],
        },
      },
      sideEffects: ['./meetgate-meeting.js', './bin/**'],
      // No leading `./`: npm 11's publish drops such a bin as "invalid" (npm pack keeps it).
      bin: { meetgate: 'bin/meetgate.js' },
      // The published code is compiled for Node 20 (the CLI's target) and needs nothing newer.
      engines: { node: '>=20' },
      exports: {
        '.': entry('index', 'components/index'),
        './token': entry('token', 'lib/token/index'),
        './token/core': entry('token-core', 'lib/token/core'),
        './prosody': entry('prosody', 'lib/prosody/index'),
        './server': entry('server', 'server/mint/index'),
        // A plain script (it defines the element when it runs); its types declare the element and its event.
        './meetgate-meeting.js': { types: './types/components/web/element.d.ts', default: './meetgate-meeting.js' },
        './package.json': './package.json',
      },
      dependencies: { jose: root.dependencies.jose },
      peerDependencies: { react: '>=18', 'react-dom': '>=18' },
      peerDependenciesMeta: { react: { optional: true }, 'react-dom': { optional: true } },
    },
    null,
    2,
  )}\n`,
);
// npm shows the README on the package's page; MIT asks for its notice in every copy.
for (const file of ['README.md', 'LICENSE']) copyFileSync(file, `${out}/${file}`);
console.log(`build:lib: wrote ${out}/ (index, token, token-core, prosody, server, meetgate-meeting.js, types)`);
