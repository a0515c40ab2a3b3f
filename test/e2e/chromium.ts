/** Debian's Chromium and the flags every e2e browser gets (see the project brief), shared by the config and fixtures. */

/** Debian's Chromium; Playwright's bundled browsers are not installed. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless on a closed network: no sandbox (root), no GPU, no background calls to Google's hosts. */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
