/**
 * MeetGateExternalAPI: our own implementation of the host side of Jitsi's IFrame API, a drop-in
 * for `window.JitsiMeetExternalAPI` as @jitsi/react-sdk uses it. It relies on the DOM alone, so an
 * MV3 extension page (which may not load the deployment's remote external_api.js) can hand it to
 * the SDK, and the simulator serves it bundled as /external_api.js.
 */
import { Emitter } from './emitter.js';
import { createMeetingFrame } from './frame.js';
import { buildMeetingUrl, type MeetingUrlOptions } from './meeting-url.js';
import { REQUEST_NAMES, hostEventName, wireCommandName } from './names.js';
import { Roster, type ParticipantInfo } from './roster.js';
import { createTransport, type Transport } from './transport.js';

/** Constructor options, as `new JitsiMeetExternalAPI(domain, options)` takes them. */
export interface ExternalApiOptions extends MeetingUrlOptions {
  width?: number | string;
  height?: number | string;
  /** Where the iframe goes; defaults to `document.body`. */
  parentNode?: HTMLElement;
  /** Called when the meeting page reports `ready`. */
  onload?: () => void;
  invitees?: unknown[];
  sandbox?: string;
}

/** Module-wide instance counter: scope, frame name and hash id all use it, starting at 0 as in Jitsi. */
let nextApiId = 0;

/** The host side of the IFrame API. */
export class MeetGateExternalAPI extends Emitter {
  readonly #frame: HTMLIFrameElement;
  readonly #transport: Transport;
  readonly #onload: (() => void) | undefined;
  readonly #participants = new Roster();
  #disposed = false;

  /** Creates the iframe in `options.parentNode` and opens the postMessage channel to it. */
  constructor(domain: string, options: ExternalApiOptions = {}) {
    super();
    const apiId = nextApiId;
    const url = buildMeetingUrl(domain, options, apiId);
    const parent = options.parentNode ?? document.body;
    const frame = createMeetingFrame(parent, { url, apiId, width: options.width, height: options.height, sandbox: options.sandbox });
    this.#frame = frame;
    this.#onload = options.onload;
    this.#transport = createTransport({
      scope: `jitsi_meet_external_api_${apiId}`,
      target: { postMessage: (message, origin) => frame.contentWindow?.postMessage(message, origin) },
      listenOn: parent.ownerDocument.defaultView ?? window,
      allowedOrigin: new URL(url).origin,
      expectedSource: () => frame.contentWindow,
    });
    this.#transport.onEvent((data) => this.#onEvent(data));
    nextApiId += 1;
    if (Array.isArray(options.invitees) && options.invitees.length > 0) void this.invite(options.invitees).catch(() => undefined);
  }

  #onEvent({ name, ...data }: Record<string, unknown>): boolean {
    if (typeof name !== 'string') return false;
    this.#participants.apply(name, data);
    if (name === 'ready') this.#onload?.();
    const hostName = hostEventName(name);
    if (hostName === null) return false;
    this.emit(hostName, data);
    return true;
  }

  /** Adds a listener (legacy name of `on`). */
  addEventListener(event: string, listener: (...args: any[]) => void): void {
    this.on(event, listener);
  }

  /** Adds one listener per key of `listeners` (legacy). */
  addEventListeners(listeners: Record<string, (...args: any[]) => void>): void {
    for (const [event, listener] of Object.entries(listeners)) this.on(event, listener);
  }

  /** Removes every listener of `event` (legacy). */
  removeEventListener(event: string): void {
    this.removeAllListeners(event);
  }

  /** Removes every listener of each event (legacy). */
  removeEventListeners(events: string[]): void {
    for (const event of events) this.removeAllListeners(event);
  }

  /** Sends a command to the meeting page; unknown names are refused as Jitsi refuses them. */
  executeCommand(name: string, ...args: unknown[]): void {
    const wireName = wireCommandName(name);
    if (wireName === null) {
      console.error('Not supported command name.');
      return;
    }
    if (!this.#disposed) this.#transport.sendEvent({ name: wireName, data: args });
  }

  /** Runs `executeCommand(key, value)` for each entry, as Jitsi does. */
  executeCommands(commands: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(commands)) this.executeCommand(name, value);
  }

  #request(name: string, data: Record<string, unknown> = {}): Promise<any> {
    if (this.#disposed) return Promise.reject(new Error('The meeting API was disposed.'));
    return this.#transport.sendRequest({ name, ...data });
  }

  /** Whether the local microphone is muted. */
  isAudioMuted(): Promise<boolean> {
    return this.#request(REQUEST_NAMES.isAudioMuted);
  }

  /** Whether the local camera is muted. */
  isVideoMuted(): Promise<boolean> {
    return this.#request(REQUEST_NAMES.isVideoMuted);
  }

  /** Whether moderation is on for `mediaType` (default audio). */
  isModerationOn(mediaType = 'audio'): Promise<boolean> {
    return this.#request(REQUEST_NAMES.isModerationOn, { mediaType });
  }

  /** The rooms (main and breakout) with their participants, as the meeting page sees them. */
  getRoomsInfo(): Promise<{ rooms: unknown[] }> {
    return this.#request(REQUEST_NAMES.roomsInfo);
  }

  /** The meeting session id. */
  getSessionId(): Promise<string> {
    return this.#request(REQUEST_NAMES.sessionId);
  }

  /** The deployment's self-description. */
  getDeploymentInfo(): Promise<Record<string, unknown>> {
    return this.#request(REQUEST_NAMES.deploymentInfo);
  }

  /** Invites people (dial-out, where the deployment supports it). */
  invite(invitees: unknown[]): Promise<unknown> {
    return this.#request(REQUEST_NAMES.invite, { invitees });
  }

  /** The meeting iframe. */
  getIFrame(): HTMLIFrameElement {
    return this.#frame;
  }

  /** How many people are in the meeting, the local one included, from the events seen. */
  getNumberOfParticipants(): number {
    return this.#participants.size;
  }

  /** The participants seen so far. */
  getParticipantsInfo(): ParticipantInfo[] {
    return this.#participants.list();
  }

  /** Removes the iframe and every listener, timer and buffer; safe to call twice. */
  dispose(): void {
    if (this.#disposed) return;
    this.emit('_willDispose');
    this.#disposed = true;
    this.#transport.dispose();
    this.removeAllListeners();
    this.#participants.clear();
    this.#frame.remove();
  }
}
