/** Decodes header and claims with jose, turning every way a token can be broken into words. */
import { decode as base64url } from 'jose/base64url';
import { decodeProtectedHeader } from 'jose/decode/protected_header';
import { decodeJwt } from 'jose/jwt/decode';

/** The result of decoding: either both parts, or the reason decoding failed (`tooDeep`: nested beyond `MAX_CLAIM_DEPTH`). */
export type Decoded = { ok: true; header: Record<string, unknown>; claims: Record<string, unknown> } | { ok: false; reason: string; tooDeep?: boolean };

/**
 * How deep objects and arrays in a header or payload may nest. Jitsi reads nothing deeper than
 * `context.user.name` (3); a payload nested thousands deep only serves to exhaust the stack of
 * whatever walks or prints it (13 KB nested 5,000 deep did so to `meetgate inspect --json`).
 */
export const MAX_CLAIM_DEPTH = 16;

/** Whether `value` nests deeper than `limit`, found without recursion (so a deep value cannot overflow the stack here). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** jose only says that a part is invalid; find out which step fails, in words ('' when none does). */
function explain(segment: string, part: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64url(segment));
  } catch {
    return `The ${part} is not valid base64url.`;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `The ${part} is not valid JSON.`;
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? '' : `The ${part} is not a JSON object.`;
}

/** Decodes without verifying. Never throws. */
export function decodeToken(token: string): Decoded {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: `A JWT has three parts separated by dots (five is an encrypted JWE); this has ${parts.length}.` };
  try {
    const header = decodeProtectedHeader(token) as Record<string, unknown>;
    const claims = decodeJwt(token) as Record<string, unknown>;
    if (nestsDeeperThan(header, MAX_CLAIM_DEPTH) || nestsDeeperThan(claims, MAX_CLAIM_DEPTH)) {
      return { ok: false, tooDeep: true, reason: `Its header or claims nest deeper than ${MAX_CLAIM_DEPTH} levels; Jitsi reads nothing that deep.` };
    }
    return { ok: true, header, claims };
  } catch {
    return { ok: false, reason: explain(parts[0] ?? '', 'header') || explain(parts[1] ?? '', 'payload') || 'It cannot be decoded.' };
  }
}
