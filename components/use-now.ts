/**
 * The current time, re-read every second while `active` — for live countdowns. Uses the
 * session's timers so tests drive it, and clears its timer on unmount.
 */
import { useEffect, useState } from 'react';
import type { Timers } from '../lib/sources/timers.js';

/** `timers.now()`, refreshed each second while `active`. */
export function useNow(timers: Timers, active = true): number {
  const [now, setNow] = useState(() => timers.now());
  useEffect(() => {
    if (!active) return undefined;
    setNow(timers.now());
    let handle: unknown;
    const tick = () => {
      setNow(timers.now());
      handle = timers.setTimeout(tick, 1000);
    };
    handle = timers.setTimeout(tick, 1000);
    return () => timers.clearTimeout(handle);
  }, [timers, active]);
  return now;
}

/** Whole seconds until `at` (never below 0), counting down each second; null when there is no `at`. */
export function useSecondsUntil(timers: Timers, at: number | null, active = true): number | null {
  const now = useNow(timers, at !== null && active);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
