/**
 * The real toolbar popup in Firefox, opened over a web page as a person's click opens it: the
 * browser's own `browserAction.triggerAction(window)` ("the same effects as if it were clicked by
 * a user": grants `activeTab` on the selected tab, then opens the popup; mozilla/gecko-dev
 * browser/components/extensions/parent/ext-browserAction.js, 2025), run in the browser's chrome
 * window through BiDi (`moz:scope: chrome`, allowed by `--remote-allow-system-access`). The
 * popup's document lives in a panel BiDi does not list; it is read (and DOM-clicked) from another
 * extension page through `extension.getViews({ type: 'popup' })`, or clicked as a person clicks
 * (`clickAsPerson`: mouse events synthesized at the widget level, which the page receives as
 * trusted user input, so that `permissions.request` may show Firefox's prompt).
 */
import type { Browser, Page } from 'puppeteer-core';
import { evaluateInChrome, GECKO_ID } from '../browser.js';

/** The popup of the extension, open over a tab. */
export class FirefoxToolbarPopup {
  private constructor(
    private readonly browser: Browser,
    private readonly control: Page,
  ) {}

  /** Selects `page`'s tab, clicks the toolbar button for it and waits for the popup to load. */
  static async openOver(browser: Browser, page: Page, control: Page): Promise<FirefoxToolbarPopup> {
    await page.bringToFront();
    await evaluateInChrome(
      browser,
      `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      // A popup still open from an earlier click would be toggled shut: close it, as a click elsewhere does.
      ViewPopup.for(extension, window)?.closePopup();
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    })()`,
    );
    const popup = new FirefoxToolbarPopup(browser, control);
    await popup.waitFor('[data-mg="popup"][data-mg-loaded]');
    return popup;
  }

  /** The text of the element matching `selector` in the popup, or null (no popup or no match). */
  private text(selector: string): Promise<string | null> {
    return this.control.evaluate((css) => {
      const api = (globalThis as unknown as { browser: { extension: { getViews(filter: object): Window[] } } }).browser;
      const [view] = api.extension.getViews({ type: 'popup' });
      return view?.document.querySelector(css)?.textContent ?? null;
    }, selector);
  }

  /** Waits until `selector` matches an element whose text contains `text`; returns its text. */
  async waitFor(selector: string, text = '', timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = await this.text(selector);
      if (found !== null && found.includes(text)) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`popup: ${selector} with "${text}" did not appear`);
  }

  /** Whether `selector` matches anything now. */
  async has(selector: string): Promise<boolean> {
    return (await this.text(selector)) !== null;
  }

  /** Clicks the element matching `selector` with the mouse, as a person: a trusted user gesture. */
  async clickAsPerson(selector: string): Promise<void> {
    await this.waitFor(selector);
    const point = await this.control.evaluate((css) => {
      const api = (globalThis as unknown as { browser: { extension: { getViews(filter: object): Window[] } } }).browser;
      const [view] = api.extension.getViews({ type: 'popup' });
      const box = (view?.document.querySelector(css) as HTMLElement).getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, selector);
    await evaluateInChrome(
      this.browser,
      `(() => {
      const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
      const panel = ViewPopup.for(WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension, window).browser.getBoundingClientRect();
      const x = panel.x + ${point.x}, y = panel.y + ${point.y};
      for (const type of ['mousemove', 'mousedown', 'mouseup']) {
        window.synthesizeMouseEvent(type, x, y, { button: 0, buttons: type === 'mousedown' ? 1 : 0, clickCount: type === 'mousemove' ? 0 : 1 }, { isAsyncEnabled: false });
      }
    })()`,
    );
  }

  /** Clicks the element matching `selector` (a DOM click: no user gesture of its own). */
  async click(selector: string): Promise<void> {
    await this.waitFor(selector);
    await this.control.evaluate((css) => {
      const api = (globalThis as unknown as { browser: { extension: { getViews(filter: object): Window[] } } }).browser;
      const [view] = api.extension.getViews({ type: 'popup' });
      (view?.document.querySelector(css) as HTMLElement | null)?.click();
    }, selector);
  }
}
