/** The toolbar popup: a site's ask (if any), paste a token, sign in, recent meetings. */
import { browser } from 'wxt/browser';
import { PastePanel } from './PastePanel.js';
import { RecentList } from './RecentList.js';
import { SignInPanel } from './SignInPanel.js';
import { SiteAskPanel } from './SiteAskPanel.js';
import { usePopupData } from './use-popup-data.js';

/** The popup. */
export function PopupApp() {
  const data = usePopupData();
  return (
    <main className="mg-popup" data-mg="popup" data-mg-loaded={data.loaded || undefined}>
      <header className="mg-header">
        <h1>MeetGate</h1>
        <button type="button" className="mg-link" data-mg="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      {data.loaded ? <SiteAskPanel deployments={data.deployments} allowances={data.allowances} /> : null}
      <PastePanel deployments={data.deployments} wallet={data.wallet} />
      {data.loaded ? <SignInPanel deployments={data.deployments} wallet={data.wallet} /> : null}
      <RecentList recent={data.recent} wallet={data.wallet} deployments={data.deployments} />
    </main>
  );
}
