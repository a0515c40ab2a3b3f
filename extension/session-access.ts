/**
 * Keeps `storage.session` (the token wallet) closed to content scripts. It is the default, but
 * saying it explicitly protects against a later change elsewhere. Chromium takes an object,
 * Firefox documents a string; older browsers lack the call (and then default to closed).
 */
import { browser } from 'wxt/browser';

type AccessLevelSetter = (level: unknown) => Promise<void>;

/** Restricts session storage to trusted contexts (extension pages and the background). */
export async function restrictSessionStorage(): Promise<'restricted' | 'default'> {
  const setAccessLevel = (browser.storage.session as { setAccessLevel?: AccessLevelSetter }).setAccessLevel;
  if (typeof setAccessLevel !== 'function') return 'default';
  const session = browser.storage.session;
  try {
    await setAccessLevel.call(session, { accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    await setAccessLevel.call(session, 'TRUSTED_CONTEXTS');
  }
  return 'restricted';
}
