/**
 * Waits for a tab or window of the Firefox browser whose address satisfies `matches` (tabs the
 * extension opens, the sign-in window of `identity.launchWebAuthFlow`). Addresses are polled:
 * a new browsing context is announced before it navigates.
 */
import type { Browser, Page } from 'puppeteer-core';
import { pagesWithUrls } from '../browser.js';

/** Runs `action`, then resolves with the first page not open before whose URL matches. */
export async function waitForPage(browser: Browser, matches: (url: string) => boolean, action: () => Promise<unknown>, timeoutMs = 30_000): Promise<Page> {
  const before = new Set(await browser.pages());
  await action();
  const deadline = Date.now() + timeoutMs;
  let open: string[] = [];
  while (Date.now() < deadline) {
    const pages = await pagesWithUrls(browser);
    const found = pages.find(({ page, url }) => !before.has(page) && matches(url));
    if (found) return found.page;
    open = pages.map(({ url }) => url);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no page matching the expected address opened within ${timeoutMs} ms; open: ${open.join(', ')}`);
}
