/**
 * The join timeout and Jitsi's pre-join page. A 2021 build with its pre-join page on
 * (`prejoinPageEnabled`; current builds: `prejoinConfig.enabled`) keeps the person there as long
 * as they like before it even connects, and tells the host page nothing meanwhile (no `ready`, no
 * `prejoinScreenLoaded` in its event table, external_api.js at b1a3c5c). So when the host page
 * itself turns that page on, the bounded join is off unless the page set `joinTimeoutSeconds`.
 */
import type { SessionTiming } from '../lib/session/config.js';

/** Whether `configOverwrite` turns Jitsi's pre-join page on. */
export function asksForPrejoin(configOverwrite: unknown): boolean {
  if (typeof configOverwrite !== 'object' || configOverwrite === null) return false;
  const config = configOverwrite as { prejoinPageEnabled?: unknown; prejoinConfig?: { enabled?: unknown } | null };
  return config.prejoinPageEnabled === true || (typeof config.prejoinConfig === 'object' && config.prejoinConfig?.enabled === true);
}

/** `timing` with the join timeout off when the pre-join page is asked for and no timeout was set. */
export function timingForPrejoin(timing: SessionTiming | undefined, configOverwrite: unknown): SessionTiming | undefined {
  if (!asksForPrejoin(configOverwrite) || timing?.joinTimeoutSeconds !== undefined) return timing;
  return { ...timing, joinTimeoutSeconds: 0 };
}
