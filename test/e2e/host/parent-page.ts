/**
 * A portal page that embeds the test host page in an iframe and hands it a token by
 * postMessage, in MeetGate's documented format: it answers `meetgate:token-request` messages
 * from its frame, and can also push the token unasked, as a careless (or hostile) page would.
 * The token reaches this page through `embed(...)`, called by the spec, never through its URL.
 */

/** The HTML of the parent page. */
export function parentPageHtml(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>html, body { margin: 0; height: 100%; font: 15px/1.5 system-ui, sans-serif; } h1 { font-size: 1rem; margin: .5rem 1rem; } iframe { width: 100%; height: calc(100% - 3rem); border: 0; }</style>
</head>
<body>
<h1>${title}</h1>
<div id="slot"></div>
<script>
  window.__requests = [];
  window.embed = (src, childOrigin, token, pushUnasked) => {
    const frame = document.createElement('iframe');
    frame.id = 'meeting';
    frame.title = 'Meeting';
    frame.src = src;
    window.addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data;
      if (!data || data.type !== 'meetgate:token-request') return;
      window.__requests.push({ origin: event.origin, data });
      frame.contentWindow.postMessage({ type: 'meetgate:token', version: 1, token, room: data.room }, event.origin);
    });
    if (pushUnasked) {
      const push = setInterval(() => frame.contentWindow && frame.contentWindow.postMessage({ type: 'meetgate:token', version: 1, token }, '*'), 100);
      setTimeout(() => clearInterval(push), 10000);
    }
    document.getElementById('slot').append(frame);
  };
</script>
</body>
</html>
`;
}
