/**
 * `tokenSource="extension"`: the MeetGate extension's page bridge as a token source. The bridge
 * client is imported on the first request (lib/bridge/source.ts), so it is a chunk of its own in
 * the package and in a site's bundle, and pages that never use the extension do not load it.
 */
import { createExtensionTokenSource } from '../lib/bridge/source.js';
import type { ExtensionTokenSource } from '../lib/sources/types.js';

/** The extension source; the bridge's code loads on the first request. */
export function lazyExtensionTokenSource(win: Window | undefined): ExtensionTokenSource {
  return createExtensionTokenSource(win ? { window: win } : {});
}
