/**
 * The token card: who the pass says you are, your role, what you may do, the room it is valid
 * for and the time left — compact, collapsible, and expandable to the full inspection report.
 * Decoded data is labelled "unverified" unless a key verified it. After a silent renewal it shows
 * the renewed pass (the one a rejoin would use) with a quiet note, never the old one running out.
 *
 * Placement `auto` (the default of `<SecureMeeting>`) never covers the meeting: a side panel docked
 * beside it where the component is wide enough, a one-line chip above it on narrow screens that
 * opens on demand (CSS container queries in styles.tsx decide, so it follows the element's width).
 */
import { useState } from 'react';
import type { TokenInfo } from '../../lib/session/types.js';
import type { Timers } from '../../lib/sources/timers.js';
import { FEATURE_NAMES } from '../../lib/token/features.js';
import { format, formatDuration, type MeetingStrings } from '../strings.js';
import { useNow } from '../use-now.js';
import { avatarToShow, initialsOf } from './avatar.js';
import { InspectionReport } from './InspectionReport.js';

/** Props of `TokenCard`. */
export interface TokenCardProps {
  info: TokenInfo;
  strings: MeetingStrings;
  timers: Timers;
  /** The role the server gave in the meeting (`participantRoleChanged`), when known. */
  serverRole?: string | null;
  /** "Leave and sign out". */
  onSignOut?: () => void;
  placement: 'auto' | 'overlay' | 'panel';
  /** A fresh pass fetched during the meeting: shown instead of `info`, with a "renewed" note. */
  renewed?: TokenInfo | null;
  /**
   * Origins whose avatars load even from an unverified token. Otherwise only a verified token's
   * avatar loads; anyone can craft an unverified one to make this browser call their host.
   */
  avatarOrigins?: readonly string[];
}

/** The room line: a name, "any room", or a pattern. */
function roomText(info: TokenInfo, strings: MeetingStrings): string {
  const room = info.report.room;
  if (room.wildcard) return strings.anyRoom;
  if (room.pattern && room.claim) return format(strings.roomPattern, { pattern: room.claim });
  return room.claim ?? '—';
}

/** "14:05" or "2:05 PM": the reader's own clock. */
function clockTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(ms);
}

/** The card. */
export function TokenCard({ info: used, renewed, strings, timers, serverRole, onSignOut, placement, avatarOrigins }: TokenCardProps) {
  // The chip starts closed: on a phone the meeting comes first.
  const [open, setOpen] = useState(placement !== 'auto');
  const info = renewed ?? used;
  const { report } = info;
  const expiresAt = report.validity.expiresAt?.getTime() ?? null;
  const now = useNow(timers, (open || placement === 'auto') && expiresAt !== null);
  const avatar = avatarToShow(report.user.avatar, { verified: info.verification === 'verified', allowedOrigins: avatarOrigins });
  const name = report.user.name ?? strings.cardNoName;
  const fromToken = FEATURE_NAMES.filter((feature) => report.features[feature].source === 'token');
  const on = fromToken.filter((feature) => report.features[feature].granted);
  const off = fromToken.filter((feature) => !report.features[feature].granted);
  const left = expiresAt === null ? strings.noExpiry : expiresAt > now ? formatDuration(expiresAt - now, strings) : strings.expired;
  return (
    <aside className="meetgate-card" data-meetgate-card={placement} data-meetgate-open={open || undefined} aria-label={strings.cardLabel}>
      <div className="meetgate-card-chip">
        <span className="meetgate-chip-info" aria-hidden={open || undefined}>
          <span>{name}</span>
          <span>{format(strings.chipTimeLeft, { time: left })}</span>
        </span>
        <button type="button" className="meetgate-button meetgate-card-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? strings.cardHide : strings.cardShow}
        </button>
      </div>
      {open || placement === 'auto' ? (
        <div className="meetgate-card-body">
          <div className="meetgate-card-head">
            {avatar ? (
              <img className="meetgate-avatar" src={avatar} alt="" width={40} height={40} referrerPolicy="no-referrer" />
            ) : (
              <span className="meetgate-avatar meetgate-initials" aria-hidden="true" data-meetgate-initials="">
                {initialsOf(report.user.name)}
              </span>
            )}
            <div>
              <p className="meetgate-card-name">{name}</p>
              <span className="meetgate-badge" data-meetgate-role={report.role.value}>
                {strings.roles[report.role.value]}
              </span>{' '}
              <span className="meetgate-badge" data-meetgate-verification={info.verification}>
                {info.verification === 'verified' ? strings.verified : strings.unverified}
              </span>
              {serverRole ? <p className="meetgate-muted">{format(strings.serverRole, { role: serverRole })}</p> : null}
            </div>
          </div>
          <dl className="meetgate-facts">
            <div>
              <dt>{strings.roomLabel}</dt>
              <dd data-meetgate-room="">{roomText(info, strings)}</dd>
            </div>
            <div>
              <dt>{strings.timeLeftLabel}</dt>
              <dd data-meetgate-time-left="">{left}</dd>
            </div>
            {renewed && expiresAt !== null ? (
              <p className="meetgate-muted" role="status" data-meetgate-renewed="">
                {format(strings.renewedNote, { time: clockTime(expiresAt) })}
              </p>
            ) : null}
            <div>
              <dt>{strings.featuresOn}</dt>
              <dd data-meetgate-features="on">{on.length > 0 ? on.map((f) => strings.features[f]).join(', ') : strings.featuresNone}</dd>
            </div>
            {off.length > 0 ? (
              <div>
                <dt>{strings.featuresOff}</dt>
                <dd data-meetgate-features="off">{off.map((f) => strings.features[f]).join(', ')}</dd>
              </div>
            ) : null}
          </dl>
          <InspectionReport info={info} strings={strings} />
          {onSignOut ? (
            <button type="button" className="meetgate-button" data-meetgate-action="sign-out" onClick={onSignOut}>
              {strings.signOut}
            </button>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}
