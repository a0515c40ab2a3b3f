/**
 * The same person in two windows: Jitsi lists the other window as just another participant (with
 * a Kick button aimed at oneself). A participant whose `context.user.id` (from presence, Jitsi's
 * `participantJoined` `userContext`) equals this token's user id — or, without ids, whose name
 * equals this token's name — is this person elsewhere; the meeting says so.
 */
import { withState } from './model.js';
import type { SessionEvent, SessionModel } from './types.js';

type ParticipantEvent = Extract<SessionEvent, { type: 'participant-joined' | 'participant-left' }>;

/** Whether the joined participant is the local person in another window. */
export function isSelf(model: SessionModel, event: Extract<SessionEvent, { type: 'participant-joined' }>): boolean {
  const user = model.tokenInfo?.report.user;
  if (!user) return false;
  if (user.id && event.userId) return user.id === event.userId;
  return Boolean(user.name && event.displayName && user.name === event.displayName && !event.userId && !user.id);
}

/** Keeps `selfElsewhere` of `in-meeting` up to date. */
export function selfElsewhere(model: SessionModel, event: ParticipantEvent): SessionModel {
  const state = model.state;
  if (state.status !== 'in-meeting' || event.participantId === state.participantId) return model;
  const current = state.selfElsewhere ?? [];
  if (event.type === 'participant-left') {
    return current.includes(event.participantId) ? withState(model, { ...state, selfElsewhere: current.filter((id) => id !== event.participantId) }) : model;
  }
  if (!isSelf(model, event) || current.includes(event.participantId)) return model;
  return withState(model, { ...state, selfElsewhere: [...current, event.participantId] });
}
