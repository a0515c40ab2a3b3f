/**
 * The frame every state screen shares: a titled region with a plain explanation and its actions.
 * When a screen replaces another, focus moves to its title so keyboard and screen-reader users
 * land on what changed; on first load focus is left where the host page has it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { MeetingStatus, Notice } from '../../lib/session/types.js';
import type { MeetingActions } from '../meeting-session-types.js';
import { format, type MeetingStrings } from '../strings.js';

/** Props of `Screen`. */
export interface ScreenProps {
  /** The state this screen shows (`data-meetgate-screen`, a hook for host styles and tests). */
  name: MeetingStatus;
  title: string;
  /** Move focus to the title when shown. */
  focus: boolean;
  busy?: boolean;
  children?: ReactNode;
  /** Buttons, in order of preference. */
  actions?: ReactNode;
}

/** A full state screen. */
export function Screen({ name, title, focus, busy, children, actions }: ScreenProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section className="meetgate-screen" data-meetgate-screen={name} aria-labelledby={id} aria-busy={busy || undefined}>
      <div className="meetgate-screen-body">
        <h2 id={id} ref={heading} tabIndex={-1} className="meetgate-title">
          {title}
        </h2>
        {children}
        {actions ? <div className="meetgate-actions">{actions}</div> : null}
      </div>
    </section>
  );
}

/** Props of `Action`. */
export interface ActionProps {
  onClick(): void;
  children: ReactNode;
  /** The main action is styled as primary. */
  primary?: boolean;
  /** A test and styling hook (`data-meetgate-action`). */
  name: string;
}

/** A screen's button: a real `<button>`, reachable and operable by keyboard. */
export function Action({ onClick, children, primary, name }: ActionProps) {
  return (
    <button type="button" className={primary ? 'meetgate-button meetgate-primary' : 'meetgate-button'} data-meetgate-action={name} onClick={onClick}>
      {children}
    </button>
  );
}

/** What a screen waiting on a token source offers: "Try again" first, "Sign in" when the state allows it. */
export function RetryActions({ canSignIn, actions, strings }: { canSignIn: boolean; actions: MeetingActions; strings: MeetingStrings }) {
  return (
    <>
      <Action name="retry" primary onClick={actions.retry}>
        {strings.tryAgain}
      </Action>
      {canSignIn ? (
        <Action name="sign-in" onClick={actions.signIn}>
          {strings.signIn}
        </Action>
      ) : null}
    </>
  );
}

/** The state's quiet notice (a refused redirect, a source that failed), if any. */
export function NoticeText({ notice, strings }: { notice: Notice | null; strings: MeetingStrings }) {
  if (!notice) return null;
  const text =
    notice.kind === 'redirect-refused'
      ? format(strings.redirectRefused, { shown: notice.shown || '—', why: strings.refusals[notice.refusal] })
      : format(strings.tokenSourceFailed, { sources: notice.sources.map((source) => strings.sources[source] ?? source).join(', ') });
  return (
    <p className="meetgate-notice" data-meetgate-notice={notice.kind}>
      {text}
    </p>
  );
}
