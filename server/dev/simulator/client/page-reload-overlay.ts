/**
 * Jitsi's page-reload overlay, as the simulator's meeting page shows it after a fatal error: a
 * countdown of `10 + randomInt(0, 20)` seconds, then the page reloads with the same address (the
 * token in it included), and for a network failure a "Rejoin now" button that reloads at once.
 * Followed: jitsi/jitsi-meet react/features/overlay/components/web/AbstractPageReloadOverlay.tsx
 * and PageReloadOverlay.tsx (commit 0bea2926, 2025), react/features/app/actions.web.ts `reloadNow`
 * (reloadWithStoredParams). Texts: lang/main.json `dialog.conferenceDisconnectTitle/Msg`.
 */

/** What the overlay needs from its page. */
export interface ReloadOverlayDeps {
  doc: Document;
  /** Countdown range in whole seconds (the page's `data-reload-seconds`). */
  range: readonly [number, number];
  reload(): void;
  setInterval(handler: () => void, ms: number): unknown;
  random(): number;
}

/** Reads `data-reload-seconds="min,max"`; Jitsi's 10–30 s when absent or odd. */
export function reloadRange(value: string | undefined): [number, number] {
  const [min, max] = (value ?? '').split(',').map(Number);
  return min !== undefined && max !== undefined && min > 0 && max >= min ? [min, max] : [10, 30];
}

/** Shows the overlay and starts its countdown. */
export function showReloadOverlay({ doc, range, reload, setInterval, random }: ReloadOverlayDeps): void {
  if (doc.getElementById('reload-overlay')) return;
  const total = range[0] + Math.floor(random() * (range[1] - range[0] + 1));
  let left = total;
  const overlay = doc.createElement('div');
  overlay.id = 'reload-overlay';
  overlay.setAttribute('role', 'alertdialog');
  overlay.setAttribute('aria-labelledby', 'reload-title');
  const title = doc.createElement('h2');
  title.id = 'reload-title';
  title.textContent = 'Unable to connect to the meeting';
  const message = doc.createElement('p');
  message.textContent = "Oops! Something went wrong and we couldn't connect to the conference. Reconnecting…";
  const countdown = doc.createElement('p');
  countdown.id = 'reload-countdown';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Rejoin now';
  button.addEventListener('click', () => reload());
  const render = () => {
    countdown.textContent = `Reloading in ${left} s`;
    overlay.dataset.secondsLeft = String(left);
  };
  render();
  overlay.append(title, message, countdown, button);
  doc.body.append(overlay);
  let done = false;
  setInterval(() => {
    if (done) return;
    if (left === 0) {
      done = true;
      reload();
      return;
    }
    left -= 1;
    render();
  }, 1000);
}
