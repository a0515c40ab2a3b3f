/**
 * The explicit prompt for the page bridge: when the active tab's page asks for a meeting token,
 * the popup says which site asks, for which deployment and room, and lets the person allow it
 * or not. Nothing of MeetGate runs in that page before this answer.
 */
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { isAllowed, pageOrigin, type BridgeAllowance, type BridgeAsk } from '../../../lib/bridge/index.js';
import { findDeployment, type Deployment } from '../../../lib/deployments/index.js';
import { sendToBackground } from '../../messages.js';
import { originPattern, readPageAsk } from '../../sites.js';

/** Props of `SiteAskPanel`. */
export interface SiteAskPanelProps {
  deployments: readonly Deployment[];
  allowances: readonly BridgeAllowance[];
}

interface PageAsk {
  tabId: number;
  origin: string;
  ask: BridgeAsk;
}

/** Reads the active tab's ask (possible after the toolbar click, through `activeTab`). */
async function activeTabAsk(): Promise<PageAsk | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const origin = pageOrigin(tab?.url);
  if (!tab?.id || !origin) return null;
  const ask = await readPageAsk(tab.id).catch(() => null);
  return ask ? { tabId: tab.id, origin, ask } : null;
}

/** The prompt, or nothing when the active page asks for nothing. */
export function SiteAskPanel({ deployments, allowances }: SiteAskPanelProps) {
  const [pageAsk, setPageAsk] = useState<PageAsk | null>(null);
  const [outcome, setOutcome] = useState('');
  const title = useId();
  useEffect(() => {
    void activeTabAsk().then(setPageAsk);
  }, []);
  const deployment = pageAsk ? findDeployment(deployments, pageAsk.ask.domain, pageAsk.ask.tenant) : undefined;
  const allowed = !!(pageAsk && deployment && isAllowed(allowances, pageAsk.origin, deployment.id));
  useEffect(() => {
    // Allowed before, but the bridge is not registered (no host permission): connect this visit.
    if (pageAsk && deployment && allowed)
      void sendToBackground({ type: 'site-decision', tabId: pageAsk.tabId, origin: pageAsk.origin, deploymentId: deployment.id, allow: true });
  }, [pageAsk, deployment, allowed]);
  if (!pageAsk || allowed) return null;

  const decide = (allow: boolean): void => {
    // Both calls start inside the click: the browser's own permission prompt needs the gesture,
    // and the popup may close when it appears, so the decision goes to the background at once.
    if (allow) void browser.permissions.request({ origins: [originPattern(pageAsk.origin)] }).catch(() => false);
    void sendToBackground({ type: 'site-decision', tabId: pageAsk.tabId, origin: pageAsk.origin, deploymentId: deployment?.id ?? 'none', allow }).then(
      (answer) => setOutcome(answer.ok ? (allow ? 'Allowed. The page receives your token now.' : 'Not allowed. The page was told so.') : answer.error),
    );
  };
  const place = pageAsk.ask.tenant ? `${pageAsk.ask.domain}/${pageAsk.ask.tenant}` : pageAsk.ask.domain;
  return (
    <section className="mg-section mg-ask" aria-labelledby={title} data-mg="site-ask">
      <h2 id={title}>{pageAsk.origin} asks for a meeting token</h2>
      {deployment ? (
        <p>
          It wants your token for room <strong>{pageAsk.ask.room}</strong> on <strong>{deployment.name}</strong> ({place}). If you allow it, this site receives
          your {deployment.name} tokens on its pages until you revoke it in the options.
        </p>
      ) : (
        <p>It wants a token for {place}, which is not configured in MeetGate, so MeetGate has none to give.</p>
      )}
      <div className="mg-actions">
        {deployment ? (
          <button type="button" className="mg-primary" data-mg="allow-site" onClick={() => decide(true)}>
            Allow this site
          </button>
        ) : null}
        <button type="button" data-mg="deny-site" onClick={() => decide(false)}>
          Don't allow
        </button>
      </div>
      <p className="mg-status" role="status" aria-live="polite" data-mg="site-outcome">
        {outcome}
      </p>
    </section>
  );
}
