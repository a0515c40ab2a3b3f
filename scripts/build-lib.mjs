#!/usr/bin/env node
// `npm run build:lib`: the npm-ready package in dist/ — ESM + type declarations for `meetgate`
// (the component), `meetgate/token` (the framework-free core) and `meetgate/server` (minting),
// plus `meetgate-meeting.js`, the one-script-tag web component that brings its own React.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
const root = JSON.parse(readFileSync('package.json', 'utf8'));
const peers = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

const common = { bundle: true, format: 'esm', target: 'es2022', jsx: 'automatic', sourcemap: true, logLevel: 'warning' };
await Promise.all([
  // @jitsi/react-sdk is bundled: its published ESM uses directory imports that Node cannot load,
  // which would break server-side rendering of any page importing `meetgate`.
  build({ ...common, entryPoints: { index: 'components/index.ts' }, outdir: out, platform: 'neutral', mainFields: ['module', 'main'], external: [...peers, 'jose'] }),
  build({ ...common, entryPoints: { token: 'lib/token/index.ts' }, outdir: out, platform: 'neutral', external: ['jose'] }),
  // The Prosody config reader is its own entry so luaparse never weighs on the inspector core.
  build({ ...common, entryPoints: { prosody: 'lib/prosody/index.ts' }, outdir: out, platform: 'neutral', mainFields: ['module', 'main'] }),
  build({ ...common, entryPoints: { server: 'server/mint/index.ts' }, outdir: out, platform: 'node', external: ['jose'] }),
  build({
    ...common, entryPoints: { 'meetgate-meeting': 'components/web/register.ts' }, outdir: out, platform: 'browser', format: 'iife', minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
]);

const types = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (types.status !== 0) process.exit(types.status ?? 1);

const entry = (name, source) => ({ types: `./types/${source}.d.ts`, import: `./${name}.js` });
writeFileSync(`${out}/package.json`, `${JSON.stringify({
  name: root.name,
  version: root.version,
  description: root.description,
  license: root.license,
  type: 'module',
  sideEffects: ['./meetgate-meeting.js'],
  exports: {
    '.': entry('index', 'components/index'),
    './token': entry('token', 'lib/token/index'),
    './prosody': entry('prosody', 'lib/prosody/index'),
    './server': entry('server', 'server/mint/index'),
    './meetgate-meeting.js': './meetgate-meeting.js',
  },
  dependencies: { jose: root.dependencies.jose },
  peerDependencies: { react: '>=18', 'react-dom': '>=18' },
  peerDependenciesMeta: { react: { optional: true }, 'react-dom': { optional: true } },
}, null, 2)}\n`);
console.log(`build:lib: wrote ${out}/ (index, token, prosody, server, meetgate-meeting.js, types)`);
