/**
 * Where meetings happen, from environment variables only: nothing set → the embedded simulator;
 * `JITSI_DOMAIN`, `JITSI_APP_ID` and `JITSI_APP_SECRET` → a real Jitsi deployment with Prosody
 * token authentication; `JITSI_DOMAIN`, `OIDC_ISSUER` and `OIDC_CLIENT_ID` → a deployment that
 * accepts an OpenID provider's access tokens (Keycloak, as in the seeds). Half a configuration is
 * an error, never a silent fallback.
 */
import { isValidDomain } from '../../../lib/jitsi/index.js';
import { isLoopbackHttp } from '../../../lib/oidc/index.js';

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
    }
  | {
      kind: 'oidc';
      domain: string;
      /** The provider's issuer (Keycloak: `https://host/realms/<realm>`). */
      issuer: string;
      /** A public client with the standard flow and PKCE. */
      clientId: string;
      scopes: string[];
      bundledExternalApi: boolean;
    };

/** The variables read. */
export const DEPLOYMENT_VARIABLES = [
  'JITSI_DOMAIN',
  'JITSI_APP_ID',
  'JITSI_APP_SECRET',
  'JITSI_XMPP_DOMAIN',
  'JITSI_EXTERNAL_API',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_SCOPES',
] as const;

/** Either the choice, or every problem found (worded for a terminal; never echoing the secret). */
export type DeploymentReading = { ok: true; choice: DeploymentChoice } | { ok: false; problems: string[] };

/** Checks JITSI_DOMAIN and JITSI_EXTERNAL_API, shared by both kinds of real deployment. */
function readJitsiWeb(value: (name: string) => string, problems: string[]): { domain: string; bundledExternalApi: boolean } {
  const domain = value('JITSI_DOMAIN').toLowerCase();
  if (!domain) problems.push('JITSI_DOMAIN is missing: the host browsers open, e.g. meet.example.org.');
  else if (!isValidDomain(domain) || domain.includes('/')) problems.push('JITSI_DOMAIN must be a host name (and optional :port), without https:// or a path.');
  const externalApi = value('JITSI_EXTERNAL_API') || 'deployment';
  if (externalApi !== 'deployment' && externalApi !== 'bundled') problems.push('JITSI_EXTERNAL_API must be "deployment" (default) or "bundled".');
  return { domain, bundledExternalApi: externalApi === 'bundled' };
}

function readOidc(value: (name: string) => string): DeploymentReading {
  const problems: string[] = [];
  const web = readJitsiWeb(value, problems);
  const issuer = value('OIDC_ISSUER');
  let url: URL | null = null;
  try {
    url = new URL(issuer);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && !isLoopbackHttp(url)) || url.search || url.hash) {
    problems.push('OIDC_ISSUER must be the issuer address, https://host/realms/<realm> for Keycloak (http only on this computer).');
  }
  const clientId = value('OIDC_CLIENT_ID');
  if (!clientId) problems.push('OIDC_CLIENT_ID is missing: a public client with the standard flow and PKCE.');
  if (value('JITSI_APP_ID') || value('JITSI_APP_SECRET')) problems.push('Set either OIDC_ISSUER or JITSI_APP_ID and JITSI_APP_SECRET, not both.');
  const scopes = (value('OIDC_SCOPES') || 'openid profile email').split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes('openid')) problems.push('OIDC_SCOPES must include openid.');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    choice: { kind: 'oidc', domain: web.domain, issuer: issuer.replace(/\/+$/, ''), clientId, scopes, bundledExternalApi: web.bundledExternalApi },
  };
}

/** Reads the deployment from `env`. */
export function readDeployment(env: Readonly<Record<string, string | undefined>>): DeploymentReading {
  const value = (name: string): string => (env[name] ?? '').trim();
  if (value('OIDC_ISSUER')) return readOidc(value);
  const appId = value('JITSI_APP_ID');
  const secret = value('JITSI_APP_SECRET');
  if (!value('JITSI_DOMAIN') && !appId && !secret) return { ok: true, choice: { kind: 'simulator' } };

  const problems: string[] = [];
  const web = readJitsiWeb(value, problems);
  if (!appId) problems.push("JITSI_APP_ID is missing: Prosody's app_id.");
  if (!secret) problems.push("JITSI_APP_SECRET is missing: Prosody's app_secret.");
  else if (secret.length < 16) problems.push('JITSI_APP_SECRET is shorter than 16 characters; use the app_secret from the Prosody configuration.');
  const subject = (value('JITSI_XMPP_DOMAIN') || web.domain.split(':')[0] || '').toLowerCase();
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, choice: { kind: 'jitsi', domain: web.domain, appId, secret, subject, bundledExternalApi: web.bundledExternalApi } };
}

/** Reads a port variable: a number from 0 to 65535, or the fallback when unset. */
export function readPort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`${name} must be a port number from 0 to 65535.`);
  return port;
}
