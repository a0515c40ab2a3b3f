/** Small measuring tools shared by the benchmark sections. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Operations per second of `fn` over `items`, median of `rounds` rounds after a warm-up. */
export function throughput<T>(items: T[], fn: (item: T) => unknown, rounds = 15): number {
  const once = () => {
    const start = performance.now();
    for (const item of items) fn(item);
    return items.length / ((performance.now() - start) / 1000);
  };
  for (let i = 0; i < 3; i++) once();
  return median(Array.from({ length: rounds }, once));
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
