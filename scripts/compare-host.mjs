#!/usr/bin/env node
/**
 * Drives a real Jitsi `external_api.js` and MeetGate's host API (lib/jitsi) side by side, in Chromium
 * against the simulator, on the same scenarios, and prints every difference in the iframe, the
 * messages both ways, the events and the answers. A script, not a test: Jitsi's code is never in this
 * repository; bring your deployment's own file (https://<your server>/external_api.js).
 *
 *   node scripts/compare-host.mjs --real path/to/external_api.js [--release 2026|2021] [--ours 2026|2021] [--json out.json]
 *
 * `--release`: the Jitsi release the simulator's meeting page imitates; `--ours`: which MeetGate host
 * (`MeetGateExternalAPI`, or `.forRelease('2021')`) meets it, by default the one of that release.
 *
 * Exit code 0 when nothing differs, 1 when something does, 2 on a usage error.
 */
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./compare-host/main.ts');
process.exitCode = await main(process.argv.slice(2));
