/**
 * "Sign in": pick a configured deployment and sign in with its provider (in the background: this
 * popup closes when the sign-in window opens). The newest token of that deployment shows below.
 */
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { inspectContextFor, isValidRoomName, type Deployment } from '../../../lib/deployments/index.js';
import { inspectToken } from '../../../lib/token/index.js';
import { sendToBackground } from '../../messages.js';
import type { WalletToken } from '../../storage.js';
import { forgetWalletToken } from '../../wallet.js';
import { useVerification } from '../shared/use-verification.js';
import { TokenPanel } from './TokenPanel.js';

/** Props of `SignInPanel`. */
export interface SignInPanelProps {
  deployments: readonly Deployment[];
  wallet: readonly WalletToken[];
}

/** Deployment choice, room, Sign in, and the signed-in token. */
export function SignInPanel({ deployments, wallet }: SignInPanelProps) {
  const signable = deployments.filter((deployment) => deployment.signIn.kind !== 'none');
  const [chosen, setChosen] = useState('');
  const [room, setRoom] = useState('');
  const [status, setStatus] = useState('');
  const ids = { title: useId(), deployment: useId(), room: useId() };
  const deployment = signable.find((entry) => entry.id === chosen) ?? signable[0];
  const held = deployment ? wallet.find((entry) => entry.deploymentId === deployment.id && entry.source === 'oidc') : undefined;
  const verification = useVerification(held?.token ?? null, deployment?.jwksUrl ?? null);
  if (!deployment) {
    return (
      <section className="mg-section" aria-labelledby={ids.title}>
        <h2 id={ids.title}>Sign in</h2>
        <p className="mg-hint">
          Add a Jitsi deployment with its sign-in in{' '}
          <button type="button" className="mg-link" onClick={() => void browser.runtime.openOptionsPage()}>
            MeetGate's options
          </button>
          .
        </p>
      </section>
    );
  }
  const roomOk = isValidRoomName(room.trim());
  const signIn = async (): Promise<void> => {
    if (deployment.signIn.kind === 'login-url') {
      await browser.tabs.create({ url: deployment.signIn.url });
      return;
    }
    setStatus('Signing in…');
    const answer = await sendToBackground({ type: 'sign-in', deploymentId: deployment.id, ...(roomOk ? { openRoom: room.trim() } : {}) });
    setStatus(answer.ok ? 'Signed in.' : answer.error);
  };
  const report = held ? inspectToken(held.token, inspectContextFor(deployment, roomOk ? room.trim() : undefined)) : null;
  return (
    <section className="mg-section" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Sign in</h2>
      <div className="mg-row">
        <label htmlFor={ids.deployment}>Deployment</label>
        <select id={ids.deployment} data-mg="deployment" value={deployment.id} onChange={(event) => setChosen(event.target.value)}>
          {signable.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.room}>Room</label>
        <input id={ids.room} data-mg="signin-room" value={room} placeholder="team-standup" onChange={(event) => setRoom(event.target.value)} />
      </div>
      <div className="mg-actions">
        <button type="button" className="mg-primary" data-mg="sign-in" onClick={() => void signIn()}>
          {deployment.signIn.kind === 'login-url' ? 'Open the sign-in page' : roomOk ? 'Sign in and join' : 'Sign in'}
        </button>
      </div>
      <p className="mg-status" role="status" aria-live="polite" data-mg="signin-status">
        {status}
      </p>
      {held && report ? (
        <TokenPanel
          token={held.token}
          report={report}
          deploymentId={deployment.id}
          walletId={held.id}
          verified={verification.state === 'verified'}
          target={roomOk ? { domain: deployment.domain, tenant: deployment.tenant, room: room.trim() } : null}
          onForget={() => void forgetWalletToken(held.id)}
        />
      ) : null}
    </section>
  );
}
