/**
 * Package entry sizes as a site ships them (minified, code-split, gzipped; see `entrySize`): the
 * `meetgate` component entry without its React peers (target under 12 KB), the token inspector's
 * core (`judgeToken`, meetgate/token/core, target under 6 KB) and the full `inspectToken`, and the one-script-tag web component (on
 * Preact, built as it ships; aim 40 KB). The same figures are guarded by test/build/budgets.test.ts.
 */
import { kb } from './measure.js';
import { ENTRIES, measureEntry } from '../test/build/budgets.js';

/** Runs the section and returns its numbers. */
export async function benchComponent(): Promise<Record<string, number | string>> {
  const numbers: Record<string, string> = {};
  for (const entry of ENTRIES) {
    const size = await measureEntry(entry);
    numbers[`${entry.name} min+gzip (${entry.target ? `target ${entry.target} KB, ` : ''}budget ${entry.budget} KB)`] = kb(size.gzip);
    if (size.lazyGzip) {
      numbers[`  ${entry.name}: chunks loaded later or on demand`] = kb(size.lazyGzip);
      numbers[`  ${entry.name}: all chunks${entry.totalBudget ? ` (budget ${entry.totalBudget} KB)` : ''}`] = kb(size.totalGzip);
    }
  }
  return numbers;
}
