/**
 * `TokenCard` as the package exports it: the card (components/card/TokenCard.tsx) comes with the
 * meeting runtime, so importing `meetgate` does not cost its bytes up front. Inside a running
 * meeting (the usual place, next to `useMeetingSession`) the runtime is there and the card renders
 * at once; elsewhere the first render starts loading it and the card appears when it has arrived
 * (on the server it renders nothing).
 */
import { useEffect, useState } from 'react';
import type { TokenCardProps } from '../card/TokenCard.js';
import { loadedMeetingRuntime, loadMeetingRuntime, type MeetingRuntime } from './load.js';

/** The token card. See `TokenCardProps`. */
export function TokenCard(props: TokenCardProps) {
  const [runtime, setRuntime] = useState<MeetingRuntime | null>(loadedMeetingRuntime);
  useEffect(() => {
    if (runtime) return undefined;
    let live = true;
    loadMeetingRuntime().then(
      (loaded) => live && setRuntime(loaded),
      (error: unknown) => console.error('MeetGate could not load the token card:', error),
    );
    return () => {
      live = false;
    };
  }, [runtime]);
  return runtime ? <runtime.TokenCard {...props} /> : null;
}
