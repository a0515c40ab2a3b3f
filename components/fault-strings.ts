/**
 * The texts of the fault screens (lost connection, meeting page or script that did not load,
 * sign-in service not answering, a second window), merged into `defaultStrings`.
 */
export const faultStrings = {
  reconnectingTitle: 'Connection lost',
  reconnectingJitsi: 'The connection to the meeting was lost. Jitsi is reconnecting by itself…',
  reconnectingAttempt: 'Reconnecting to {domain} (attempt {attempt})…',
  reconnectingNext: 'Next try in {seconds} s.',
  reconnectingRenewing: 'Your sign-in ran out while the connection was down. Getting a fresh one to rejoin…',
  rejoinNow: 'Rejoin now',
  joiningSilent: 'The meeting page did not load from {domain}. Check your connection, or try again.',
  back: 'Back',
  startAgain: 'Start again',
};

/** The texts of the `meeting-unavailable` screen. */
export const scriptStrings = {
  unavailableTitle: 'The meeting could not be loaded',
  unavailableBody: 'MeetGate could not load the meeting from {domain}: {reason}.',
  unavailableHint: 'For the site’s admin: {url} did not load as Jitsi’s external_api.js.',
  scriptOffline: 'this device has no network connection',
  scriptUnreachable: 'there was no answer — the server may be down or unreachable, or its certificate is not trusted by this browser',
  scriptStatus: 'the server answered {status}',
  scriptErrorPage: 'the server answered with an error page instead of the meeting',
  scriptNotJitsi: 'the file it served is not Jitsi’s meeting script',
  scriptTimeout: 'there was no answer within {seconds} s',
  scriptBlocked: 'this page’s Content-Security-Policy ({directive}) does not allow scripts from {origin}',
  frameBlocked: 'this page’s Content-Security-Policy ({directive}) does not allow the meeting from {origin} in a frame',
  blockedHint: 'For the site’s admin: allow {origin} in this page’s Content-Security-Policy (script-src, frame-src, connect-src).',
  trustedTypesHint: 'For the site’s admin: add meetgate to the trusted-types directive of this page’s Content-Security-Policy.',
};

/** The texts of the token-provider faults. */
export const providerStrings = {
  stillChecking: 'Still checking your sign-in with the site…',
  sourceDownTitle: 'The sign-in service is not answering',
  sourceDownBody: '{sources} did not provide a sign-in: {reason}. This is not about your account — try again in a moment.',
  sourceTimeout: 'no answer in time',
  sourceFailed: 'it reported an error',
  sourceInvalid: 'it returned something that is not a sign-in pass',
  repeatedTitle: 'The site keeps issuing a pass that cannot be used here',
  repeatedBody: 'Signing in again gave the same pass, so MeetGate stopped asking. For the site’s admin:',
};

/** The two-windows notice. */
export const selfStrings = {
  selfElsewhere: 'You are also in this meeting in another window. The other entry in the participant list is you — do not remove it, or leave in that window.',
};
