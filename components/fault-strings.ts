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
