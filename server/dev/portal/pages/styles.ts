/** The portal's style sheet, served as /assets/portal.css (no inline styles: the CSP forbids them). */
export const PORTAL_CSS = `
:root{color-scheme:light;--ink:#1d2430;--muted:#5b6473;--line:#d8dde6;--brand:#1a56a8;--brand-ink:#fff;--bg:#f3f5f8;--card:#fff;--warn:#8a4b00;--warn-bg:#fff4e0;--bad:#a51d2d}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--brand)}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #f5b700;outline-offset:2px}
.topbar{display:flex;align-items:center;gap:.5rem 1rem;padding:.6rem 1.5rem;background:#14213d;color:#fff}
.topbar a{color:#fff;text-decoration:none;font-weight:600;white-space:nowrap}
.topbar .spacer{flex:1}
.topbar .muted{color:#c9d3e3}
.topbar form{margin:0}
.who{display:flex;align-items:center;gap:.5rem;font-size:.95rem}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.8rem;font-weight:600;background:#e4ecf7;color:#14213d}
.badge.owner{background:#ffe3a3}.badge.member{background:#cfe8d5}.badge.guest{background:#e6e0f5}
main{max-width:72rem;margin:2rem auto;padding:0 1.5rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.5rem;margin-bottom:1.5rem}
h1{font-size:1.6rem;margin:0 0 .75rem}
h2{font-size:1.2rem;margin:0 0 .5rem}
.muted{color:var(--muted)}
.notice{padding:.75rem 1rem;border-radius:8px;background:#e4ecf7;margin-bottom:1rem}
.notice.warn{background:var(--warn-bg);color:var(--warn)}
.error{color:var(--bad);font-weight:600}
button,.button{display:inline-block;font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid var(--brand);background:var(--brand);color:var(--brand-ink);cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:transparent;color:var(--brand)}
.topbar button{background:transparent;border-color:#fff;color:#fff;padding:.3rem .8rem;white-space:nowrap}
/* Phones: the tagline gives way; the person and Sign out move under the brand when they do not fit beside it. */
@media (max-width:40rem){.topbar{flex-wrap:wrap;padding:.5rem 1rem}.topbar .tagline,.topbar .spacer{display:none}.who{margin-left:auto}main{margin:1.25rem auto;padding:0 1rem}.card{padding:1rem}
.accounts thead{display:none}.accounts tr{display:grid;grid-template-columns:auto 1fr auto;gap:.25rem .75rem;align-items:center;padding:.6rem 0;border-bottom:1px solid var(--line)}.accounts td{border:0;padding:0}.accounts td:nth-child(3){grid-column:1/-1;grid-row:2}}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}
input[type=text],input[type=password]{width:100%;padding:.55rem;font:inherit;border:1px solid #9aa3b2;border-radius:6px}
.sign-in{display:grid;grid-template-columns:minmax(16rem,22rem) 1fr;gap:1.5rem;align-items:start}
@media (max-width:48rem){.sign-in{grid-template-columns:1fr}}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid var(--line);vertical-align:top}
code{white-space:nowrap;font:600 .95rem ui-monospace,SFMono-Regular,Menlo,monospace;background:#eef1f5;padding:.1rem .35rem;border-radius:4px}
.rooms{list-style:none;padding:0;margin:0 0 1.5rem;display:grid;gap:1rem}
.rooms li{display:flex;gap:1rem;align-items:center;justify-content:space-between;margin:0}
.room-head{display:flex;align-items:baseline;gap:1rem;flex-wrap:wrap;margin-bottom:1rem}
#meeting{height:72vh;min-height:32rem}
#meeting .meetgate{height:100%}
.steps li{margin:.35rem 0}
`;
