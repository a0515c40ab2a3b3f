/**
 * Turns what a page saw into comparable lines, one stream per kind: the iframe (attributes, and
 * the src split into its parts, hash parameters decoded), messages to the frame, messages to the
 * host, events, onload calls, call answers. Participant ids become `<id:Name>`, tokens `<jwt>`, times `<time>`.
 */
import type { Seen } from './page.js';

/** The streams compared, in print order. */
export const STREAMS = ['iframe', 'toFrame', 'toHost', 'events', 'onload', 'calls'] as const;
export type Stream = (typeof STREAMS)[number];

function decodeSrc(src: string): unknown {
  const url = new URL(src);
  const hash: Record<string, unknown> = {};
  for (const part of url.hash.replace(/^#/, '').split('&').filter(Boolean)) {
    const at = part.indexOf('=');
    const key = at < 0 ? part : part.slice(0, at);
    const raw = at < 0 ? '' : part.slice(at + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(decodeURIComponent(raw));
    } catch {
      value = `<raw>${raw}`;
    }
    hash[key] = value;
  }
  return { origin: url.origin, pathname: url.pathname, search: url.search, hashKeys: Object.keys(hash), hash, raw: src };
}

/** A `__ready__` id says only how it was made: postis's `+new Date() + Math.random() + ''` is a float. */
function readyId(params: unknown): string {
  return typeof params === 'string' && /^\d+(\.\d+)?$/.test(params)
    ? '<ready-id: float>'
    : `<ready-id: other form ${JSON.stringify(params).replace(/\d/g, '9')}>`;
}

function unwrapMessage(data: unknown): unknown {
  const d = data as { string?: string; object?: unknown };
  if (typeof d.string === 'string') {
    try {
      const message = JSON.parse(d.string);
      if (message?.method === '__ready__') message.params = readyId(message.params);
      return { framing: 'JSON string', message };
    } catch {
      return { framing: 'string', message: d.string };
    }
  }
  return { framing: 'object', message: d.object };
}

/** The lines of each stream for one page. */
export function streamsOf(seen: Seen[], ids: Record<string, string>): Record<Stream, string[]> {
  const out: Record<Stream, string[]> = { iframe: [], toFrame: [], toHost: [], events: [], onload: [], calls: [] };
  const idNames = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  const clean = (value: unknown): string =>
    JSON.stringify(value, (key, v) => {
      if (typeof v === 'number' && /time|Timestamp|timestamp|^ts$/.test(key)) return '<time>';
      if (typeof v !== 'string') return v;
      if (key === 'jwt' || /^eyJ[\w-]+\.[\w-]+\.[\w-]*$/.test(v)) return '<jwt>';
      return v
        .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '<jwt>')
        .replace(/\b[0-9a-f]{8}\b/g, (id) => `<id:${idNames.get(id) ?? '?'}>`)
        .replace(/https?:\/\/127\.0\.0\.1:\d+/g, '<host-site>');
    });
  for (const entry of seen) {
    if (entry.kind === 'iframe') out.iframe.push(clean({ attributes: entry.attributes, src: decodeSrc(entry.src) }));
    else if (entry.kind === 'toFrame' || entry.kind === 'toHost')
      out[entry.kind].push(clean({ origin: entry.origin, ...(unwrapMessage(entry.data) as object) }));
    else if (entry.kind === 'event') out.events.push(clean({ name: entry.name, args: entry.args }));
    else if (entry.kind === 'call') out.calls.push(clean(entry));
    // Its own stream: when the frame's DOM `load` comes, against the meeting's first events, is timing.
    else out.onload.push('"onload callback called"');
  }
  // How often postis repeats `__ready__` (every 50 ms until answered) is timing only: each form once.
  for (const stream of ['toFrame', 'toHost'] as const) {
    out[stream] = out[stream].filter((line, i, all) => !line.includes('"method":"__ready__"') || all.indexOf(line) === i);
  }
  return out;
}
