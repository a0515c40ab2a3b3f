/**
 * Sites allowed to ask for tokens through the bridge. Allowing a site records the person's
 * choice; the bridge script then runs there — injected at once through the toolbar click
 * (`activeTab`), and registered for later visits when the person also grants the browser's host
 * permission for that one site. Revoking removes all three.
 */
import { browser } from 'wxt/browser';
import { ASK_ATTRIBUTE, parseAsk, type BridgeAllowance, type BridgeAsk } from '../lib/bridge/index.js';
import { readAllowances, writeAllowances } from './storage.js';

/** The bundled bridge content script. */
export const BRIDGE_SCRIPT = '/content-scripts/bridge.js';
/** Its id when registered for allowed sites. */
export const BRIDGE_SCRIPT_ID = 'meetgate-bridge';

/** The host-permission match pattern of an origin (patterns carry no port). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Records that `origin` may ask for tokens of `deploymentId`. */
export async function allowSite(origin: string, deploymentId: string, now = Date.now()): Promise<void> {
  const allowances = (await readAllowances()).filter((entry) => !(entry.origin === origin && entry.deploymentId === deploymentId));
  await writeAllowances([...allowances, { origin, deploymentId, grantedAt: now }]);
}

/** Revokes a site (for one deployment, or all), drops its host permission and script registration. */
export async function revokeSite(origin: string, deploymentId?: string): Promise<void> {
  const remaining = (await readAllowances()).filter((entry) => entry.origin !== origin || (deploymentId !== undefined && entry.deploymentId !== deploymentId));
  await writeAllowances(remaining);
  if (!remaining.some((entry) => entry.origin === origin)) {
    await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  }
  await syncBridgeScripts(remaining);
}

/** Registers the bridge script for every allowed site whose host permission the person granted. */
export async function syncBridgeScripts(allowances?: readonly BridgeAllowance[]): Promise<string[]> {
  const origins = [...new Set((allowances ?? (await readAllowances())).map((entry) => entry.origin))];
  const patterns: string[] = [];
  for (const pattern of new Set(origins.map(originPattern))) {
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [BRIDGE_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [BRIDGE_SCRIPT_ID] });
  if (patterns.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: BRIDGE_SCRIPT_ID, js: [BRIDGE_SCRIPT], matches: patterns, runAt: 'document_idle', allFrames: false },
    ]);
  }
  return patterns;
}

/**
 * Runs the bridge script in a tab now (needs the toolbar click's `activeTab` grant or the host
 * permission), after marking the page as answered for `origin`: the person just decided for this
 * page in the popup, so the script may tell it the outcome, a refusal included.
 */
export async function injectBridge(tabId: number, origin: string): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (answeredFor: string) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for('meetgate.bridge.answered')] = answeredFor;
    },
    args: [origin],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [BRIDGE_SCRIPT] });
}

/** Reads what a page in `tabId` asks for (its `data-meetgate-ask`), without running our bridge there. */
export async function readPageAsk(tabId: number): Promise<BridgeAsk | null> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (attribute: string) => document.documentElement.getAttribute(attribute),
    args: [ASK_ATTRIBUTE],
  });
  const text = result?.result;
  if (typeof text !== 'string' || text.length > 1024) return null;
  try {
    return parseAsk(JSON.parse(text));
  } catch {
    return null;
  }
}
