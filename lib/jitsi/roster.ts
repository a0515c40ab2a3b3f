/**
 * The participant list the host API keeps from the events it sees, as Jitsi's external API does
 * for `getNumberOfParticipants` and `getParticipantsInfo`.
 */

/** What the host knows about a participant from the events it saw. */
export interface ParticipantInfo {
  participantId: string;
  displayName?: string;
  formattedDisplayName?: string;
  avatarURL?: string;
  email?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Participants by id, updated from wire events. */
export class Roster {
  readonly #people = new Map<string, ParticipantInfo>();

  /** Applies one wire event (`video-conference-joined`, `participant-joined`/`-left`, `video-conference-left`). */
  apply(wireName: string, data: Record<string, unknown>): void {
    if (wireName === 'video-conference-left') this.#people.clear();
    const id = text(data.id);
    if (!id) return;
    if (wireName === 'participant-left') this.#people.delete(id);
    if (wireName === 'video-conference-joined' || wireName === 'participant-joined') {
      this.#people.set(id, {
        participantId: id,
        displayName: text(data.displayName),
        formattedDisplayName: text(data.formattedDisplayName),
        avatarURL: text(data.avatarURL),
        email: text(data.email),
      });
    }
  }

  /** How many, the local participant included. */
  get size(): number {
    return this.#people.size;
  }

  /** Copies of every entry. */
  list(): ParticipantInfo[] {
    return [...this.#people.values()].map((info) => ({ ...info }));
  }

  /** Forgets everyone. */
  clear(): void {
    this.#people.clear();
  }
}
