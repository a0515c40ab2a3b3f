/**
 * `decideBridgeRequest`: the extension's decision on a page's token request. A token leaves the
 * extension only when the requesting origin (as the browser reports it, never as the page says)
 * was allowed by the person for this very deployment, and only a token that fits the room.
 */
import { findDeployment, inspectContextFor, type Deployment } from '../deployments/index.js';
import { inspectToken } from '../token/index.js';
import type { BridgeAnswer, BridgeAsk } from './protocol.js';

/** The person's permission for one site to ask for tokens of one deployment. */
export interface BridgeAllowance {
  /** Exact origin, e.g. `https://intranet.example.org`. */
  origin: string;
  deploymentId: string;
  /** When it was given (ms since 1970). */
  grantedAt: number;
}

/** A token the extension holds, as the policy sees it. */
export interface BridgeCandidate {
  id: string;
  deploymentId: string | null;
  token: string;
  /** Whether a refresh token could renew it. */
  refreshable: boolean;
}

/** Everything the decision depends on. */
export interface BridgeDecisionInput {
  /** The sender's origin as the browser reports it. */
  origin: string;
  ask: BridgeAsk;
  allowances: readonly BridgeAllowance[];
  deployments: readonly Deployment[];
  candidates: readonly BridgeCandidate[];
  now: number;
}

/** Answer now, or renew `candidate` with its refresh token first and decide again. */
export type BridgeDecision = { answer: BridgeAnswer } | { refresh: BridgeCandidate };

/** The origin of an http(s) page, or null for anything the bridge never serves (file:, data:, plain http off loopback). */
export function pageOrigin(address: string | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(url.hostname);
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopback) ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whether `origin` may ask for tokens of `deploymentId`. */
export function isAllowed(allowances: readonly BridgeAllowance[], origin: string, deploymentId: string): boolean {
  return allowances.some((allowance) => allowance.origin === origin && allowance.deploymentId === deploymentId);
}

/** Decides what to answer to a page's request. Pure. */
export function decideBridgeRequest(input: BridgeDecisionInput): BridgeDecision {
  const { ask } = input;
  const origin = pageOrigin(input.origin);
  const deployment = findDeployment(input.deployments, ask.domain, ask.tenant);
  const place = ask.tenant ? `${ask.domain}/${ask.tenant}` : ask.domain;
  // Same refusal whether the deployment is unknown or not allowed: a site learns nothing it was not allowed to.
  if (!origin || !deployment || !isAllowed(input.allowances, origin, deployment.id)) {
    return { answer: { outcome: 'denied', message: `This site is not allowed to ask MeetGate for ${place} tokens. Open MeetGate on this page to allow it.` } };
  }
  const context = inspectContextFor(deployment, ask.room, input.now);
  let best: { candidate: BridgeCandidate; seconds: number } | null = null;
  let renewable: BridgeCandidate | null = null;
  for (const candidate of input.candidates) {
    if (candidate.deploymentId !== deployment.id) continue;
    const report = inspectToken(candidate.token, context);
    if (report.usable) {
      const seconds = report.validity.secondsRemaining ?? Number.MAX_SAFE_INTEGER;
      if (!best || seconds > best.seconds) best = { candidate, seconds };
    } else if (candidate.refreshable && report.room.matches !== false) {
      renewable ??= candidate;
    }
  }
  if (best) return { answer: { outcome: 'granted', token: best.candidate.token } };
  if (renewable) return { refresh: renewable };
  return {
    answer: {
      outcome: 'no-token',
      message: `MeetGate has no valid token for ${place} room ${ask.room}. Sign in from the MeetGate toolbar button, then try again.`,
    },
  };
}
