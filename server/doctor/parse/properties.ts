/**
 * Java properties (`/etc/jitsi/jicofo/sip-communicator.properties`, the legacy jicofo file) with
 * the `dot-properties` parser, keeping each key's line.
 */
import { parseLines } from 'dot-properties';
import { lineOf } from './lines.js';

/** One `key=value` pair; the last one wins, as in java.util.Properties. */
export interface PropertyEntry {
  key: string;
  value: string;
  line: number;
}

/** Parses properties text. The format has no syntax errors: every line is a pair, a comment or blank. */
export function parseProperties(text: string): Map<string, PropertyEntry> {
  const line = lineOf(text);
  const entries = new Map<string, PropertyEntry>();
  for (const node of parseLines(text, true)) {
    if (node.type !== 'PAIR') continue;
    const pair = node as unknown as { key: string; value: string; range: number[] };
    entries.set(pair.key, { key: pair.key, value: pair.value, line: line(pair.range[0] ?? 0) });
  }
  return entries;
}
