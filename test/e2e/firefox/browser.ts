/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright's Firefox cannot
 * load extensions). What it takes, learnt the hard way:
 * - `--remote-allow-system-access`, or BiDi refuses to navigate to `moz-extension://` pages;
 * - `page.goto` to such a page never resolves, BiDi's `browsingContext.navigate` with
 *   `wait: 'complete'` does (see `openPage`);
 * - the extension's internal UUID (the host of `moz-extension://`) is random per profile unless
 *   fixed up front with the pref `extensions.webextensions.uuids`, and changes on reinstall, so
 *   the extension is installed once per browser.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's Firefox ESR (apt-get install firefox-esr; see .ci/run). */
export const FIREFOX_PATH = process.env.MEETGATE_FIREFOX ?? '/usr/bin/firefox-esr';

/** The gecko id in the manifest (wxt.config.ts); the identity redirect URL derives from it. */
export const GECKO_ID = 'meetgate@extensions.meetgate.invalid';

/** The internal UUID the test profile gives the extension (`moz-extension://<uuid>/`). */
export const EXTENSION_UUID = '6d3f1a2b-8c4e-4f5a-9b6c-7d8e9f0a1b2c';

/** How a test browser is launched. */
export interface FirefoxLaunch {
  /** More preferences (proxy, …). */
  prefs?: Record<string, unknown>;
  /**
   * Accept any certificate (BiDi session capability). Only for a profile whose proxy reaches
   * nothing but the simulator: Firefox has no per-key allow-list like Chromium's SPKI flag.
   */
  acceptInsecureCerts?: boolean;
}

/** Launches headless Firefox ESR with a fresh profile. */
export async function launchFirefox(options: FirefoxLaunch = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Closed network: no update checks, telemetry, captive-portal or connectivity probes.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      ...options.prefs,
    },
  });
}

/** The BiDi browsing context id of a page (puppeteer's frame id is that context). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** puppeteer's BiDi connection, for the commands it does not wrap. */
function bidi(browser: Browser): { send(method: string, params: object): Promise<{ result: unknown }> } {
  return (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
}

/** Navigates `page` to `url` and waits for its load (works for `moz-extension://` pages too). */
export async function openPage(page: Page, url: string): Promise<void> {
  await bidi(page.browser()).send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

/** A node of BiDi's browsing context tree. */
interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[] | null;
}

/** A frame (nested browsing context) of a page. */
export interface ChildFrame {
  context: string;
  url: string;
}

/**
 * The frames of `page` at any depth, from BiDi's tree. puppeteer's `page.frames()` does not see
 * the frames of a page it navigated through raw BiDi (the Jitsi frame of the meeting page).
 */
export async function childFrames(page: Page): Promise<ChildFrame[]> {
  const { result } = await bidi(page.browser()).send('browsingContext.getTree', { root: contextOf(page) });
  const frames: ChildFrame[] = [];
  const walk = (contexts: BidiContext[]): void => {
    for (const context of contexts) {
      frames.push({ context: context.context, url: context.url });
      walk(context.children ?? []);
    }
  };
  walk((result as { contexts: BidiContext[] }).contexts.flatMap((root) => root.children ?? []));
  return frames;
}

/** Evaluates `expression` (a string, number, boolean or null result) in a frame's page realm. */
export async function evaluateInFrame(browser: Browser, frame: ChildFrame, expression: string): Promise<unknown> {
  const { result } = await bidi(browser).send('script.evaluate', {
    expression,
    target: { context: frame.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const outcome = result as { type: 'success' | 'exception'; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } };
  if (outcome.type === 'exception') throw new Error(`frame script failed: ${outcome.exceptionDetails?.text ?? 'exception'}`);
  return outcome.result?.type === 'null' || outcome.result?.type === 'undefined' ? null : outcome.result?.value;
}

/**
 * Forgets what one test leaves in the shared browser: every cookie (the provider's sign-in
 * session would otherwise answer the next test's sign-in without a window) and an open toolbar popup.
 */
export async function forgetBrowsingState(browser: Browser): Promise<void> {
  await bidi(browser).send('storage.deleteCookies', {});
  await evaluateInChrome(
    browser,
    `(() => {
    const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
    ViewPopup.for(WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension, window)?.closePopup();
  })()`,
  );
}

/**
 * Answers Firefox's own optional-permission prompt (the "addon-webext-permissions" doorhanger), as
 * the person would; resolves with the prompt's text. Fails when no prompt opens.
 */
export async function answerPermissionPrompt(browser: Browser, allow: boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = await evaluateInChrome(
      browser,
      `(() => {
      const notification = PopupNotifications.getNotification('addon-webext-permissions');
      if (!notification || PopupNotifications.panel.state !== 'open') return null;
      const element = PopupNotifications.panel.firstElementChild;
      const text = element.textContent;
      (${allow} ? element.button : element.secondaryButton).click();
      return text;
    })()`,
    );
    if (typeof text === 'string') return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Firefox showed no permission prompt');
}

/** Evaluates `expression` in the browser's first chrome window (privileged; tests only). */
export async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  const { result: tree } = await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [window] = (tree as { contexts: BidiContext[] }).contexts;
  if (!window) throw new Error('no chrome window');
  return evaluateInFrame(browser, { context: window.context, url: window.url }, expression);
}

/**
 * Every top-level page with its current address, from BiDi's `browsingContext.getTree`:
 * puppeteer's `page.url()` misses navigations to `moz-extension://` addresses.
 */
export async function pagesWithUrls(browser: Browser): Promise<Array<{ page: Page; url: string }>> {
  const { result } = await bidi(browser).send('browsingContext.getTree', { maxDepth: 0 });
  const urls = new Map((result as { contexts: Array<{ context: string; url: string }> }).contexts.map((context) => [context.context, context.url]));
  return (await browser.pages()).map((page) => ({ page, url: urls.get(contextOf(page)) ?? page.url() }));
}
