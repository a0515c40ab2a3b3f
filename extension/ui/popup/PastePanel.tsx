/**
 * "Paste a token or meeting link": the token card and findings appear as soon as something is
 * pasted, before anything is stored or opened.
 */
import { useId, useMemo, useState } from 'react';
import type { Deployment } from '../../../lib/deployments/index.js';
import { profileLabel } from '../../../lib/deployments/profile-label.js';
import type { WalletToken } from '../../storage.js';
import { forgetWalletToken } from '../../wallet.js';
import { useVerification } from '../shared/use-verification.js';
import { readPasted } from './pasted.js';
import { TokenPanel } from './TokenPanel.js';

/** Props of `PastePanel`. */
export interface PastePanelProps {
  deployments: readonly Deployment[];
  wallet: readonly WalletToken[];
}

/** The paste field, the meeting fields it fills, and the token panel. */
export function PastePanel({ deployments, wallet }: PastePanelProps) {
  const [text, setText] = useState('');
  const [typed, setTyped] = useState<{ domain?: string; room?: string }>({});
  const ids = { field: useId(), domain: useId(), room: useId(), title: useId() };
  const reading = useMemo(() => (text.trim() ? readPasted(text, deployments, typed, Date.now()) : null), [text, deployments, typed]);
  const token = reading?.report.token ?? null;
  const verification = useVerification(reading?.report.usable || reading?.report.claims ? token : null, reading?.deployment?.jwksUrl ?? null);
  const stored = token ? wallet.find((entry) => entry.token === token) : undefined;
  const forget = (): void => {
    if (stored) void forgetWalletToken(stored.id);
    setText('');
    setTyped({});
  };
  return (
    <section className="mg-section" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Paste a token or meeting link</h2>
      <label htmlFor={ids.field} className="mg-visually-hidden">
        Token or tokenized meeting link
      </label>
      <textarea
        id={ids.field}
        data-mg="paste"
        rows={3}
        spellCheck={false}
        autoComplete="off"
        value={text}
        placeholder="eyJhbGciOi… or https://meet.example.org/room?jwt=…"
        onChange={(event) => setText(event.target.value)}
      />
      {reading && token ? (
        <>
          <div className="mg-row">
            <label htmlFor={ids.domain}>Domain</label>
            <input
              id={ids.domain}
              data-mg="domain"
              value={typed.domain ?? reading.guess.domain}
              placeholder="meet.example.org"
              onChange={(event) => setTyped({ ...typed, domain: event.target.value })}
            />
            <label htmlFor={ids.room}>Room</label>
            <input
              id={ids.room}
              data-mg="room"
              value={typed.room ?? reading.guess.room}
              placeholder="team-standup"
              onChange={(event) => setTyped({ ...typed, room: event.target.value })}
            />
          </div>
          <p className="mg-hint" data-mg="checked-against">
            {reading.deployment
              ? `Checked against ${reading.deployment.name}, by ${profileLabel(reading.deployment.profile)}.`
              : 'No configured deployment for this domain: issuer and audience are not checked.'}
          </p>
          {verification.state === 'invalid' ? (
            <p className="mg-alert" role="alert">
              The signature does not match {reading.deployment?.name}'s keys: {verification.reason}
            </p>
          ) : null}
          <TokenPanel
            token={token}
            report={reading.report}
            target={reading.target}
            deploymentId={reading.deployment?.id ?? null}
            walletId={stored?.id ?? null}
            verified={verification.state === 'verified'}
            onForget={forget}
          />
        </>
      ) : reading ? (
        <p className="mg-alert" role="alert" data-mg="unreadable">
          {reading.report.findings[0]?.message ?? 'This is not a token.'}
        </p>
      ) : null}
    </section>
  );
}
