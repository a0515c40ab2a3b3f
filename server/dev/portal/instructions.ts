/** What `npm start` prints: where to go, the accounts, and what to try. Never a token or a secret. */
import type { Demo } from './demo.js';

const PASSWORD_STEPS = [
  '    1. Sign in as olivia (owner) and open "Team stand-up".',
  '    2. In a private window, sign in as max (member) and open the same room. Try him first: he waits',
  '       for a host until Olivia is in.',
  '    3. As Olivia, press "Kick Max Member" in the meeting: Max is told who removed him.',
  '    4. Hang up: the portal asks whether to sign you out.',
  '    5. Open "Short tokens (2 minutes)": watch the time left; a fresh token arrives a minute before',
  '       the old one runs out, without interrupting the meeting. Press "Drop my connection" in the',
  '       meeting: it rejoins by itself with the token it has.',
  '    6. Sign in as gwen (guest): "Board room" is for staff, and both the page and the token endpoint',
  '       refuse her.',
];

const OIDC_STEPS = [
  '    1. Sign in with a host account of your provider and open "Team stand-up".',
  '    2. In a private window, sign in with a member account and open the same room.',
  '    3. As the host, remove the member in the meeting: the member is told who removed them.',
  '    4. Hang up: the portal asks whether to sign you out, then signs you out at the provider too.',
];

/** The banner, as lines of text. */
export function startInstructions(demo: Demo, options: { lifetimeHours: number; oidcClientId?: string }): string {
  const { portal, simulator, meeting } = demo;
  const oidc = portal.accounts.length === 0;
  const accounts = oidc
    ? [
        `  Sign-in: at your OpenID provider. Register for client ${options.oidcClientId ?? '(OIDC_CLIENT_ID)'}:`,
        `    redirect URI              ${portal.origin}/login/callback`,
        `    post-logout redirect URI  ${portal.origin}/login?signedOut=1`,
      ]
    : [
        '  Demo accounts (new passwords at every start; also shown on the sign-in page):',
        ...portal.accounts.map((a) => `    ${a.username.padEnd(8)}${a.password.padEnd(12)}${a.role.padEnd(8)}${a.name}`),
      ];
  const where = simulator
    ? [
        `  Meetings: a local Jitsi simulator at ${meeting.simulatorUrl} (shows who is in, no audio or video).`,
        "  First meeting: your browser does not know the simulator's self-signed certificate yet. The room",
        '  page explains it and links to the simulator once: choose Advanced → Proceed, come back, done.',
      ]
    : [`  Meetings: ${meeting.description}`];
  return [
    '',
    'MeetGate demo portal',
    '',
    `  Open  ${portal.origin}`,
    '',
    ...accounts,
    '',
    ...where,
    '',
    '  Try:',
    ...(oidc ? OIDC_STEPS : PASSWORD_STEPS),
    '',
    `  Stops itself after ${options.lifetimeHours} hours; press Ctrl+C to stop now.`,
    '',
  ].join('\n');
}
