/**
 * The room page's React root: with the local simulator it first makes sure the browser can reach
 * it (see trust.ts), then renders `<SecureMeeting>` with the portal's token endpoint as its
 * `tokenProvider` and the portal's own sign-in and sign-out pages.
 */
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { SecureMeeting } from '../../../../components/index.js';
import type { RoomPageData } from '../pages/room.js';
import { createPortalTokenProvider } from './token-provider.js';
import { sleepFor, waitUntilReachable } from './trust.js';
import { TrustScreen } from './TrustScreen.js';

/** Between probes while the person accepts the certificate in another tab. */
const PROBE_INTERVAL_MS = 2000;

type Phase = 'checking' | 'untrusted' | 'ready';

/** Props of `<RoomApp>`. */
export interface RoomAppProps {
  data: RoomPageData;
}

/** The room: the certificate step when needed, then the meeting. */
export function RoomApp({ data }: RoomAppProps): ReactElement {
  const [phase, setPhase] = useState<Phase>(data.simulator ? 'checking' : 'ready');
  const probeUrl = data.simulator?.probeUrl ?? null;

  useEffect(() => {
    if (!probeUrl) return undefined;
    const stop = new AbortController();
    waitUntilReachable({
      probeUrl,
      fetchFn: (input, init) => fetch(input, init),
      onUnreachable: () => setPhase('untrusted'),
      intervalMs: PROBE_INTERVAL_MS,
      sleep: sleepFor,
      signal: stop.signal,
    }).then(
      () => setPhase('ready'),
      () => undefined,
    );
    return () => stop.abort();
  }, [probeUrl]);

  const tokenProvider = useMemo(() => createPortalTokenProvider(data.tokenPath), [data.tokenPath]);
  const auth = useMemo(
    () => ({ loginUrl: data.loginUrl, logoutUrl: data.logoutUrl, allowedRedirectOrigins: [data.portalOrigin] }),
    [data.loginUrl, data.logoutUrl, data.portalOrigin],
  );

  if (phase === 'checking')
    return (
      <p className="muted" role="status">
        Connecting to the meeting server…
      </p>
    );
  if (phase === 'untrusted' && data.simulator) return <TrustScreen simulatorUrl={data.simulator.url} />;
  return (
    <SecureMeeting
      className="portal-meeting"
      domain={data.domain}
      roomName={data.room}
      tokenProvider={tokenProvider}
      // The portal never puts tokens in links; a token pasted into one is not picked up.
      tokenFromLink={false}
      auth={auth}
    />
  );
}
