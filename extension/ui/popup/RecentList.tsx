/**
 * Recent meetings with the time their token has left; expired or signed-out ones offer sign-in
 * (OpenID deployments) and rejoin in the meeting page afterwards.
 */
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Deployment } from '../../../lib/deployments/index.js';
import { sendToBackground } from '../../messages.js';
import { meetingPageUrl } from '../../pages.js';
import { forgetMeeting } from '../../recent.js';
import type { RecentMeeting, WalletToken } from '../../storage.js';
import { recentStatus, timeLeftText } from './recent-status.js';

/** Props of `RecentList`. */
export interface RecentListProps {
  recent: readonly RecentMeeting[];
  wallet: readonly WalletToken[];
  deployments: readonly Deployment[];
}

/** Ticks once a second while mounted, for the time-left texts. */
function useClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The list. */
export function RecentList({ recent, wallet, deployments }: RecentListProps) {
  const now = useClock();
  const title = useId();
  const [status, setStatus] = useState('');
  if (recent.length === 0) return null;
  const signIn = async (meeting: RecentMeeting): Promise<void> => {
    if (!meeting.deploymentId) return;
    setStatus('Signing in…');
    const answer = await sendToBackground({ type: 'sign-in', deploymentId: meeting.deploymentId, openRoom: meeting.room });
    setStatus(answer.ok ? 'Signed in.' : answer.error);
  };
  return (
    <section className="mg-section" aria-labelledby={title}>
      <h2 id={title}>Recent meetings</h2>
      <ul className="mg-recent" data-mg="recent">
        {recent.map((meeting) => {
          const state = recentStatus(meeting, wallet, deployments, now);
          const deployment = deployments.find((entry) => entry.id === meeting.deploymentId);
          const canSignIn = deployment?.signIn.kind === 'oidc';
          return (
            <li key={meeting.key} data-mg-recent={meeting.room} data-mg-state={state.kind}>
              <div>
                <strong>{meeting.room}</strong> <span className="mg-hint">{meeting.tenant ? `${meeting.domain}/${meeting.tenant}` : meeting.domain}</span>
                {meeting.displayName ? <span className="mg-hint"> · {meeting.displayName}</span> : null}
                <div className="mg-hint" data-mg="recent-state">
                  {state.kind === 'ready' ? timeLeftText(state.secondsLeft) : state.kind === 'expired' ? 'Expired' : 'Signed out'}
                </div>
              </div>
              <div className="mg-actions">
                {state.kind === 'ready' ? (
                  <button
                    type="button"
                    className="mg-primary"
                    data-mg="recent-join"
                    onClick={() => void browser.tabs.create({ url: meetingPageUrl(location.origin, state.tokenId, meeting.room) })}
                  >
                    Join
                  </button>
                ) : canSignIn ? (
                  <button type="button" className="mg-primary" data-mg="recent-sign-in" onClick={() => void signIn(meeting)}>
                    Sign in
                  </button>
                ) : null}
                <button type="button" aria-label={`Forget ${meeting.room}`} data-mg="recent-forget" onClick={() => void forgetMeeting(meeting.key)}>
                  Forget
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mg-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
