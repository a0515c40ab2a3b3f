/**
 * The host page both APIs run in, and the recorder every frame gets: each `message` event a window
 * receives (the page: what the meeting sends; the meeting frame: what the host sends), each event
 * the API emits, and the iframe as created, are reported to Node through a Playwright binding, so a
 * frame that navigates (a 2021 app's `authError.html`) loses nothing.
 */

/** One thing seen, in order, per page. */
export type Seen =
  | { kind: 'toHost' | 'toFrame'; origin: string; data: unknown }
  | { kind: 'event'; name: string; args: unknown[] }
  | { kind: 'iframe'; attributes: Record<string, string>; src: string }
  | { kind: 'call'; call: string; value?: unknown; error?: string }
  | { kind: 'onload' };

/** Name of the binding the recorder reports to. */
export const BINDING = '__compareRecord';

/**
 * Runs at document start in every frame: records received messages (capture phase, before the
 * API's own listener) with their origin; strings stay strings, so framing differences show.
 */
export const RECORDER_SCRIPT = `(() => {
  const kind = window.top === window ? 'toHost' : 'toFrame';
  window.addEventListener('message', (event) => {
    let data = event.data;
    try { data = typeof data === 'string' ? { string: data } : { object: JSON.parse(JSON.stringify(data)) }; } catch { data = { unserializable: String(data) }; }
    window.${BINDING}?.({ kind, origin: event.origin, data });
  }, true);
})();`;

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The host page: loads `scriptUrl` (a real external_api.js, or the simulator's own), wraps the
 * API's `emit` before any instance exists, and exposes `__open(options)` and `__call(name, args)`.
 */
export function hostPage(scriptUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>compare-host</title>
<style>html, body { margin: 0; height: 100%; } #meet { height: 90vh; }</style></head>
<body><div id="meet"></div>
<script src=${scriptJson(scriptUrl)}></script>
<script>
  const record = (entry) => window.${BINDING}(JSON.parse(JSON.stringify(entry, (k, v) => v === undefined ? '<undefined>' : v)));
  const proto = JitsiMeetExternalAPI.prototype;
  const emit = proto.emit;
  proto.emit = function (name, ...args) {
    record({ kind: 'event', name: String(name), args: args.filter((a) => typeof a !== 'function') });
    return emit.call(this, name, ...args);
  };
  window.__open = (domain, options) => {
    const api = new JitsiMeetExternalAPI(domain, Object.assign({}, options, {
      parentNode: document.getElementById('meet'),
      onload: () => record({ kind: 'onload' }),
    }));
    const frame = document.querySelector('#meet iframe');
    const attributes = {};
    for (const a of frame.attributes) if (a.name !== 'src') attributes[a.name] = a.value;
    record({ kind: 'iframe', attributes, src: frame.src });
    window.__api = api;
  };
  window.__call = async (name, args) => {
    const api = window.__api;
    if (typeof api[name] !== 'function') return record({ kind: 'call', call: name, error: 'not a function' });
    try {
      record({ kind: 'call', call: name, value: await Promise.race([api[name](...args), new Promise((r) => setTimeout(() => r('<no answer in 3 s>'), 3000))]) });
    } catch (error) {
      record({ kind: 'call', call: name, error: String(error && error.message || error) });
    }
  };
</script></body></html>`;
}
