/**
 * Host pages under a strict Content-Security-Policy, as an intranet portal often sends one: no
 * inline script or style anywhere, the deployment allowed for its script, its frame and its
 * requests. And a record of what the policy refused on the page.
 */
import type { Page } from '@playwright/test';

/**
 * The policy for a page that embeds the deployment at `domain`; `nonce` lets through the elements
 * that carry it; `forgets` leaves the deployment out everywhere (`all`, only 'self' then) or only
 * from `frame-src` (`frame`), as a portal's admin might.
 */
export function strictPolicy(domain: string, nonce?: string, { forgets }: { forgets?: 'all' | 'frame' } = {}): string {
  const deployment = forgets === 'all' ? '' : ` https://${domain}`;
  return [
    "default-src 'self'",
    `script-src 'self'${deployment}`,
    `frame-src 'self'${forgets === 'frame' ? '' : deployment}`,
    `connect-src 'self'${deployment}`,
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "img-src 'self' data:",
  ].join('; ');
}

/** Records, from the page's first script on, every `securitypolicyviolation` as "directive" (read with `refusals`). */
export async function recordRefusals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __refusals: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
  });
}

/** What the policy refused so far, by directive. */
export const refusals = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __refusals: string[] }).__refusals);

/** How many constructed stylesheets the document has adopted. */
export const adoptedSheets = (page: Page): Promise<number> => page.evaluate(() => document.adoptedStyleSheets.length);
