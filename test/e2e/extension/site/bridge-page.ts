/**
 * A web page asking the MeetGate extension for a token through the bridge, the way an intranet
 * page would; it shows the outcome in #outcome (data-outcome, data-token) for the test to read.
 */
import { requestExtensionToken } from '../../../../lib/bridge/index.js';

const params = new URLSearchParams(location.search);
const outcome = document.getElementById('outcome') as HTMLElement;

/** Asks once and shows what came back. */
async function ask(): Promise<void> {
  outcome.dataset.outcome = 'waiting';
  outcome.textContent = 'Asking MeetGate…';
  const result = await requestExtensionToken({
    domain: params.get('domain') ?? '',
    tenant: null,
    room: params.get('room') ?? '',
    timeoutMs: Number(params.get('timeout') ?? 60_000),
    onPending: () => {
      outcome.textContent = 'Click MeetGate in the toolbar to allow this site.';
    },
  });
  outcome.dataset.outcome = result.outcome;
  outcome.dataset.token = result.outcome === 'granted' ? result.token : '';
  outcome.textContent = result.outcome === 'granted' ? 'Token received.' : result.message;
}

(document.getElementById('ask') as HTMLButtonElement).addEventListener('click', () => void ask());
void ask();
