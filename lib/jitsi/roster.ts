/**
 * What the host API remembers from the meeting's events, exactly as Jitsi's external_api.js
 * `_setupListeners` keeps it (internxt/meet-web@8d7bf8f, tracking upstream 2026): the
 * participants by id, a participant *count* kept separately (+1 on join, −1 on leave, replaced by
 * the breakout-rooms total), the local id, the visitor flag, the video quality, the on-stage
 * participant and the large/prejoin video visibility. Like Jitsi, leaving the conference removes
 * only the local participant: after a kick the others are still listed.
 */

/** What the host knows about a participant from the events it saw. */
export interface ParticipantInfo {
  participantId: string;
  displayName?: string;
  formattedDisplayName?: string;
  avatarURL?: string;
  email?: string;
}

type Entry = Omit<ParticipantInfo, 'participantId'>;

/** Most participants kept, so a hostile page cannot grow memory without bound. */
const MAX_PARTICIPANTS = 5000;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What a wire event changed that the host must announce itself (Jitsi emits these besides the table). */
export type RosterSignal = 'largeVideoChanged' | 'prejoinVideoChanged' | null;

/** Participants by id and the other state the host API derives from events. */
export class Roster {
  /**
   * @param release `2021`: that host kept only `avatarURL` for the local participant
   * (jitsi/jitsi-meet@b1a3c5c `_setupListeners`); the current one keeps `email` too, even undefined.
   */
  constructor(readonly release: '2021' | '2026' = '2026') {}

  readonly #people = new Map<string, Entry>();
  #count = 0;
  #myUserId: string | undefined;
  #visitor: boolean | undefined;
  #videoQuality: unknown;
  #onStage: string | undefined;
  #largeVideoVisible = false;
  #prejoinVideoVisible = false;

  #entry(id: string): Entry {
    let entry = this.#people.get(id);
    if (!entry) {
      entry = {};
      if (this.#people.size < MAX_PARTICIPANTS) this.#people.set(id, entry);
    }
    return entry;
  }

  /** Jitsi's `this._participants[id] = {...}`: a new entry in the old one's place. */
  #replace(id: string, entry: Entry): void {
    if (this.#people.has(id) || this.#people.size < MAX_PARTICIPANTS) this.#people.set(id, entry);
  }

  /** Applies one wire event; returns the extra host event Jitsi emits for it, if any. */
  apply(wireName: string, data: Record<string, unknown>): RosterSignal {
    const id = text(data.id);
    switch (wireName) {
      case 'video-conference-joined':
        if (id === undefined) return null;
        this.#myUserId = id;
        this.#replace(id, this.release === '2021' ? { avatarURL: text(data.avatarURL) } : { email: text(data.email), avatarURL: text(data.avatarURL) });
        this.#visitor = typeof data.visitor === 'boolean' ? data.visitor : undefined;
        return this.#joined(id, data);
      case 'participant-joined':
        return id === undefined ? null : this.#joined(id, data);
      case 'participant-left':
        this.#count -= 1;
        if (id !== undefined) this.#people.delete(id);
        return null;
      case 'display-name-change': {
        const entry = id === undefined ? undefined : this.#people.get(id);
        if (entry) Object.assign(entry, { displayName: text(data.displayname), formattedDisplayName: text(data.formattedDisplayName) });
        return null;
      }
      case 'email-change': {
        const entry = id === undefined ? undefined : this.#people.get(id);
        if (entry) entry.email = text(data.email);
        return null;
      }
      case 'avatar-changed': {
        const entry = id === undefined ? undefined : this.#people.get(id);
        if (entry) entry.avatarURL = text(data.avatarURL);
        return null;
      }
      case 'on-stage-participant-changed':
        this.#onStage = id;
        return 'largeVideoChanged';
      case 'large-video-visibility-changed':
        this.#largeVideoVisible = data.isVisible === true;
        return 'largeVideoChanged';
      case 'prejoin-screen-loaded':
        if (id !== undefined) this.#replace(id, { displayName: text(data.displayName), formattedDisplayName: text(data.formattedDisplayName) });
        return null;
      case 'on-prejoin-video-changed':
        this.#prejoinVideoVisible = data.isVisible === true;
        return 'prejoinVideoChanged';
      case 'video-conference-left':
        this.#count -= 1;
        if (this.#myUserId !== undefined) this.#people.delete(this.#myUserId);
        return null;
      case 'video-quality-changed':
        this.#videoQuality = data.videoQuality;
        return null;
      case 'breakout-rooms-updated':
        this.#countRooms(data.rooms);
        return null;
      default:
        return null;
    }
  }

  #joined(id: string, data: Record<string, unknown>): null {
    Object.assign(this.#entry(id), { displayName: text(data.displayName), formattedDisplayName: text(data.formattedDisplayName) });
    this.#count += 1;
    return null;
  }

  /** `updateNumberOfParticipants`: the count becomes the participants of every room together. */
  #countRooms(rooms: unknown): void {
    if (typeof rooms !== 'object' || rooms === null || Object.keys(rooms).length === 0) return;
    let total = 0;
    for (const room of Object.values(rooms as Record<string, unknown>)) {
      const participants = (room as { participants?: unknown } | null)?.participants;
      if (typeof participants === 'object' && participants !== null) total += Object.keys(participants).length;
    }
    this.#count = total;
  }

  /** The participant count as Jitsi keeps it (the local participant included). */
  get size(): number {
    return this.#count;
  }

  /** The local participant's id, once joined. */
  get myUserId(): string | undefined {
    return this.#myUserId;
  }

  /** Whether the local participant joined as a visitor (undefined before joining). */
  get visitor(): boolean | undefined {
    return this.#visitor;
  }

  /** The last `videoQuality` the meeting reported. */
  get videoQuality(): unknown {
    return this.#videoQuality;
  }

  /** The participant on stage (large video). */
  get onStage(): string | undefined {
    return this.#onStage;
  }

  /** Whether the large video, and the prejoin video, are shown. */
  get largeVideoVisible(): boolean {
    return this.#largeVideoVisible;
  }

  get prejoinVideoVisible(): boolean {
    return this.#prejoinVideoVisible;
  }

  /** One participant, if known. */
  get(id: string): Entry | undefined {
    const entry = this.#people.get(id);
    return entry ? { ...entry } : undefined;
  }

  /** Copies of every entry, with `participantId`, in the order they were first seen. */
  list(): ParticipantInfo[] {
    return [...this.#people].map(([participantId, entry]) => ({ ...entry, participantId }));
  }

  /** Forgets everything. */
  clear(): void {
    this.#people.clear();
    this.#count = 0;
  }
}
