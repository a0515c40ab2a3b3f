/**
 * Every text MeetGate shows, in one table a host page can override or translate
 * (`strings={{ kickedTitle: '…' }}`). Templates use `{name}` placeholders, filled by `format`.
 */
import type { RejectionCode } from '../lib/session/types.js';
import type { FeatureName, Severity, TokenRole } from '../lib/token/types.js';
import type { TokenSourceKind } from '../lib/sources/types.js';
import type { RedirectRefusal } from '../lib/redirect/check.js';
import { faultStrings, providerStrings, scriptStrings, selfStrings } from './fault-strings.js';

/** The default (English) texts. */
export const defaultStrings = {
  checkingTitle: 'Checking your sign-in…',
  needsTokenTitle: 'Sign in to join',
  needsTokenBody: 'This meeting is open to invited people only. Sign in to get your pass for {room}.',
  needsTokenNoWay: 'This page has not been given a sign-in for this meeting. Ask the person who invited you for a new link.',
  invalidTitle: 'Your sign-in cannot be used for this meeting',
  invalidBody: 'MeetGate checked it before connecting and found:',
  signatureProblem: 'The signature could not be confirmed: {reason}',
  joiningTitle: 'Joining {room}…',
  joiningLobby: 'This room has a lobby: ask to be let in using the form in the meeting.',
  joiningSlow: 'Still connecting to {domain}. Check your connection, or try again.',
  inMeetingAnnounce: 'You are in the meeting {room}.',
  meetingFrameTitle: 'Video meeting {room}',
  waitingTitle: 'Waiting for the host',
  waitingBody: 'The meeting starts when a host joins. You will be let in automatically.',
  waitingNextCheck: 'Checking again in {seconds} s.',
  waitingChecking: 'Checking whether the host is there…',
  kickedTitle: 'You were removed from the meeting',
  kickedTitleBy: 'You were removed from the meeting by {name}',
  kickedTitleByModerator: 'You were removed from the meeting by a moderator',
  kickedBody: 'You can sign in again, possibly with another account, or leave.',
  kickedBodyNoSignIn: 'You can leave, or stay on this page.',
  kickedCountdown: 'Taking you to {origin} in {seconds} s.',
  rejectedTitle: 'The meeting server did not let you in',
  rejectedDetail: 'The server said: “{detail}”',
  rejectedRetrying: 'Getting a new sign-in…',
  rejectedInspector: 'What MeetGate sees in your sign-in:',
  rejectedInspectorClean:
    'MeetGate found nothing wrong with your sign-in itself: the server’s own settings decide (its key or secret, the issuer and audience it expects, its room rules).',
  endedTitle: 'The meeting has ended',
  endedBody: 'You have left the meeting.',
  endedByHostTitle: 'The host ended the meeting',
  endedByHostBody: 'The meeting was ended for everyone. You did not leave it yourself; you can rejoin when it starts again.',
  roomRemovedBody: 'This page no longer names a room, so you left the meeting.',
  redirecting: 'Taking you to {origin}…',
  loggedOutTitle: 'You are signed out',
  loggedOutBody: 'Your sign-in has been forgotten on this page.',
  expiringNotice: 'Your sign-in expires in {time}. The meeting goes on, but if the connection drops you will need to sign in again.',
  expiredNotice: 'Your sign-in has expired. The meeting goes on, but if the connection drops you will need to sign in again.',
  redirectRefused: 'MeetGate did not open {shown}: {why}',
  tokenSourceFailed: 'No sign-in could be obtained from {sources}.',
  signIn: 'Sign in',
  signInAgain: 'Sign in again',
  tryAgain: 'Try again',
  checkNow: 'Check now',
  leave: 'Leave',
  rejoin: 'Rejoin',
  signOut: 'Leave and sign out',
  stayHere: 'Stay on this page',
  goNow: 'Go to {origin} now',
  cardLabel: 'Your meeting pass',
  cardShow: 'Show details',
  cardHide: 'Hide details',
  chipTimeLeft: '· {time} left',
  renewedNote: 'Renewed — valid until {time}',
  cardNoName: 'No name in the pass',
  verified: 'Signature verified',
  unverified: 'Unverified',
  unverifiedExplain: 'Read in your browser; only the meeting server checks the signature.',
  roomLabel: 'Room',
  anyRoom: 'any room',
  roomPattern: 'rooms matching {pattern}',
  timeLeftLabel: 'Time left',
  noExpiry: 'does not expire',
  expired: 'expired',
  featuresOn: 'Allowed',
  featuresOff: 'Not allowed',
  featuresNone: 'Jitsi defaults',
  serverRole: 'In the meeting: {role}',
  fullReport: 'Full inspection report',
  noFindings: 'No problems found.',
  claimsLabel: 'Claims',
  durationHours: '{h} h {m} min',
  durationMinutes: '{m} min {s} s',
  durationSeconds: '{s} s',
  roles: { owner: 'Owner', moderator: 'Moderator', member: 'Member', guest: 'Guest' } as Record<TokenRole, string>,
  severities: { error: 'Error', warning: 'Warning', info: 'Note' } as Record<Severity, string>,
  sources: { prop: 'this page', provider: 'the site', link: 'the link', 'post-message': 'the portal page', extension: 'the MeetGate extension' } as Record<
    TokenSourceKind,
    string
  >,
  refusals: {
    'invalid-url': 'the address is not valid.',
    scheme: 'that kind of link is never followed.',
    credentials: 'the address contains a user name or password.',
    origin: 'it is not on the list of allowed sites.',
  } as Record<RedirectRefusal, string>,
  rejection: {
    expired: 'Your sign-in has expired.',
    'not-yet-valid': 'Your sign-in is not valid yet. Check the clock of this computer.',
    'bad-signature': 'The meeting server could not confirm your sign-in: it was signed with a key or secret the server does not use.',
    'untrusted-issuer': 'Your sign-in comes from a service this meeting server does not trust.',
    'wrong-audience': 'Your sign-in is meant for another service.',
    'unreadable-token': 'The meeting server could not read your sign-in.',
    'key-unavailable': 'The meeting server could not get the key to check your sign-in. Try again in a moment.',
    'missing-claim': 'Your sign-in lacks information the meeting server needs.',
    'room-mismatch': 'Your sign-in is for another room or another server.',
    'auth-required': 'This room needs a sign-in.',
    banned: 'You are not allowed to join this meeting server.',
    'lobby-denied': 'A moderator declined your request to join.',
    'meeting-full': 'The meeting is full: it has as many participants as this server allows. Try again later.',
    refused: 'The meeting server refused your sign-in.',
    'no-answer':
      'The meeting did not start in time, and the server did not say why: older Jitsi servers tell this page nothing when they refuse a sign-in. The room may also be waiting for its host.',
  } as Record<RejectionCode, string>,
  features: {
    branding: 'Branding',
    calendar: 'Calendar',
    'create-polls': 'Polls',
    'file-upload': 'File upload',
    flip: 'Flip',
    'inbound-call': 'Inbound calls',
    'list-visitors': 'Visitor list',
    livestreaming: 'Live streaming',
    'live-translation': 'Live translation',
    lobby: 'Lobby',
    moderation: 'Moderation',
    'outbound-call': 'Outbound calls',
    recording: 'Recording',
    room: 'Room',
    'screen-sharing': 'Screen sharing',
    'send-groupchat': 'Group chat',
    'send-private-message': 'Private messages',
    'sip-inbound-call': 'SIP inbound',
    'sip-outbound-call': 'SIP outbound',
    transcription: 'Transcription',
    'name-readonly': 'Fixed name',
    lobby_bypass: 'Skips the lobby',
  } as Record<FeatureName, string>,
  ...faultStrings,
  ...scriptStrings,
  ...providerStrings,
  ...selfStrings,
};

