/**
 * The `meetgate` executable of the published package: `npm run build:lib` compiles this file (and
 * the commands it loads on demand) to `dist/bin/meetgate.js`, so an installed MeetGate runs plain
 * JavaScript. In this repository `bin/meetgate.mjs` runs the same commands through tsx.
 */
import { processIo } from './io.js';
import { main } from './main.js';

/** The package's version, written in by `npm run build:lib`. */
declare const __MEETGATE_VERSION__: string | undefined;

process.exitCode = await main(process.argv.slice(2), await processIo(), typeof __MEETGATE_VERSION__ === 'string' ? __MEETGATE_VERSION__ : undefined);
