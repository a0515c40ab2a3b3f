/**
 * The display names the session has seen, so a kick can say who did it on every Jitsi release.
 *
 * Why: `participantKickedOut` names the kicker only since Jitsi added `name` to its KICKED_OUT
 * payload (jitsi/jitsi-meet `react/features/external-api/middleware.ts` at 1726a90, 2025–26:
 * `kicker: { id, name }`); earlier releases, still widely deployed, send `kicker: { id }` only
 * (`middleware.js` at d055cd5, 2020–21). Those releases do announce everyone who joins
 * (`participant-joined` `{ id, displayName, formattedDisplayName }`) and every rename
 * (`display-name-change` `{ id, displayname, formattedDisplayName }` — lower-case `displayname`,
 * `modules/API/API.js notifyDisplayNameChanged`, unchanged across the releases read), so the
 * name is found from those.
 */
import { cleanText, field } from './text.js';

/** Most names kept: a hostile meeting page cannot grow memory without bound. */
const MAX_NAMES = 500;

/** One participant as the host API's `getParticipantsInfo()` lists them. */
export interface ParticipantInfoLike {
  participantId?: unknown;
  displayName?: unknown;
}

/** Participant id → last display name seen. */
export class ParticipantNames {
  readonly #names = new Map<string, string>();

  /** Learns from `participantJoined`, `videoConferenceJoined` and `displayNameChange`. */
  observe(event: string, payload: unknown): void {
    const id = field(payload, 'id');
    if (typeof id !== 'string' || id.length === 0 || id.length > 128) return;
    const raw = event === 'displayNameChange' ? (field(payload, 'displayname') ?? field(payload, 'displayName')) : field(payload, 'displayName');
    const name = cleanText(raw, 80);
    if (name === null) return;
    this.#names.delete(id);
    this.#names.set(id, name);
    if (this.#names.size > MAX_NAMES) this.#names.delete(this.#names.keys().next().value as string);
  }

  /** The name of `id`: seen in events first, else from the host API's participant list. */
  nameOf(id: string, listed?: readonly ParticipantInfoLike[] | null): string | null {
    const seen = this.#names.get(id);
    if (seen !== undefined) return seen;
    if (!Array.isArray(listed)) return null;
    const entry = listed.find((info) => field(info, 'participantId') === id);
    return entry ? cleanText(field(entry, 'displayName'), 80) : null;
  }
}
