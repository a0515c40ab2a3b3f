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
export async function bundleSize(
  source: string,
  options: { external?: string[]; platform?: 'neutral' | 'browser' } = {},
): Promise<{ min: number; gzip: number }> {
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

/** One output file of an entry's build. */
export interface ChunkSize {
  /** Output name (hashed by esbuild). */
  file: string;
  /** Minified, then gzipped, in bytes. */
  gzip: number;
  /** Loaded with the entry (reached by static imports), or only by a dynamic `import()`. */
  eager: boolean;
  /** The source files bundled into it. */
  inputs: string[];
  /** The chunks it imports statically (fetched only once it has arrived, unless already loaded). */
  imports: string[];
}

/** What a page downloads for an entry: its file and the chunks it imports statically; and what it may load later. */
export interface EntrySize {
  /** Minified, then gzipped file by file (as a browser fetches them), in bytes: the entry and its static imports. */
  gzip: number;
  min: number;
  /** The chunks only dynamic `import()`s reach (loaded later or on demand), gzipped, in bytes. */
  lazyGzip: number;
  /** Everything the entry can ever load, `gzip` + `lazyGzip`: splitting code off does not make it smaller. */
  totalGzip: number;
  chunks: ChunkSize[];
}

/** How an entry is built for measuring. */
export interface SizeOptions {
  external?: string[];
  platform?: 'neutral' | 'browser';
  /** False for a file shipped as it is (one script tag): dynamic imports are then bundled into it. Default true. */
  splitting?: boolean;
}

/**
 * The size of a package entry as a site's bundler ships it: `entry` bundled and minified with code
 * splitting, production defines, `external` left out; the entry file plus its static imports count,
 * chunks behind a dynamic `import()` are reported apart, and the total of both.
 */
export async function entrySize(entry: string, options: SizeOptions = {}): Promise<EntrySize> {
  const result = await build({
    entryPoints: { entry },
    bundle: true,
    minify: true,
    splitting: options.splitting ?? true,
    write: false,
    outdir: '/meetgate-size',
    format: 'esm',
    platform: options.platform ?? 'browser',
    mainFields: ['module', 'main'],
    conditions: ['browser', 'import'],
    external: options.external ?? [],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile?.outputs ?? {};
  const name = (path: string) => path.replace(/^.*meetgate-size\//, '');
  const files = new Map(result.outputFiles.map((file) => [name(file.path), file.contents]));
  const start = Object.keys(outputs).find((path) => outputs[path]?.entryPoint);
  const eager = new Set<string>();
  const visit = (path: string): void => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  if (start) visit(start);
  const size: EntrySize = { gzip: 0, min: 0, lazyGzip: 0, totalGzip: 0, chunks: [] };
  for (const [path, output] of Object.entries(outputs)) {
    const contents = files.get(name(path));
    if (!contents || path.endsWith('.map')) continue;
    const zipped = gzipSync(contents, { level: 9 }).length;
    const imports = output.imports.filter((imported) => imported.kind === 'import-statement' && !imported.external).map((imported) => name(imported.path));
    size.chunks.push({ file: name(path), gzip: zipped, eager: eager.has(path), inputs: Object.keys(output.inputs), imports });
    size.totalGzip += zipped;
    if (eager.has(path)) {
      size.gzip += zipped;
      size.min += contents.length;
    } else size.lazyGzip += zipped;
  }
  return size;
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
