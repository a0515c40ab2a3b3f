// A TypeScript browser app: type-checked against the installed declarations with moduleResolution
// bundler (without Node's types: a browser app has none) and node16. Wrong uses are marked as
// expected errors, so the check also fails when the declarations lose their types (were
// everything `any`, those lines would be errors).
import { SecureMeeting, type JitsiMeetExternalApi, type MeetingState, type SecureMeetingProps, type TokenProvider } from 'meetgate';
import { inspectToken, type TokenReport } from 'meetgate/token';
import { judgeToken, type FindingFacts, type TokenVerdict } from 'meetgate/token/core';
// A page that loads meetgate-meeting.js with a script tag types the element with this import alone.
import type { MeetgateStateChangeEvent } from 'meetgate/meetgate-meeting.js';

const provider: TokenProvider = async ({ room, signal }) => {
  const response = await fetch(`/api/meeting-token?room=${encodeURIComponent(room)}`, { signal });
  return ((await response.json()) as { token: string }).token;
};
const onStateChange = (state: MeetingState): string => state.status;
const props: SecureMeetingProps = { domain: 'meet.example.org', roomName: 'standup', tokenProvider: provider, onStateChange };
const onApiReady = (api: JitsiMeetExternalApi): void => api.executeCommand('toggleAudio');
export const meeting = <SecureMeeting {...props} configOverwrite={{ prejoinConfig: { enabled: false } }} onApiReady={onApiReady} />;

export const report: TokenReport = inspectToken('not-a-token', { domain: 'meet.example.org' });
export const usable: boolean = report.usable;
// @ts-expect-error the role is a string union, not a number
export const role: number = report.role.value;

export const verdict: TokenVerdict = judgeToken('not-a-token', { domain: 'meet.example.org' });
export const facts: FindingFacts[] = verdict.findings;
// @ts-expect-error the core's findings are data: no words
export const words: string = verdict.findings[0].message;

// @ts-expect-error domain is required
export const bad = <SecureMeeting roomName="standup" />;

// <meetgate-meeting>: the element and its event are typed from meetgate-meeting.js's declarations.
const element = document.querySelector('meetgate-meeting');
if (element) element.profile = 'jitsi-2025';
export const statuses: Promise<MeetingState['status']> = new Promise((resolve) =>
  document.addEventListener('meetgate-statechange', (event) => resolve(event.detail.status)),
);
export const onChange = (event: MeetgateStateChangeEvent): string | null => event.detail.room ?? null;
document.addEventListener('meetgate-statechange', (event) => {
  // @ts-expect-error the state carries no token
  console.log(event.detail.jwt);
});
