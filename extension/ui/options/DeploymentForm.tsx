/**
 * The deployment form: every field labelled, errors shown next to their field (and announced),
 * focus moved to the first wrong field. Validation is lib/deployments' `validateDeployment`.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { validateDeployment, type Deployment, type DeploymentDraft, type DeploymentField } from '../../../lib/deployments/index.js';
import { profileDraftOf, profileOfDraft, type ProfileDraft } from '../../../lib/deployments/profile.js';
import type { ServerProfile } from '../../../lib/token/profile.js';
import { Field } from './Field.js';
import { ServerProfileFields } from './ServerProfileFields.js';

/** Props of `DeploymentForm`. */
export interface DeploymentFormProps {
  initial: DeploymentDraft;
  existing: readonly Deployment[];
  /** Called with the valid deployment, inside the submit event (so it may ask for permissions). */
  onSave: (deployment: Deployment) => void;
  onCancel: () => void;
}

/** The form. */
export function DeploymentForm({ initial, existing, onSave, onCancel }: DeploymentFormProps) {
  const [draft, setDraft] = useState<DeploymentDraft>({ signIn: 'none', ...initial });
  const [errors, setErrors] = useState<Partial<Record<DeploymentField, string>>>({});
  // Read from a draft made of a saved, validated deployment (draftOf), or none for a new one.
  const [profile, setProfile] = useState<ProfileDraft>(() => profileDraftOf(initial.profile as Partial<ServerProfile> | undefined));
  const form = useRef<HTMLFormElement>(null);
  const summary = useId();
  const set = (field: keyof DeploymentDraft) => (value: string) => setDraft({ ...draft, [field]: value });
  const field = (name: Exclude<DeploymentField, 'profile'>, label: string, hint?: string, placeholder?: string) => (
    <Field name={name} label={label} hint={hint} placeholder={placeholder} value={draft[name] ?? ''} error={errors[name]} onChange={set(name)} />
  );
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const chosen = profileOfDraft(profile);
    const result = validateDeployment({ ...draft, profile: chosen.ok ? chosen.profile : undefined }, { existing });
    if (!result.ok || !chosen.ok) {
      const found = { ...(result.ok ? {} : result.errors), ...(chosen.ok ? {} : { profile: chosen.error }) };
      setErrors(found);
      const first = Object.keys(found)[0];
      const target = first === 'profile' ? '[data-mg="server-rules"] input:checked' : `[name="${first}"]`;
      if (first) form.current?.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    setErrors({});
    onSave(result.deployment);
  };
  const count = Object.keys(errors).length;
  return (
    <form ref={form} className="mg-form" onSubmit={submit} noValidate aria-describedby={count ? summary : undefined} data-mg="deployment-form">
      {count ? (
        <p id={summary} className="mg-alert" role="alert">
          {count === 1 ? 'One field needs fixing.' : `${count} fields need fixing.`}
        </p>
      ) : null}
      {field('name', 'Name', 'What you call it, e.g. Team Meet.')}
      {field('domain', 'Domain', 'The Jitsi web address, e.g. meet.example.org.', 'meet.example.org')}
      {field('tenant', 'Tenant', 'Only for multi-tenant deployments (meet.example.org/tenant/room).')}
      {field(
        'expectedIssuer',
        'Expected issuer',
        "Prosody's asap_accepted_issuers (or app_id), separated by spaces. Empty: the OpenID issuer, else not checked.",
      )}
      {field('expectedAudience', 'Expected audience', "Prosody's asap_accepted_audiences, separated by spaces (Keycloak's default is account).")}
      <fieldset className="mg-fieldset">
        <legend>Sign-in</legend>
        {(['none', 'login-url', 'oidc'] as const).map((kind) => (
          <label key={kind} className="mg-radio">
            <input type="radio" name="signIn" value={kind} checked={draft.signIn === kind} onChange={() => setDraft({ ...draft, signIn: kind })} />
            {kind === 'none'
              ? 'None (tokens are pasted or given by a site)'
              : kind === 'login-url'
                ? "The site's own login page"
                : 'OpenID Connect (Keycloak and others)'}
          </label>
        ))}
        {errors.signIn ? <p className="mg-alert">{errors.signIn}</p> : null}
        {draft.signIn === 'login-url' ? field('loginUrl', 'Login page address', undefined, 'https://intranet.example.org/meet/login') : null}
        {draft.signIn === 'oidc' ? (
          <>
            {field('issuer', 'Issuer', 'Keycloak: https://host/realms/<realm>.', 'https://id.example.org/realms/jitsi')}
            {field('clientId', 'Client id', 'A public client with PKCE (S256); no secret.', 'jitsi')}
            {field('scopes', 'Scopes', 'Separated by spaces. Default: openid.', 'openid')}
          </>
        ) : null}
      </fieldset>
      {field('logoutUrl', 'Logout address', "Where to go when a meeting ends, e.g. Keycloak's logout with post_logout_redirect_uri.")}
      {field('jwksUrl', 'JWKS address', "Public keys to check token signatures (Prosody's cache_keys_url).")}
      <ServerProfileFields value={profile} onChange={setProfile} error={errors.profile} />
      <div className="mg-actions">
        <button type="submit" className="mg-primary" data-mg="save">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
