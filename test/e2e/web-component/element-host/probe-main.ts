/**
 * The web-component host page's recorder: the same `window.__host` as the React host page
 * (states, iframes ever inserted, kick moments), fed by the element's `meetgate-statechange`
 * events, so the same page object reads both. Runs before `meetgate-meeting.js` is loaded.
 */
import type { MeetingState } from '../../../../components/index.js';
import { installProbe } from '../../host/client/probe.js';

const probe = installProbe();
document.addEventListener('meetgate-statechange', (event) => {
  const state = (event as CustomEvent<MeetingState>).detail;
  probe.states.push({ status: state.status, at: performance.now(), state });
});
