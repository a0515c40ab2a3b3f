/**
 * Where meetings happen, from environment variables only: nothing set → the embedded simulator;
 * `JITSI_DOMAIN`, `JITSI_APP_ID` and `JITSI_APP_SECRET` → a real Jitsi deployment with Prosody
 * token authentication. Half a configuration is an error, never a silent fallback.
 */
import { isValidDomain } from '../../lib/jitsi/index.js';

/** The deployment the portal uses. */
export type DeploymentChoice =
  | { kind: 'simulator' }
  | {
      kind: 'jitsi';
      /** What browsers load: host and optional port (`meet.example.org`). */
      domain: string;
      appId: string;
      secret: string;
      /** `sub`: the XMPP domain (`meet.jitsi` in Docker), or `*`. */
      subject: string;
      /** Load MeetGate's own IFrame API host instead of the deployment's external_api.js. */
      bundledExternalApi: boolean;
    };

/** The variables read. */
export const DEPLOYMENT_VARIABLES = ['JITSI_DOMAIN', 'JITSI_APP_ID', 'JITSI_APP_SECRET', 'JITSI_XMPP_DOMAIN', 'JITSI_EXTERNAL_API'] as const;

/** Either the choice, or every problem found (worded for a terminal; never echoing the secret). */
export type DeploymentReading = { ok: true; choice: DeploymentChoice } | { ok: false; problems: string[] };

/** Reads the deployment from `env`. */
export function readDeployment(env: Readonly<Record<string, string | undefined>>): DeploymentReading {
  const value = (name: string): string => (env[name] ?? '').trim();
  const domain = value('JITSI_DOMAIN').toLowerCase();
  const appId = value('JITSI_APP_ID');
  const secret = value('JITSI_APP_SECRET');
  if (!domain && !appId && !secret) return { ok: true, choice: { kind: 'simulator' } };

  const problems: string[] = [];
  if (!domain) problems.push('JITSI_DOMAIN is missing: the host browsers open, e.g. meet.example.org.');
  else if (!isValidDomain(domain) || domain.includes('/')) problems.push('JITSI_DOMAIN must be a host name (and optional :port), without https:// or a path.');
  if (!appId) problems.push('JITSI_APP_ID is missing: Prosody\'s app_id.');
  if (!secret) problems.push('JITSI_APP_SECRET is missing: Prosody\'s app_secret.');
  else if (secret.length < 16) problems.push('JITSI_APP_SECRET is shorter than 16 characters; use the app_secret from the Prosody configuration.');
  const subject = (value('JITSI_XMPP_DOMAIN') || domain.split(':')[0] || '').toLowerCase();
  const externalApi = value('JITSI_EXTERNAL_API') || 'deployment';
  if (externalApi !== 'deployment' && externalApi !== 'bundled') problems.push('JITSI_EXTERNAL_API must be "deployment" (default) or "bundled".');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, choice: { kind: 'jitsi', domain, appId, secret, subject, bundledExternalApi: externalApi === 'bundled' } };
}

/** Reads a port variable: a number from 0 to 65535, or the fallback when unset. */
export function readPort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`${name} must be a port number from 0 to 65535.`);
  return port;
}
