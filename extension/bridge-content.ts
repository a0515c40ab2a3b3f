/**
 * The bridge content script's work: relay the page's token requests to the background and its
 * answers back. It is registered for allowed sites, but a registered match pattern cannot carry
 * a port (`http://127.0.0.1/*` matches every port), so before revealing anything (no
 * `bridge-ready`, no reply, no DOM change) it asks the background whether this page's exact
 * origin, as the browser reports it, was allowed. The one other case is a page where the person
 * just answered MeetGate's prompt from the toolbar: the background marks that page first
 * (`markAnswered`), so a refusal can be told to it. A second start in the same page is a no-op.
 */
import { browser } from 'wxt/browser';
import { startBridgeRelay } from '../lib/bridge/index.js';
import { readBridgeAnswer } from './messages.js';

const RUNNING = Symbol.for('meetgate.bridge');
/** Set by the background in this page's isolated world when the person answered for this origin from the toolbar. */
export const ANSWERED = Symbol.for('meetgate.bridge.answered');

type Scope = typeof globalThis & { [RUNNING]?: 'checking' | 'running'; [ANSWERED]?: string };

/** Whether the background says this page's exact origin was allowed. Any failure is a no. */
async function originAllowed(): Promise<boolean> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'bridge-hello' })) as { ok?: unknown; allowed?: unknown } | undefined;
    return answer?.ok === true && answer.allowed === true;
  } catch {
    return false;
  }
}

/**
 * Starts the relay in this page if its origin was allowed (or just answered for) and it does not
 * already run. Resolves to whether it started now; otherwise the page is left exactly as it was.
 */
export async function startBridgeInPage(win: Window = window): Promise<boolean> {
  const scope = globalThis as Scope;
  if (scope[RUNNING]) return false;
  scope[RUNNING] = 'checking';
  const answered = () => scope[ANSWERED] === win.location.origin;
  if (!answered() && !(await originAllowed()) && !answered()) {
    scope[RUNNING] = undefined;
    return false;
  }
  scope[RUNNING] = 'running';
  startBridgeRelay({
    window: win,
    async ask(request) {
      const response: unknown = await browser.runtime.sendMessage({ type: 'bridge-token', request });
      return readBridgeAnswer(response) ?? { outcome: 'error', message: 'MeetGate refused the request.' };
    },
  });
  return true;
}
