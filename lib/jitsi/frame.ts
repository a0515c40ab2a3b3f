/**
 * The meeting iframe element, made as Jitsi's external_api.js `_createIFrame` makes it
 * (internxt/meet-web@8d7bf8f, tracking upstream 2026; research/jitsi-facts.md §3.1): name and id
 * `jitsiConferenceFrame<n>`, the `allow` permission list (no `fullscreen` there: full screen comes
 * from the `allowFullScreen` attribute), no border, sizes given as numbers (pixels) or CSS lengths.
 */

/** The permissions the meeting iframe asks for, in Jitsi's order. */
export const FRAME_ALLOW = [
  'autoplay',
  'camera',
  'clipboard-write',
  'compute-pressure',
  'display-capture',
  'hid',
  'microphone',
  'screen-wake-lock',
  'speaker-selection',
].join('; ');

/** What the iframe is made from. */
export interface FrameOptions {
  url: string;
  apiId: number;
  width?: number | string;
  height?: number | string;
  /** Copied to the `sandbox` attribute when given. */
  sandbox?: string;
  /** The `allow` list, when an older host's is imitated (host-2021.ts); `FRAME_ALLOW` by default. */
  allow?: string;
  /** `2021`: that host's sizes (no viewport units). */
  release?: '2021' | '2026';
}

const CSS_SIZE = /^([0-9]*\.?[0-9]+)(em|pt|px|%|[dls]?v[hw])$/;
/** jitsi/jitsi-meet@b1a3c5c `parseSizeParam`: px, em, pt and % only. */
const CSS_SIZE_2021 = /^([0-9]*\.?[0-9]+)(em|pt|px|%)$/;

/** `100` → `100px`; `"50%"`, `"20em"`, `"80vh"` as they are; anything else → undefined. */
export function parseSize(value: unknown, release: '2021' | '2026' = '2026'): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}px`;
  if (typeof value === 'string' && (release === '2021' ? CSS_SIZE_2021 : CSS_SIZE).test(value)) return value;
  return undefined;
}

/** The frame name (and id) of API instance `apiId`. */
export function frameName(apiId: number): string {
  return `jitsiConferenceFrame${apiId}`;
}

/** Creates the iframe in `parent` and returns it. */
export function createMeetingFrame(parent: HTMLElement, options: FrameOptions): HTMLIFrameElement {
  const frame = parent.ownerDocument.createElement('iframe');
  frame.allow = options.allow ?? FRAME_ALLOW;
  frame.name = frameName(options.apiId);
  frame.id = frameName(options.apiId);
  frame.setAttribute('allowFullScreen', 'true');
  // Height, width, then border, in external_api.js's order (`_setSize` before `style.border = 0`), so
  // the style attribute reads the same.
  const width = parseSize(options.width ?? '100%', options.release);
  const height = parseSize(options.height ?? '100%', options.release);
  if (height) frame.style.height = height;
  if (width) frame.style.width = width;
  frame.style.border = '0';
  // The 2021 host had no `sandbox` option.
  if (options.sandbox && options.release !== '2021') frame.setAttribute('sandbox', options.sandbox);
  frame.src = options.url;
  return parent.appendChild(frame);
}
