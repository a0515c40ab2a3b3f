/**
 * Reads the room page's settings from `<script type="application/json" id="page-data">`,
 * checking their shape: the page is ours, but a script should not trust a shape it did not check.
 */
import type { RoomPageData } from '../pages/room.js';

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The settings, or null when they are missing or malformed. */
export function parseRoomPageData(text: string | null | undefined): RoomPageData | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Record<string, unknown>;
  const strings = ['room', 'title', 'domain', 'tokenPath', 'loginUrl', 'logoutUrl', 'portalOrigin'] as const;
  if (!strings.every((key) => isString(data[key]))) return null;
  if (data.externalApi !== 'bundled' && data.externalApi !== 'deployment') return null;
  if (typeof data.ttlSeconds !== 'number') return null;
  const simulator = data.simulator as Record<string, unknown> | null;
  if (simulator !== null && (typeof simulator !== 'object' || !isString(simulator.url) || !isString(simulator.probeUrl))) return null;
  return value as RoomPageData;
}
