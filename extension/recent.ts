/** Recently joined meetings, in `storage.local` (no tokens there). */
import { recentItem, type RecentMeeting } from './storage.js';

/** Entries kept at most. */
export const MAX_RECENT_MEETINGS = 12;

/** The key of a meeting place. */
export function meetingKey(domain: string, tenant: string | null, room: string): string {
  return `${domain.toLowerCase()}/${tenant ?? ''}/${room}`;
}

/** Recent meetings, most recent first. */
export async function listRecent(): Promise<RecentMeeting[]> {
  const entries = await recentItem.getValue();
  return (Array.isArray(entries) ? entries : []).filter((entry) => typeof entry?.key === 'string').sort((a, b) => b.lastUsedAt - a.lastUsedAt);
}

/** Records (or refreshes) a meeting in the list. */
export async function rememberMeeting(entry: Omit<RecentMeeting, 'key' | 'lastUsedAt'>, now = Date.now()): Promise<void> {
  const key = meetingKey(entry.domain, entry.tenant, entry.room);
  const others = (await listRecent()).filter((meeting) => meeting.key !== key);
  await recentItem.setValue([{ ...entry, key, lastUsedAt: now }, ...others].slice(0, MAX_RECENT_MEETINGS));
}

/** Removes a meeting from the list. */
export async function forgetMeeting(key: string): Promise<void> {
  await recentItem.setValue((await listRecent()).filter((meeting) => meeting.key !== key));
}
