/**
 * The one Jitsi API the session talks to. It is disposed exactly once — whether the session
 * leaves the meeting first or the view unmounts first — and one handed over for a frame that
 * is already gone is disposed at once (the SDK may finish creating it after the person left).
 */
import { listenToMeeting, type MeetingApi } from './jitsi-events.js';
import type { SessionEvent } from './types.js';

/** Holds the current meeting API and its listeners. */
export class MeetingHandle {
  private current: { api: MeetingApi; key: number; detach: () => void } | null = null;

  constructor(private readonly dispatch: (event: SessionEvent) => void) {}

  /** The frame key of the attached API, or null. */
  get key(): number | null {
    return this.current?.key ?? null;
  }

  /** Takes `api` for frame `key` when that is the live frame (`liveKey`); otherwise disposes it. */
  attach(api: MeetingApi, key: number, liveKey: number | null): boolean {
    if (this.current?.api === api) return true;
    if (key !== liveKey || this.current?.key === key) {
      api.dispose();
      return false;
    }
    this.dispose();
    this.current = { api, key, detach: listenToMeeting(api, this.dispatch) };
    return true;
  }

  /** Sends a command to the meeting, if one is attached. */
  command(name: string): void {
    this.current?.api.executeCommand(name);
  }

  /** Removes our listeners and disposes the API (iframe included). Idempotent. */
  dispose(): void {
    const current = this.current;
    this.current = null;
    if (!current) return;
    current.detach();
    current.api.dispose();
  }
}
