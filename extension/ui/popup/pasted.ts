/**
 * What a pasted token or link means: where it leads (domain, tenant, room — from the link, from
 * what the person typed, or from the token's own claims) and the inspector's report for that
 * place. Pure, so the popup can run it on every keystroke.
 */
import { findDeployment, inspectContextFor, isValidRoomName, type Deployment } from '../../../lib/deployments/index.js';
import { inspectToken, linkTarget, type InspectContext, type TokenReport } from '../../../lib/token/index.js';
import { splitLinkTokens } from '../../../lib/token/link-params.js';

/** Where a meeting is: enough to open it. */
export interface MeetingTarget {
  domain: string;
  tenant: string | null;
  room: string;
}

/** The popup's reading of the pasted text. */
export interface PastedReading {
  report: TokenReport;
  /** The meeting the token is for, when known; null until domain and room are known. */
  target: MeetingTarget | null;
  /** The configured deployment serving that domain, if any. */
  deployment: Deployment | null;
  /** Domain and room as guessed (to prefill the fields). */
  guess: { domain: string; room: string };
}

/** Splits `tenant/room` from a link path. */
function splitPath(path: string): { tenant: string | null; room: string } {
  const at = path.lastIndexOf('/');
  return at < 0 ? { tenant: null, room: path } : { tenant: path.slice(0, at) || null, room: path.slice(at + 1) };
}

/** A claim that names one room (not `*`, not a pattern) or a domain-like `sub`. */
function claimText(claims: Record<string, unknown> | null, key: string): string {
  const value = claims?.[key];
  return typeof value === 'string' ? value : '';
}

/**
 * The token of a pasted link as the page-link source reads one (either hash form, the first
 * found): the popup joins with the token itself, through the IFrame API, so a link whose
 * unquoted `#jwt=` Jitsi's own page would skip (lib/token/extract.ts) still gets its person in.
 */
function pastedToken(text: string): string {
  const { hash, query } = splitLinkTokens(text.trim());
  return hash[0] ?? query[0] ?? text;
}

/** Reads pasted text against the configured deployments and what the person typed (typed values win). */
export function readPasted(pasted: string, deployments: readonly Deployment[], typed: { domain?: string; room?: string }, now: number): PastedReading {
  const link = linkTarget(pasted);
  const text = pastedToken(pasted);
  const first = inspectToken(text, { now });
  const fromLink = link ? { domain: link.domain.toLowerCase(), ...splitPath(link.room) } : null;
  const sub = claimText(first.claims, 'sub').toLowerCase();
  const roomClaim = claimText(first.claims, 'room');
  const guessDomain = fromLink?.domain ?? deployments.find((d) => d.domain === sub)?.domain ?? (deployments.length === 1 ? (deployments[0]?.domain ?? '') : '');
  const guessRoom = fromLink?.room ?? (roomClaim && roomClaim !== '*' && !/[%^$[\]]/.test(roomClaim) ? roomClaim : '');
  const domain = (typed.domain?.trim() || guessDomain).toLowerCase();
  const roomInput = typed.room?.trim() || guessRoom;
  const { tenant: typedTenant, room } = splitPath(roomInput);
  const tenant = typedTenant ?? (typed.room ? null : (fromLink?.tenant ?? null));
  const deployment = domain ? (findDeployment(deployments, domain, tenant) ?? null) : null;
  const target = domain && isValidRoomName(room) ? { domain, tenant: tenant ?? deployment?.tenant ?? null, room } : null;
  let context: InspectContext = { now };
  if (deployment) context = inspectContextFor(deployment, target?.room, now);
  else if (domain)
    context = { domain: domain.replace(/:\d+$/, ''), ...(target ? { room: target.tenant ? `${target.tenant}/${target.room}` : target.room } : {}), now };
  return { report: inspectToken(text, context), target, deployment, guess: { domain: guessDomain, room: guessRoom } };
}
