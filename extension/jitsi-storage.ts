/**
 * The meeting's own settings between meetings (Jitsi's `appData.localStorageContent`, see
 * lib/jitsi/local-storage-content.ts), kept per deployment in `storage.local`, apart from the
 * tokens (which live only in `storage.session`). The content is re-checked on read and on write:
 * an entry that looks like a token is never kept.
 */
import { storage } from '@wxt-dev/storage';
import { withoutTokens, type LocalStorageContentStore } from '../lib/jitsi/index.js';

/** Deployment domain → the meeting's storage content (a JSON object text). */
export const jitsiStorageItem = storage.defineItem<Record<string, unknown>>('local:jitsiLocalStorage', { fallback: {} });

/** Most deployments remembered; the oldest written is dropped first. */
const MAX_DEPLOYMENTS = 20;

function readMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [key, content] of Object.entries(value)) {
    const clean = withoutTokens(content);
    if (key !== '__proto__' && key.length <= 300 && clean !== null) out[key] = clean;
  }
  return out;
}

/**
 * The store for one deployment (its domain, with any path): read synchronously from what was
 * loaded, written through to `storage.local` in order.
 */
export async function loadJitsiStorage(domain: string): Promise<LocalStorageContentStore> {
  let content: string | null = readMap(await jitsiStorageItem.getValue())[domain] ?? null;
  let writing = Promise.resolve();
  return {
    read: () => content,
    write(next) {
      content = withoutTokens(next);
      const value = content;
      writing = writing
        .then(async () => {
          const map = readMap(await jitsiStorageItem.getValue());
          delete map[domain];
          if (value !== null) map[domain] = value;
          const keys = Object.keys(map);
          for (const key of keys.slice(0, Math.max(0, keys.length - MAX_DEPLOYMENTS))) delete map[key];
          await jitsiStorageItem.setValue(map);
        })
        .catch(() => undefined);
    },
  };
}
