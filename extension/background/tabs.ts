/**
 * Background actions on tabs: open the meeting page, and carry out the person's answer to a
 * site's token ask (recorded, then the bridge connected in that tab so the page hears it).
 */
import { browser } from 'wxt/browser';
import { allowSite, injectBridge, syncBridgeScripts } from '../sites.js';
import type { BackgroundResponse } from '../messages.js';
import { meetingPageUrl } from '../pages.js';

/** Opens the meeting page in a new tab. */
export async function openMeetingPage(tokenId: string, room: string): Promise<void> {
  await browser.tabs.create({ url: meetingPageUrl(self.location.origin, tokenId, room) });
}

/**
 * Records the decision (only an "allow" is kept) and runs the bridge in the tab, so the page
 * receives a token or a refusal at once. The popup's toolbar click granted `activeTab`.
 */
export async function decideSite(decision: {
  tabId: number;
  origin: string;
  deploymentId: string;
  allow: boolean;
}): Promise<BackgroundResponse<'site-decision'>> {
  if (decision.allow) {
    await allowSite(decision.origin, decision.deploymentId);
    // The host permission may already be granted (asked before, or for another port): register now.
    await syncBridgeScripts().catch(() => []);
  }
  try {
    await injectBridge(decision.tabId, decision.origin);
  } catch {
    return { ok: false, kind: 'bad-request', error: 'MeetGate could not reach this page; reload it and try again.' };
  }
  return { ok: true };
}
