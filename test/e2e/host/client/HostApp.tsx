/**
 * The test host page's React root: one `<SecureMeeting>` configured from the page's query, the
 * way a site embeds it. In benchmark mode the meeting is mounted and unmounted on command.
 */
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { SecureMeeting, type AuthOptions, type SessionTiming } from '../../../../components/index.js';
import type { HostPageConfig } from '../config.js';
import type { HostProbe } from './probe.js';
import { endpointProvider } from './provider.js';
import { MeetGateExternalAPI } from '../../../../lib/jitsi/external-api.js';

/** Props of `<HostApp>`. */
export interface HostAppProps {
  config: HostPageConfig;
  /** The `token` prop (handed over through `tokenRef`). */
  token?: string;
  probe: HostProbe;
}

/** The auth option from the configuration, or undefined when none of it is set. */
function authOf(config: HostPageConfig): AuthOptions | undefined {
  const { loginUrl, logoutUrl, afterKickUrl, allowedRedirectOrigins } = config;
  if (!loginUrl && !logoutUrl && !afterKickUrl && !allowedRedirectOrigins) return undefined;
  return { loginUrl, logoutUrl, afterKickUrl, allowedRedirectOrigins };
}

/** The timing option from the configuration. */
function timingOf(config: HostPageConfig): SessionTiming {
  const first = config.waitingRetryFirstSeconds;
  const max = config.waitingRetryMaxSeconds;
  const retryFirst = config.reconnectRetryFirstSeconds;
  const retryMax = config.reconnectRetryMaxSeconds;
  return {
    expiringLeadSeconds: config.expiringLeadSeconds,
    waitingRetrySeconds: first === undefined && max === undefined ? undefined : { first, max },
    reconnectGraceSeconds: config.reconnectGraceSeconds,
    scriptTimeoutSeconds: config.scriptTimeoutSeconds,
    joinTimeoutSeconds: config.joinTimeoutSeconds,
    frameWatchdogSeconds: config.frameWatchdogSeconds,
    reconnectRetrySeconds: retryFirst === undefined && retryMax === undefined ? undefined : { first: retryFirst, max: retryMax },
  };
}

/** The page. */
export function HostApp({ config, token, probe }: HostAppProps): ReactElement {
  const [mounted, setMounted] = useState<{ key: number; token: string | undefined } | null>(config.bench ? null : { key: 0, token });
  useEffect(() => {
    if (!config.bench) return undefined;
    probe.mount = (next) => {
      probe.mountedAt.push(performance.now());
      setMounted((current) => ({ key: (current?.key ?? 0) + 1, token: next }));
    };
    probe.unmount = () => setMounted(null);
    return () => {
      delete probe.mount;
      delete probe.unmount;
    };
  }, [config.bench, probe]);
  const tokenProvider = useMemo(() => (config.provider ? endpointProvider(config.provider) : undefined), [config.provider]);
  const auth = useMemo(() => authOf(config), [config]);
  const timing = useMemo(() => timingOf(config), [config]);
  return (
    <main className="host">
      <h1>MeetGate test host — {config.room}</h1>
      {mounted ? (
        <SecureMeeting
          key={mounted.key}
          className="host-meeting"
          domain={config.domain}
          roomName={config.room}
          token={mounted.token}
          tokenProvider={tokenProvider}
          providerOptions={config.providerTimeoutSeconds === undefined ? undefined : { timeoutMs: config.providerTimeoutSeconds * 1000, retries: 0 }}
          tokenFromLink={config.tokenFromLink}
          allowedTokenOrigins={config.allowedTokenOrigins}
          auth={auth}
          autoRedirectAfterKickSeconds={config.autoRedirectAfterKickSeconds}
          timing={timing}
          tokenCard={config.tokenCard}
          nonce={config.nonce}
          externalApiFallback={config.externalApiFallback ? MeetGateExternalAPI : undefined}
          onEvent={(event) => probe.events?.push(event)}
          onStateChange={(state) => probe.states.push({ status: state.status, at: performance.now(), state })}
        />
      ) : null}
    </main>
  );
}
