/**
 * The meeting page's DOM: status line, participant list with Kick buttons for moderators, and the
 * Hang up / End meeting buttons. Text only goes in through textContent.
 */
import type { ParticipantView } from '../protocol.js';

/** The page's visible states (also `data-state` on <main>, for tests and styles). */
export type ViewState = 'connecting' | 'waiting' | 'joined' | 'reconnecting' | 'left' | 'kicked' | 'ended' | 'refused' | 'failed';

/** What the buttons do. */
export interface ViewActions {
  onHangup(): void;
  onEnd(): void;
  onKick(participantId: string): void;
  /** Cuts this page's own connection, so a person can watch the rejoin a network failure causes. */
  onDrop(): void;
}

/** Renders the meeting page. */
export interface MeetingView {
  setRoom(name: string): void;
  setState(state: ViewState, status: string): void;
  /** Shows the people in the meeting; Kick buttons and End meeting appear for moderators. */
  setParticipants(selfId: string, people: ParticipantView[], moderator: boolean): void;
}

function element<T extends HTMLElement>(doc: Document, id: string): T {
  const found = doc.getElementById(id);
  if (!found) throw new Error(`The meeting page lacks #${id}`);
  return found as T;
}

/** Binds the view to the meeting page's elements. */
export function createMeetingView(doc: Document, actions: ViewActions): MeetingView {
  const main = element(doc, 'meeting');
  const title = element(doc, 'room-title');
  const status = element(doc, 'status');
  const people = element(doc, 'people');
  const list = element<HTMLUListElement>(doc, 'participants');
  const buttons = element(doc, 'actions');
  const endButton = element<HTMLButtonElement>(doc, 'end-meeting');
  element(doc, 'hangup').addEventListener('click', () => actions.onHangup());
  element(doc, 'drop-connection').addEventListener('click', () => actions.onDrop());
  endButton.addEventListener('click', () => actions.onEnd());
  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button[data-participant-id]');
    const id = button?.getAttribute('data-participant-id');
    if (id) actions.onKick(id);
  });

  function row(person: ParticipantView, self: boolean, canKick: boolean): HTMLLIElement {
    const item = doc.createElement('li');
    item.dataset.participantId = person.id;
    const name = doc.createElement('span');
    name.textContent = self ? `${person.displayName} (you)` : person.displayName;
    item.append(name);
    if (person.role === 'moderator') {
      const role = doc.createElement('span');
      role.className = 'role';
      role.textContent = 'moderator';
      item.append(role);
    }
    if (canKick) {
      const kick = doc.createElement('button');
      kick.type = 'button';
      kick.dataset.participantId = person.id;
      kick.textContent = `Kick ${person.displayName}`;
      item.append(kick);
    }
    return item;
  }

  return {
    setRoom(name) {
      title.textContent = name;
      doc.title = `${name} — Jitsi simulator`;
    },
    setState(state, text) {
      main.dataset.state = state;
      status.textContent = text;
      const live = state === 'joined' || state === 'waiting' || state === 'reconnecting';
      buttons.hidden = !live;
      people.hidden = state !== 'joined' && state !== 'reconnecting';
      if (!live) list.replaceChildren();
    },
    setParticipants(selfId, everyone, moderator) {
      list.replaceChildren(...everyone.map((person) => row(person, person.id === selfId, moderator && person.id !== selfId)));
      endButton.hidden = !moderator;
    },
  };
}
