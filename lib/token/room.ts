/**
 * The room claim as Prosody compares it (`token/util.lib.lua`, `verify_room`): the claim is
 * lowercased and must equal the MUC room node, which the web client builds as
 * `encodeURIComponent(normalised name).toLowerCase()`; `*` is any room; with
 * `context.room.regex` the claim is a Lua pattern.
 */
import type { RoomReport } from './types.js';

/** The MUC node Jitsi uses for a room name (`getBackendSafeRoomName`). */
export function backendRoomName(room: string): string {
  let name = room;
  try {
    name = decodeURIComponent(name);
  } catch {
    // Jitsi keeps a name it cannot decode as it is.
  }
  return encodeURIComponent(name.normalize('NFKC').toLowerCase()).toLowerCase();
}

/** Splits `tenant/room` (multi-tenant and JaaS `appId/room` links) into its parts. */
export function splitRoom(target: string): { tenant: string | null; room: string } {
  const trimmed = target.replace(/^\/+|\/+$/g, '');
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? { tenant: null, room: trimmed } : { tenant: trimmed.slice(0, slash), room: trimmed.slice(slash + 1) };
}

const LUA_CLASSES: Record<string, string> = {
  a: 'A-Za-z', d: '0-9', l: 'a-z', s: '\\s', u: 'A-Z', w: 'A-Za-z0-9', x: '0-9A-Fa-f', p: '!-/:-@\\[-`{-~', c: '\\x00-\\x1f',
};

/** Translates the common subset of Lua patterns to a RegExp; null for what it cannot translate. */
export function luaPatternToRegExp(pattern: string): RegExp | null {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '%') {
      const next = pattern[++i] ?? '';
      const cls = LUA_CLASSES[next.toLowerCase()];
      if (cls) out += next === next.toUpperCase() ? `[^${cls}]` : `[${cls}]`;
      else if (/[bf0-9]/.test(next)) return null;
      else out += next.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    } else if (ch === '-') {
      out += /[\])a-zA-Z0-9.]$/.test(out) ? '*?' : '\\-';
    } else if (ch === '(' || ch === ')' || ch === '{' || ch === '}' || ch === '|' || ch === '\\' || ch === '/') {
      // Captures change nothing for a match test; the rest are literal in Lua.
      out += ch === '(' || ch === ')' ? '' : `\\${ch}`;
    } else {
      out += ch;
    }
  }
  try {
    return new RegExp(out);
  } catch {
    return null;
  }
}

/** Compares the room claim with the target room. `target` is the room alone, without tenant. */
export function readRoom(claim: unknown, target: string | undefined, pattern: boolean): RoomReport {
  const value = typeof claim === 'string' ? claim : null;
  const node = target ? backendRoomName(target) : null;
  const report: RoomReport = { claim: value, wildcard: value === '*', pattern, target: node, matches: null };
  if (value === null || node === null) return report;
  if (value === '*') report.matches = true;
  else if (pattern) report.matches = luaPatternToRegExp(value.toLowerCase())?.test(node) ?? null;
  else report.matches = value.toLowerCase() === node;
  return report;
}
