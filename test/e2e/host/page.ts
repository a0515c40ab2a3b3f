/**
 * The test host page's HTML: a plain page with a heading and the meeting filling the rest of
 * the window, as a site would lay it out.
 */

/** The path of the host page on the host site. */
export const HOST_PAGE_PATH = '/meeting/index.html';
/** The path of its script. */
export const HOST_SCRIPT_PATH = '/meeting/host.js';

/** The host page's own layout. */
export const HOST_CSS = `
  html, body, #root { margin: 0; height: 100%; background: #fff; color: #1b1f24; font: 15px/1.5 system-ui, sans-serif; }
  .host { display: flex; flex-direction: column; height: 100%; }
  .host h1 { font-size: 1rem; margin: 0; padding: .5rem 1rem; border-bottom: 1px solid #c4c9d0; }
  .host-meeting { flex: 1; }
`;

/** The HTML; with `stylesheet`, its layout comes from that file (a page whose policy refuses inline styles). */
export function hostPageHtml(stylesheet?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MeetGate test host</title>
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : `<style>${HOST_CSS}</style>`}
</head>
<body>
<div id="root"></div>
<script type="module" src="${HOST_SCRIPT_PATH}"></script>
</body>
</html>
`;
}
