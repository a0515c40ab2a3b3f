/**
 * `npm run bench`: every benchmark section, printed as a table. Numbers are medians; nothing
 * here is asserted by the unit tests (timing tests are flaky by nature).
 */
import { benchCli } from './cli.js';
import { benchColdStart, COLD_RTT_MS } from './cold-start.js';
import { benchComponent } from './component.js';
import { benchComponentE2E } from './e2e.js';
import { benchExtension } from './extension.js';
import { benchToken } from './token.js';

const SECTIONS: Record<string, () => Promise<Record<string, number | string>>> = {
  'token inspector': benchToken,
  'command line': benchCli,
  'component package': benchComponent,
  'component in Chromium': benchComponentE2E,
  'cold start in Chromium, loopback': () => benchColdStart(0),
  [`cold start in Chromium, ${COLD_RTT_MS} ms round trips`]: () => benchColdStart(COLD_RTT_MS),
  'browser extension': benchExtension,
};

const only = process.argv[2];
for (const [name, run] of Object.entries(SECTIONS)) {
  if (only && !name.includes(only)) continue;
  const started = performance.now();
  const numbers = await run();
  console.log(`\n## ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const [label, value] of Object.entries(numbers)) console.log(`  ${label.padEnd(52)} ${value}`);
}
