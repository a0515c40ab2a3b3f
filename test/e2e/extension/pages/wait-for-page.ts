/**
 * Waits for a page of `context` whose address satisfies `matches`. Tabs the extension opens are
 * announced before they navigate (their first address is about:blank), so the address is polled.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Runs `action`, then resolves with the first page (new or old) whose URL matches. */
export async function waitForPage(
  context: BrowserContext,
  matches: (url: string) => boolean,
  action: () => Promise<unknown>,
  timeoutMs = 30_000,
): Promise<Page> {
  const before = new Set(context.pages());
  await action();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = context.pages().find((page) => !before.has(page) && matches(page.url()));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `no page matching the expected address opened within ${timeoutMs} ms; open: ${context
      .pages()
      .map((page) => page.url())
      .join(', ')}`,
  );
}
