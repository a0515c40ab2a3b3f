/**
 * Size budgets: each package entry is built as a site ships it (minified, code-split, gzipped)
 * and must stay within its budget (test/build/budgets.ts). Chunks loaded on demand (the extension
 * bridge) do not count against the entry.
 */
import { describe, expect, it } from 'vitest';
import { entrySize, kb } from '../../bench/measure.js';
import { ENTRIES, measureEntry, withinBudget } from './budgets.js';

describe('package entry sizes', () => {
  it.each(ENTRIES)('$name stays within $budget KB min+gzip', async (entry) => {
    const size = await measureEntry(entry);
    expect(withinBudget(entry, size), `${entry.name}: ${kb(size.gzip)} > ${entry.budget} KB`).toBe(true);
  }, 60_000);

  it('loads the extension bridge only on demand', async () => {
    const size = await entrySize('./components/index.ts', { external: ENTRIES[0]?.options.external ?? [] });
    expect(size.lazyGzip).toBeGreaterThan(500);
  }, 60_000);
});
