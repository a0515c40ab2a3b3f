/**
 * `appData.localStorageContent`: how Jitsi keeps a person's settings (display name, devices, …)
 * when its own storage is partitioned inside a frame. The host sends what it stored in the iframe
 * URL (`null` when nothing), and stores whatever the meeting sends back with the internal event
 * `local-storage-changed` (`{ localStorageContent }`, not re-emitted). Real host: external_api.js
 * reads and writes `jitsiLocalStorage.getItem/setItem('jitsiLocalStorage', …)` on the host page's
 * localStorage (@jitsi/js-utils jitsi-local-storage, which falls back to memory when it is off).
 */

/** The key the real host uses in the host page's localStorage. */
export const LOCAL_STORAGE_KEY = 'jitsiLocalStorage';

/** Most characters kept: the content travels in every iframe URL. */
export const MAX_CONTENT_CHARS = 32 * 1024;

/** Where the host keeps the meeting's storage between meetings; synchronous, as the constructor is. */
export interface LocalStorageContentStore {
  read(): string | null;
  write(content: string | null): void;
}

const JWT_LIKE = /[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/;

/**
 * The content without any entry that looks like it holds a token (the content is the meeting's
 * storage serialised as a JSON object of strings). Not JSON, not an object, or too long → null.
 */
export function withoutTokens(content: unknown): string | null {
  if (typeof content !== 'string' || content.length > MAX_CONTENT_CHARS) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const kept: Record<string, unknown> = {};
  let dropped = false;
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (key === '__proto__' || JWT_LIKE.test(key) || JWT_LIKE.test(JSON.stringify(value))) dropped = true;
    else kept[key] = value;
  }
  return dropped ? JSON.stringify(kept) : content;
}

/** A store in memory only (what Jitsi falls back to when localStorage is off). */
export function memoryLocalStorageContent(initial: string | null = null): LocalStorageContentStore {
  let content = initial;
  return {
    read: () => content,
    write: (next) => {
      content = next;
    },
  };
}

/** The real host's store: `jitsiLocalStorage` in the page's localStorage, memory when that is unavailable. */
export function browserLocalStorageContent(storage: () => Storage | null = () => globalThis.localStorage ?? null): LocalStorageContentStore {
  const fallback = memoryLocalStorageContent();
  const get = (): Storage | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };
  return {
    read() {
      try {
        return get()?.getItem(LOCAL_STORAGE_KEY) ?? fallback.read();
      } catch {
        return fallback.read();
      }
    },
    write(content) {
      fallback.write(content);
      try {
        if (content === null) get()?.removeItem(LOCAL_STORAGE_KEY);
        else get()?.setItem(LOCAL_STORAGE_KEY, content);
      } catch {
        // Storage full or blocked: memory keeps it for this page.
      }
    },
  };
}
