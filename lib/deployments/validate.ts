/**
 * `validateDeployment`: turns the options form into a `Deployment`, or says field by field
 * what is wrong. Also re-checks deployments read back from storage, which may be stale or
 * tampered with, so nothing downstream trusts an unchecked URL.
 */
import { readServerProfile } from '../token/profile-input.js';
import type { ServerProfile } from '../token/profile.js';
import { readClientId, readDomain, readList, readName, readScopes, readSecureUrl, readTenant, type FieldResult } from './fields.js';
import type { Deployment, DeploymentDraft, DeploymentField, DeploymentValidation, SignInMethod } from './types.js';

/** What validation may need besides the draft. */
export interface ValidateOptions {
  /** Deployments already saved, to refuse a second one for the same domain and tenant. */
  existing?: readonly Deployment[];
  /** Makes the id of a new deployment; defaults to `crypto.randomUUID`. */
  newId?: () => string;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;
const SIGN_IN_KINDS = ['none', 'login-url', 'oidc'] as const;

/** Collects field errors while reading values. */
class Errors {
  readonly list: Partial<Record<DeploymentField, string>> = {};
  /** The value, or undefined after recording the error under `field`. */
  take<T>(field: DeploymentField, result: FieldResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.list[field] ??= result.error;
    return undefined;
  }
  get any(): boolean {
    return Object.keys(this.list).length > 0;
  }
}

/** Reads the sign-in part of the draft. */
function readSignIn(draft: DeploymentDraft, errors: Errors): SignInMethod | undefined {
  const kind = (draft.signIn ?? 'none').trim();
  if (!(SIGN_IN_KINDS as readonly string[]).includes(kind)) {
    errors.take('signIn', { ok: false, error: 'Choose how people sign in: none, a login page, or OpenID Connect.' });
    return undefined;
  }
  if (kind === 'login-url') {
    const url = errors.take('loginUrl', readSecureUrl(draft.loginUrl ?? '', 'login page address', { allowQuery: true }));
    return url === undefined ? undefined : { kind: 'login-url', url };
  }
  if (kind === 'oidc') {
    const issuer = errors.take('issuer', readSecureUrl(draft.issuer ?? '', 'OpenID issuer (e.g. https://id.example.org/realms/jitsi)'));
    const clientId = errors.take('clientId', readClientId(draft.clientId ?? ''));
    const scopes = errors.take('scopes', readScopes(draft.scopes ?? ''));
    if (issuer === undefined || clientId === undefined || scopes === undefined) return undefined;
    // Issuers are compared as strings by OpenID discovery: keep what was typed, minus a trailing slash.
    return { kind: 'oidc', issuer: issuer.replace(/\/$/, ''), clientId, scopes };
  }
  return { kind: 'none' };
}

/** Reads an optional URL field: empty means null. */
function optionalUrl(errors: Errors, field: DeploymentField, text: string | undefined, what: string): string | null | undefined {
  if (!text || text.trim() === '') return null;
  return errors.take(field, readSecureUrl(text, what, { allowQuery: true }));
}

/** Reads the optional server profile: absent stays absent, anything else must be a valid profile. */
function readProfile(errors: Errors, value: unknown): Partial<ServerProfile> | null | undefined {
  if (value === undefined || value === null) return null;
  const result = readServerProfile(value);
  return errors.take('profile', result.ok ? { ok: true, value: result.profile } : { ok: false, error: result.error });
}

/** Validates the options form. Every error message names the fix. */
export function validateDeployment(draft: DeploymentDraft, options: ValidateOptions = {}): DeploymentValidation {
  const errors = new Errors();
  const domain = errors.take('domain', readDomain(draft.domain ?? ''));
  const tenant = errors.take('tenant', readTenant(draft.tenant ?? ''));
  const fallbackName = domain ? (tenant ? `${domain}/${tenant}` : domain) : '';
  const name = errors.take('name', readName(draft.name ?? '', fallbackName));
  const expectedIssuer = errors.take('expectedIssuer', readList(draft.expectedIssuer ?? '', 'issuer'));
  const expectedAudience = errors.take('expectedAudience', readList(draft.expectedAudience ?? '', 'audience'));
  const signIn = readSignIn(draft, errors);
  const logoutUrl = optionalUrl(errors, 'logoutUrl', draft.logoutUrl, 'logout address');
  const jwksUrl = optionalUrl(errors, 'jwksUrl', draft.jwksUrl, 'JWKS address');
  const profile = readProfile(errors, draft.profile);
  const id = draft.id && ID.test(draft.id) ? draft.id : (options.newId ?? (() => crypto.randomUUID()))();
  if (domain !== undefined && tenant !== undefined) {
    const twin = options.existing?.find((other) => other.id !== id && other.domain === domain && other.tenant === tenant);
    if (twin) errors.take('domain', { ok: false, error: `"${twin.name}" already uses ${fallbackName}; edit that one instead.` });
  }
  if (
    errors.any ||
    domain === undefined ||
    tenant === undefined ||
    name === undefined ||
    expectedIssuer === undefined ||
    expectedAudience === undefined ||
    signIn === undefined ||
    logoutUrl === undefined ||
    jwksUrl === undefined ||
    profile === undefined
  ) {
    return { ok: false, errors: errors.list };
  }
  const deployment: Deployment = { id, name, domain, tenant, expectedIssuer, expectedAudience, signIn, logoutUrl, jwksUrl };
  if (profile) deployment.profile = profile;
  return { ok: true, deployment };
}

/** The draft that shows a saved deployment in the form again. */
export function draftOf(deployment: Deployment): DeploymentDraft {
  const { signIn } = deployment;
  return {
    id: deployment.id,
    name: deployment.name,
    domain: deployment.domain,
    tenant: deployment.tenant ?? '',
    expectedIssuer: deployment.expectedIssuer.join(' '),
    expectedAudience: deployment.expectedAudience.join(' '),
    signIn: signIn.kind,
    loginUrl: signIn.kind === 'login-url' ? signIn.url : '',
    issuer: signIn.kind === 'oidc' ? signIn.issuer : '',
    clientId: signIn.kind === 'oidc' ? signIn.clientId : '',
    scopes: signIn.kind === 'oidc' ? signIn.scopes.join(' ') : '',
    logoutUrl: deployment.logoutUrl ?? '',
    jwksUrl: deployment.jwksUrl ?? '',
    ...(deployment.profile ? { profile: deployment.profile } : {}),
  };
}

/**
 * Re-validates deployments read from storage; drops (and reports) any that no longer pass, so
 * a tampered entry can never smuggle an http issuer or a foreign URL into a sign-in.
 */
export function readStoredDeployments(value: unknown): { deployments: Deployment[]; dropped: number } {
  if (!Array.isArray(value)) return { deployments: [], dropped: 0 };
  const deployments: Deployment[] = [];
  for (const item of value) {
    const draft = typeof item === 'object' && item !== null ? draftOfUnknown(item as Record<string, unknown>) : null;
    const result = draft ? validateDeployment(draft, { existing: deployments, newId: () => '' }) : null;
    if (result?.ok && result.deployment.id !== '') deployments.push(result.deployment);
  }
  return { deployments, dropped: value.length - deployments.length };
}

/** A draft from an untyped stored object; wrong types become empty fields and fail validation. */
function draftOfUnknown(item: Record<string, unknown>): DeploymentDraft | null {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const list = (value: unknown): string => (Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' ') : '');
  const signIn = typeof item.signIn === 'object' && item.signIn !== null ? (item.signIn as Record<string, unknown>) : {};
  return {
    id: text(item.id),
    name: text(item.name),
    domain: text(item.domain),
    tenant: text(item.tenant),
    expectedIssuer: list(item.expectedIssuer),
    expectedAudience: list(item.expectedAudience),
    signIn: text(signIn.kind),
    loginUrl: text(signIn.url),
    issuer: text(signIn.issuer),
    clientId: text(signIn.clientId),
    scopes: list(signIn.scopes),
    logoutUrl: text(item.logoutUrl),
    jwksUrl: text(item.jwksUrl),
    profile: item.profile,
  };
}
