#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so the repository needs no build step to run it.
import { readFile } from 'node:fs/promises';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/main.ts');
const { processIo } = await import('../server/cli/io.ts');
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = await main(process.argv.slice(2), await processIo(), version);