/** The table's type. */
export type MeetingStrings = typeof defaultStrings;

/** What a host may pass: any subset, nested tables included. */
export type MeetingStringsOverride = { [K in keyof MeetingStrings]?: MeetingStrings[K] extends string ? string : Partial<MeetingStrings[K]> };

/** The defaults with `override` applied (one level deep for the nested tables). */
export function mergeStrings(override: MeetingStringsOverride | undefined): MeetingStrings {
  if (!override) return defaultStrings;
  const merged: Record<string, unknown> = { ...defaultStrings };
  for (const [key, value] of Object.entries(override)) {
    if (!Object.prototype.hasOwnProperty.call(defaultStrings, key) || value === undefined) continue;
    const base = (defaultStrings as Record<string, unknown>)[key];
    if (typeof base === 'string' && typeof value === 'string') merged[key] = value;
    else if (typeof base === 'object' && typeof value === 'object' && value !== null) merged[key] = { ...base, ...value };
  }
  return merged as MeetingStrings;
}

/** Fills `{name}` placeholders in one pass: an inserted value is never scanned again. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match));
}

/** A duration in words: "1 h 05 min", "4 min 10 s", "12 s". */
export function formatDuration(ms: number, strings: MeetingStrings): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return format(strings.durationHours, { h, m: String(m).padStart(2, '0') });
  if (m > 0) return format(strings.durationMinutes, { m, s });
  return format(strings.durationSeconds, { s });
}
