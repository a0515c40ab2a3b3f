import type { BuildOptions } from 'esbuild';

/** The React modules mapped to Preact in the web component's build. */
export declare const PREACT_ALIAS: Record<string, string>;
/** The licence notice at the top of the file. */
export declare const WEB_COMPONENT_BANNER: string;
/** Absolute path of the web component's entry module. */
export declare const WEB_COMPONENT_ENTRY: string;
/** esbuild options for `meetgate-meeting.js` (add `outdir` or `write: false`). */
export declare function webComponentBuildOptions(): BuildOptions & { entryPoints: Record<string, string> };
/** `meetgate-meeting.js` as it ships (esbuild, then terser), and its source map when asked for. */
export declare function buildWebComponent(options?: { sourcemap?: boolean; outdir?: string }): Promise<{ code: string; map: string | null }>;
