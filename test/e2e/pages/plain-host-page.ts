/**
 * A plain host page (no React, no MeetGate component): it loads `/external_api.js` from the
 * deployment exactly as an integrator's page would, creates `new JitsiMeetExternalAPI(...)`, and
 * records every IFrame API event it receives in `window.__meetEvents`, for the page object to read.
 */

/** What the host page embeds. */
export interface PlainHostPageOptions {
  domain: string;
  roomName: string;
  jwt?: string;
  userInfo?: Record<string, unknown>;
}

/** The host-side events the page records. */
export const RECORDED_EVENTS = [
  'ready',
  'videoConferenceJoined',
  'videoConferenceLeft',
  'readyToClose',
  'participantKickedOut',
  'participantJoined',
  'participantLeft',
  'participantRoleChanged',
  'errorOccurred',
  'passwordRequired',
] as const;

/** JSON safe to place inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The HTML of the host page. */
export function plainHostPage(options: PlainHostPageOptions): string {
  const { domain, ...apiOptions } = options;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plain host page</title>
<style>html, body { margin: 0; height: 100%; } #meet { height: 90vh; }</style>
</head>
<body>
<h1>Plain host page</h1>
<div id="meet"></div>
<script src="https://${domain}/external_api.js"></script>
<script>
  window.__meetEvents = [];
  const api = new JitsiMeetExternalAPI(${scriptJson(domain)}, Object.assign(${scriptJson(apiOptions)}, {
    parentNode: document.getElementById('meet'),
  }));
  for (const name of ${scriptJson(RECORDED_EVENTS)}) {
    api.on(name, (data) => window.__meetEvents.push({ name, data }));
  }
  window.__meetApi = api;
</script>
</body>
</html>
`;
}
