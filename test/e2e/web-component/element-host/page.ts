/**
 * The web-component host page's HTML, written on the server from the configuration as a portal
 * writes the tag: one `<script src="meetgate-meeting.js">` and one `<meetgate-meeting>` with
 * attributes, no framework on the page.
 */
import { HOST_CSS, type HostPageConfig } from '../../host/index.js';

/** The paths of the page and its scripts on the host site. */
export const ELEMENT_PAGE_PATH = '/element/index.html';
export const ELEMENT_SCRIPT_PATH = '/element/meetgate-meeting.js';
export const ELEMENT_PROBE_PATH = '/element/probe.js';
export const ELEMENT_CSS_PATH = '/element/host.css';
export const REACT_PAGE_PATH = '/element/react.html';
export const REACT_SCRIPT_PATH = '/element/react-page.js';

/** Escapes an attribute value (the configuration comes from the address). */
const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element's attributes for `config` (`provider` becomes `token-url`); what has no attribute is left out. */
export function elementAttributes(config: HostPageConfig): string {
  const pairs: [string, string | undefined][] = [
    ['domain', config.domain],
    ['room', config.room],
    ['token-url', config.provider],
    ['login-url', config.loginUrl],
    ['logout-url', config.logoutUrl],
    ['allowed-redirect-origins', config.allowedRedirectOrigins?.join(' ')],
    ['allowed-token-origins', config.allowedTokenOrigins?.join(' ')],
    ['token-card', config.tokenCard],
    ['nonce', config.nonce],
  ];
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${attribute(value)}"`)
    .join('');
}

/** The test host page's own layout, on both pages. */
const STYLE = `<style>${HOST_CSS}</style>`;

/** The React page's HTML: the recorder and the element's script in the head, then the React app. */
export function reactHostHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>React portal with the MeetGate web component</title>
${STYLE}
<script src="${ELEMENT_PROBE_PATH}"></script>
<script src="${ELEMENT_SCRIPT_PATH}"></script>
</head>
<body>
<div id="root"></div>
<script src="${REACT_SCRIPT_PATH}"></script>
</body>
</html>
`;
}

/** The HTML; with `stylesheet`, its layout comes from that file (a page whose policy refuses inline styles). */
export function elementHostHtml(config: HostPageConfig, stylesheet?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MeetGate web component host</title>
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : STYLE}
<script src="${ELEMENT_PROBE_PATH}"></script>
<script src="${ELEMENT_SCRIPT_PATH}"></script>
</head>
<body>
<main class="host">
<h1>MeetGate web component host — ${attribute(config.room)}</h1>
<meetgate-meeting class="host-meeting"${elementAttributes(config)}></meetgate-meeting>
</main>
</body>
</html>
`;
}
