/**
 * Who sent a runtime message. Only the extension's own pages may ask for sign-in and renewal;
 * only the bridge content script, in a top-level page, may relay a page's request, and then the
 * page's origin is the one the browser reports, never one the message claims.
 */
import type { Browser } from 'wxt/browser';
import { pageOrigin } from '../../lib/bridge/index.js';

/** The runtime message sender as the browser describes it. */
export type Sender = Browser.runtime.MessageSender;

/** Whether the sender is one of this extension's own pages (popup, options, meeting page). */
export function isExtensionPage(sender: Sender, runtimeId: string, extensionBaseUrl: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionBaseUrl);
}

/** The web page origin of a bridge content-script sender, or null when it is not one. */
export function bridgeSenderOrigin(sender: Sender, runtimeId: string): string | null {
  if (sender.id !== runtimeId || !sender.tab || sender.frameId !== 0) return null;
  const reported = (sender as Sender & { origin?: string }).origin;
  const fromUrl = pageOrigin(sender.url);
  // Chromium reports `origin`; Firefox only `url`. When both exist they must agree.
  if (reported !== undefined && reported !== fromUrl) return null;
  return fromUrl;
}
