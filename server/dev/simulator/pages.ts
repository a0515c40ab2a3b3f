/**
 * The HTML the simulator serves: the meeting page at `/<room>` (its script fills it in) and a
 * short index at `/`. Both say plainly that this is a simulator without audio or video.
 */

/** Content-Security-Policy of every page: own scripts, styles and socket only; embeddable anywhere, like Jitsi. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' https: data:",
  // `*` never matches extension pages in CSP, and the MeetGate extension's meeting page frames us.
  'frame-ancestors * chrome-extension: moz-extension:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const BANNER =
  '<p class="banner" role="note"><strong>MeetGate Jitsi simulator</strong> — a local stand-in for a token-secured Jitsi ' +
  'deployment. It carries no audio or video.</p>';

/** The meeting page; `reloadSeconds` is the range of its reload countdown after a fatal error, `release` the Jitsi release it imitates. */
export function meetingPage(reloadSeconds: readonly [number, number] = [10, 30], release: '2026' | '2021' = '2026', logCollector = true): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Meeting — Jitsi simulator</title>
<link rel="stylesheet" href="/_simulator/meeting.css">
<script src="/_simulator/meeting.js" defer></script>
</head>
<body>
${BANNER}
<main id="meeting" data-state="connecting" data-reload-seconds="${reloadSeconds[0]},${reloadSeconds[1]}" data-release="${release === '2021' ? '2021' : '2026'}"${logCollector ? '' : ' data-log-collector="off"'} aria-labelledby="room-title">
  <h1 id="room-title">Meeting</h1>
  <p id="status" role="status" aria-live="polite">Connecting…</p>
  <section id="people" aria-labelledby="people-title" hidden>
    <h2 id="people-title">Participants</h2>
    <ul id="participants"></ul>
  </section>
  <div id="actions" class="actions" hidden>
    <button type="button" id="hangup" class="danger">Hang up</button>
    <button type="button" id="end-meeting" hidden>End meeting</button>
    <button type="button" id="drop-connection" class="secondary" title="Simulates a network failure: the page reconnects and rejoins with the same token">Drop my connection</button>
  </div>
</main>
</body>
</html>
`;
}

/** What a 2021-era Jitsi shows after a refused room join (its `static/authError.html`, in short). */
export function authErrorPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Authentication error — Jitsi simulator</title>
<link rel="stylesheet" href="/_simulator/meeting.css">
</head>
<body>
${BANNER}
<main>
  <h1>Sorry, you're not allowed to join this call.</h1>
</main>
</body>
</html>
`;
}

/**
 * The index page, for a person who opens the bare address — often to accept the certificate for
 * a page that embeds the simulator. `host` is the request's Host header, already checked against
 * the names this server answers to; it carries the port the browser used.
 */
export function indexPage(domain: string, host: string = domain): string {
  const safe = domain.replace(/[^a-z0-9.-]/gi, '');
  const address = host.replace(/[^a-z0-9.:[\]-]/gi, '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Jitsi simulator</title>
<link rel="stylesheet" href="/_simulator/meeting.css">
</head>
<body>
${BANNER}
<main>
  <h1>Jitsi simulator for ${safe}</h1>
  <p class="done" role="status"><strong>Your browser now trusts this simulator.</strong> If a portal sent you here, go back to its tab: the meeting starts there by itself. You can close this tab.</p>
  <p>Open <code>https://${address}/&lt;room&gt;?jwt=&lt;token&gt;</code>, or embed it with <code>/external_api.js</code>.</p>
</main>
</body>
</html>
`;
}
