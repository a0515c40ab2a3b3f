/**
 * `tokenSource="extension"`: the MeetGate extension's page bridge as a token source, loaded only
 * when a page asks for it. `lib/bridge` is imported on the first request, so it is a chunk of its
 * own in the package and in a site's bundle, and pages that never use the extension do not carry it.
 */
import type { ExtensionTokenSource } from '../lib/sources/types.js';

/** The extension source; its code loads on the first request. */
export function lazyExtensionTokenSource(win: Window | undefined): ExtensionTokenSource {
  return {
    kind: 'extension',
    async request(request) {
      const { createExtensionTokenSource } = await import('../lib/bridge/source.js');
      return createExtensionTokenSource(win ? { window: win } : {}).request(request);
    },
  };
}
