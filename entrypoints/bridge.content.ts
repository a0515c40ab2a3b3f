/** The page bridge content script: registered at runtime for allowed sites only (never in the manifest). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBridgeInPage } from '../extension/bridge-content.js';

export default defineContentScript({
  registration: 'runtime',
  main() {
    void startBridgeInPage();
  },
});
