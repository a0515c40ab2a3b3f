/**
 * components/extension-source.ts as `meetgate-meeting.js` bundles it (scripts/web-component.mjs
 * puts this module in its place): the element has no `tokenSource` attribute, so nothing asks the
 * MeetGate extension, and the bridge's code (about 1.2 KB gzipped) stays out of the one-file script.
 */
import type { ExtensionTokenSource } from '../../lib/sources/types.js';

/** Never called by the element; says so if some future caller does. */
export function lazyExtensionTokenSource(_win: Window | undefined): ExtensionTokenSource {
  throw new Error('MeetGate: meetgate-meeting.js has no extension token source (tokenSource="extension" needs the React component).');
}
