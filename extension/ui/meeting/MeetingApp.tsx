/**
 * The meeting page: `<SecureMeeting>` with the whole session behaviour, its tokens coming from
 * the extension (sign-in again after a kick, silent renewal before expiry), the deployment's
 * checks (issuer, audience, signature), and the logout redirect when the meeting ends.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { SecureMeeting, type MeetingState } from '../../../components/index.js';
import { inspectContextFor } from '../../../lib/deployments/index.js';
import { verifyToken } from '../../../lib/token/index.js';
import { meetingPageUrl } from '../../pages.js';
import { rememberMeeting } from '../../recent.js';
import { forgetWalletToken } from '../../wallet.js';
import { loadJitsiStorage } from '../../jitsi-storage.js';
import { MeetGateExternalAPI } from '../../../lib/jitsi/index.js';
import { extensionTokenProvider, type ProviderState } from './extension-provider.js';
import { loadMeetingSetup, type MeetingSetup } from './meeting-setup.js';
import { OpenInJitsiFallback } from './OpenInJitsiFallback.js';

/** Props of `MeetingApp`. */
export interface MeetingAppProps {
  tokenId: string;
  room: string;
}

/** The page. */
export function MeetingApp({ tokenId, room }: MeetingAppProps) {
  const [setup, setSetup] = useState<MeetingSetup | { error: string } | null>(null);
  const state = useRef<ProviderState>({ tokenId });
  useEffect(() => {
    void loadMeetingSetup(tokenId, room).then(async (loaded) => {
      // The meeting's settings for this deployment, ready before the SDK builds the iframe URL.
      if ('token' in loaded) Object.assign(window, { JitsiMeetExternalAPI: MeetGateExternalAPI.withLocalStorage(await loadJitsiStorage(loaded.domain)) });
      setSetup(loaded);
    });
  }, [tokenId, room]);
  const ready = setup && 'token' in setup ? setup : null;

  const provider = useMemo(
    () =>
      ready &&
      extensionTokenProvider(ready.deployment, state.current, (id) => {
        // Keep the address pointing at the live token, so a reload rejoins with it.
        history.replaceState(null, '', meetingPageUrl(location.origin, id, ready.room));
      }),
    [ready],
  );
  const auth = useMemo(() => {
    if (!ready?.logoutUrl) return undefined;
    return { logoutUrl: ready.logoutUrl, allowedRedirectOrigins: [new URL(ready.logoutUrl).origin] };
  }, [ready]);
  const inspect = useMemo(() => {
    const deployment = ready?.deployment;
    if (!deployment) return undefined;
    // The deployment's whole inspection context (issuers, audience, tenant and its server profile:
    // an OpenID deployment verifies keys from cache_keys_url, not HS256); the session adds domain,
    // room and time itself.
    const { domain: _domain, room: _room, now: _now, ...inspect } = inspectContextFor(deployment, undefined);
    return inspect;
  }, [ready]);
  const jwksUrl = ready?.deployment?.jwksUrl ?? null;
  const verify = useMemo(() => (jwksUrl ? (token: string) => verifyToken(token, { jwksUrl }) : undefined), [jwksUrl]);

  useEffect(() => {
    if (!ready) return;
    document.title = `${ready.room} · MeetGate`;
    void rememberMeeting({ deploymentId: ready.deployment?.id ?? null, domain: ready.domain, tenant: ready.token.tenant, room: ready.room, displayName: null });
  }, [ready]);

  const [joining, setJoining] = useState(false);
  const onStateChange = (next: MeetingState): void => {
    setJoining(next.status === 'joining');
    // Signing out, or ending with a logout redirect, ends the sign-in too: forget the token.
    if (next.status === 'logged-out' || (next.status === 'ended' && auth)) void forgetWalletToken(state.current.tokenId);
  };

  if (!setup)
    return (
      <p className="mg-meeting-note" role="status">
        Loading the meeting…
      </p>
    );
  if (!ready || !provider)
    return (
      <p className="mg-meeting-note mg-alert" role="alert" data-mg="meeting-error">
        {'error' in setup ? setup.error : ''}
      </p>
    );
  const place = { domain: ready.domain, tenant: ready.token.tenant ?? ready.deployment?.tenant ?? null };
  return (
    <>
      <SecureMeeting
        className="mg-meeting"
        domain={ready.domain}
        roomName={ready.roomName}
        tokenProvider={provider}
        providerOptions={{ timeoutMs: 5 * 60_000, retries: 1 }}
        tokenFromLink={false}
        {...(auth ? { auth } : {})}
        {...(inspect ? { inspect } : {})}
        {...(verify ? { verify } : {})}
        onStateChange={onStateChange}
      />
      <OpenInJitsiFallback joining={joining} place={place} room={ready.room} tokenId={() => state.current.tokenId} />
    </>
  );
}
