/**
 * Where a token is valid: `iss`, `aud` and `sub`, by Prosody's rules for self-hosted deployments
 * and 8x8's for JaaS (iss "chat", aud "jitsi", sub = the app id).
 */
import { MintError } from './errors.js';
import type { DeploymentOptions } from './types.js';

/** JaaS app ids start with this; such an app id switches minting to JaaS rules. */
export const JAAS_APP_PREFIX = 'vpaas-magic-cookie-';

const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const TENANT = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const CONTROL = /[\p{Cc}\p{Cs}]/u;

/** The claims that place a token, and what the inspector should compare them with. */
export interface Placement {
  jaas: boolean;
  iss: string;
  aud: string;
  sub: string;
  /** For the inspector's `sub` check. */
  domain?: string;
  tenant?: string;
}

/** A short printable identifier, or a `MintError` naming the option. */
function identifier(value: unknown, option: string, code: 'invalid-app-id' | 'invalid-placement'): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 256 || CONTROL.test(value) || value !== value.trim()) {
    throw new MintError(
      code,
      `${option} must be a non-empty string without spaces at either end or control characters.`,
      option === 'appId' ? 'Use the app_id from the Prosody configuration (or your JaaS app id).' : `Check ${option}.`,
    );
  }
  return value;
}

/** The JaaS rules, which fix iss, aud and sub. */
function jaasPlacement(appId: string, options: DeploymentOptions): Placement {
  const fixed = [
    ['issuer', options.issuer, 'chat'],
    ['audience', options.audience, 'jitsi'],
    ['tenant', options.tenant, appId],
  ] as const;
  for (const [option, given, required] of fixed) {
    if (given !== undefined && given !== required) {
      throw new MintError(
        'jaas-mismatch',
        `JaaS tokens need ${option} "${required}"; leave ${option} out.`,
        'MeetGate writes the values JaaS requires when appId is a vpaas-magic-cookie app id.',
      );
    }
  }
  return { jaas: true, iss: 'chat', aud: 'jitsi', sub: appId, tenant: appId };
}

/**
 * Resolves iss, aud and sub. Self-hosted: `sub` is the tenant when one is given (multi-tenant
 * links `host/<tenant>/<room>`), else the XMPP domain, lowercased as Prosody compares it.
 */
export function resolvePlacement(options: DeploymentOptions): Placement {
  const appId = identifier(options.appId, 'appId', 'invalid-app-id');
  if (appId.startsWith(JAAS_APP_PREFIX)) return jaasPlacement(appId, options);
  const iss = options.issuer === undefined ? appId : identifier(options.issuer, 'issuer', 'invalid-placement');
  const aud = options.audience === undefined ? appId : identifier(options.audience, 'audience', 'invalid-placement');
  const domain = options.domain === undefined ? undefined : identifier(options.domain, 'domain', 'invalid-placement').toLowerCase();
  const tenant = options.tenant === undefined ? undefined : identifier(options.tenant, 'tenant', 'invalid-placement').toLowerCase();
  if (domain === undefined && tenant === undefined) {
    throw new MintError(
      'invalid-placement',
      "Give the deployment's domain (or its tenant): Prosody requires sub.",
      'domain is the XMPP domain, hosts.domain in config.js (meet.jitsi in Docker); "*" accepts any domain.',
    );
  }
  if (domain !== undefined && domain !== '*' && !HOST.test(domain)) {
    throw new MintError(
      'invalid-placement',
      'domain must be a host name such as meet.example.com, without scheme, port or path.',
      /^[a-z][a-z0-9+.-]*:/.test(domain) ? 'Drop the "https://" and anything after the host.' : 'Use hosts.domain from config.js.',
    );
  }
  if (tenant !== undefined && !TENANT.test(tenant)) {
    throw new MintError(
      'invalid-placement',
      'tenant must be one path segment of letters, digits, ".", "_" or "-".',
      'The tenant is the first part of https://host/<tenant>/<room>.',
    );
  }
  return { jaas: false, iss, aud, sub: tenant ?? domain ?? '*', domain, tenant };
}
