/** Small measuring tools shared by the benchmark sections. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Minified and gzipped size in bytes of a module that bundles `source`, with `external` left out. */
export async function bundleSize(source: string, options: { external?: string[]; platform?: 'neutral' | 'browser' } = {}): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'tsx' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: options.platform ?? 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['browser', 'import'],
    external: options.external ?? [],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** "1.23 KB" */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

/** Medians of two measurements taken alternately, and the median of their per-round ratio. */
export interface Interleaved {
  a: number;
  b: number;
  /** Median over rounds of b / a (so 1.3 means b takes 1.3 times as long as a, for times). */
  ratio: number;
}

/**
 * Measures `a` and `b` alternately, A B A B …, `rounds` times each (after `warmUp` pairs), so that
 * a busy machine slows both alike; each function returns its own measurement (a time, usually).
 */
export async function interleaved(a: () => number | Promise<number>, b: () => number | Promise<number>, rounds: number, warmUp = 2): Promise<Interleaved> {
  for (let i = 0; i < warmUp; i++) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const x = await a();
    const y = await b();
    as.push(x);
    bs.push(y);
    ratios.push(y / x);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

/** Milliseconds taken by `fn`. */
export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
