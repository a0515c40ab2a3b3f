/** The background worker: message routing, session-storage lock-down, bridge script registration. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter } from '../extension/background/router.js';
import { restrictSessionStorage } from '../extension/session-access.js';
import { syncBridgeScripts } from '../extension/sites.js';

export default defineBackground(() => {
  void restrictSessionStorage();
  const route = createMessageRouter({ runtimeId: browser.runtime.id, extensionBaseUrl: `${self.location.origin}/` });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  const sync = (): void => void syncBridgeScripts().catch(() => undefined);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
});
