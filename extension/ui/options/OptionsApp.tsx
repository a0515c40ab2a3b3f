/**
 * The options page: the redirect URI to register at providers, the deployments (add, edit,
 * remove; optional host permission requested per deployment), and the sites allowed to ask
 * for tokens (revoke).
 */
import { useCallback, useState } from 'react';
import { browser } from 'wxt/browser';
import { draftOf, permissionOrigins, type Deployment, type DeploymentDraft } from '../../../lib/deployments/index.js';
import { profileLabel } from '../../../lib/deployments/profile-label.js';
import { removeDeployment, saveDeployment } from '../../deployment-store.js';
import { revokeSite } from '../../sites.js';
import { allowancesItem, deploymentsItem, readAllowances, readDeployments } from '../../storage.js';
import { useStored } from '../shared/use-stored.js';
import { visible } from './ConfigReport.js';
import { DeploymentForm } from './DeploymentForm.js';

/** The page. */
export function OptionsApp() {
  const deployments = useStored(deploymentsItem, useCallback(readDeployments, [])) ?? [];
  const allowances = useStored(allowancesItem, useCallback(readAllowances, [])) ?? [];
  const [editing, setEditing] = useState<DeploymentDraft | null>(null);
  const [status, setStatus] = useState('');
  const redirect = browser.identity.getRedirectURL();

  const save = (deployment: Deployment): void => {
    const origins = permissionOrigins(deployment);
    // Asked inside the submit event (the browser requires a gesture); saving does not wait for the answer.
    const permission = origins.length > 0 ? browser.permissions.request({ origins }).catch(() => false) : Promise.resolve(true);
    void saveDeployment(deployment)
      .then(() => {
        setEditing(null);
        setStatus(`Saved ${deployment.name}.`);
        return permission;
      })
      .then((granted) => {
        if (origins.length === 0) return;
        const hosts = origins.map((origin) => new URL(origin.replace('/*', '/')).host).join(', ');
        setStatus(
          granted
            ? `Saved ${deployment.name}. MeetGate may contact ${hosts}.`
            : `Saved ${deployment.name}. Without access to ${hosts}, sign-in works only if the provider accepts MeetGate's requests (Keycloak: add the extension's origin to Web origins).`,
        );
      });
  };

  return (
    <main className="mg-options" data-mg="options">
      <h1>MeetGate options</h1>
      <section className="mg-section">
        <h2>Redirect URI</h2>
        <p>Register this address as a valid redirect URI of your OpenID client (Keycloak: Valid redirect URIs):</p>
        <code data-mg="redirect-uri">{redirect}</code>
      </section>
      <section className="mg-section" aria-labelledby="mg-deployments">
        <h2 id="mg-deployments">Jitsi deployments</h2>
        <p className="mg-hint" data-mg="doctor-hint">
          Tokens refused, or everyone a moderator? On the Jitsi server, <code>npx meetgate doctor --dir /etc</code> reads Prosody, jicofo and config.js and says
          what will go wrong with tokens, and how to fix it.
        </p>
        {deployments.length === 0 ? <p className="mg-hint">None yet.</p> : null}
        <ul className="mg-list" data-mg="deployments">
          {deployments.map((deployment) => (
            <li key={deployment.id} data-mg-deployment={deployment.domain}>
              <strong>{deployment.name}</strong>{' '}
              <span className="mg-hint">
                {deployment.domain}
                {deployment.tenant ? `/${deployment.tenant}` : ''} ·{' '}
                {deployment.signIn.kind === 'oidc'
                  ? `OpenID ${deployment.signIn.issuer}`
                  : deployment.signIn.kind === 'login-url'
                    ? 'login page'
                    : 'no sign-in'}{' '}
                · <span data-mg="deployment-rules">{visible(profileLabel(deployment.profile))}</span>
              </span>
              <div className="mg-actions">
                <button type="button" onClick={() => setEditing(draftOf(deployment))}>
                  Edit
                </button>
                <button type="button" onClick={() => void removeDeployment(deployment.id).then(() => setStatus(`Removed ${deployment.name}.`))}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
        {editing ? (
          <DeploymentForm initial={editing} existing={deployments} onSave={save} onCancel={() => setEditing(null)} />
        ) : (
          <button type="button" className="mg-primary" data-mg="add-deployment" onClick={() => setEditing({ signIn: 'none' })}>
            Add a deployment
          </button>
        )}
        <p className="mg-status" role="status" aria-live="polite" data-mg="options-status">
          {status}
        </p>
      </section>
      <section className="mg-section" aria-labelledby="mg-sites">
        <h2 id="mg-sites">Sites allowed to ask for tokens</h2>
        {allowances.length === 0 ? <p className="mg-hint">None. A site asks from its page; you answer in MeetGate's toolbar popup.</p> : null}
        <ul className="mg-list" data-mg="sites">
          {allowances.map((allowance) => (
            <li key={`${allowance.origin} ${allowance.deploymentId}`}>
              {allowance.origin}{' '}
              <span className="mg-hint">for {deployments.find((entry) => entry.id === allowance.deploymentId)?.name ?? 'a removed deployment'}</span>
              <button type="button" onClick={() => void revokeSite(allowance.origin, allowance.deploymentId)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
