/**
 * MeetGateExternalAPI: our own implementation of the host side of Jitsi's IFrame API, a drop-in
 * for `window.JitsiMeetExternalAPI` as `<SecureMeeting>` and @jitsi/react-sdk use it. It relies on
 * the DOM alone, so an MV3 extension page (which may not load the deployment's remote
 * external_api.js) can install it, and the simulator serves it bundled as /external_api.js.
 *
 * It follows current Jitsi's `modules/API/external/external_api.js` method by method
 * (internxt/meet-web@8d7bf8f, a fork tracking upstream jitsi/jitsi-meet, 2026) and `functions.js`
 * for the device requests (jitsi/jitsi-meet@1c8216e): the same messages both ways, the same
 * events, the same bookkeeping. Differences, on purpose: frames from any window other than the
 * meeting iframe are dropped (Jitsi checks only the origin), hash keys are percent-encoded,
 * room names cannot change the URL's structure (meeting-url.ts), and stored local-storage content
 * never keeps an entry that looks like a token.
 */
import { Emitter } from './emitter.js';
import { createMeetingFrame, parseSize } from './frame.js';
import { browserLocalStorageContent, withoutTokens, type LocalStorageContentStore } from './local-storage-content.js';
import { buildMeetingUrl, type MeetingUrlOptions } from './meeting-url.js';
import { CURRENT_HOST, HOST_2021, type HostProfile } from './host-2021.js';
import { hideLaterMethods } from './host-2021-methods.js';
import { COMMAND_NAMES, EVENT_NAMES, HOST_REQUEST_NAMES } from './names.js';
import { Roster, type ParticipantInfo } from './roster.js';
import { createTransport, type Transport } from './transport.js';

/** Constructor options, as `new JitsiMeetExternalAPI(domain, options)` takes them. */
export interface ExternalApiOptions extends Omit<MeetingUrlOptions, 'appData'> {
  width?: number | string;
  height?: number | string;
  /** Where the iframe goes; defaults to `document.body`. */
  parentNode?: HTMLElement;
  /** Called when the meeting page reports `ready`. */
  onload?: () => void;
  invitees?: unknown[];
  /** Hex key for end-to-end encryption, sent once the conference is joined (experimental in Jitsi). */
  e2eeKey?: string;
  sandbox?: string;
  /** MeetGate only: where `appData.localStorageContent` is kept; the page's localStorage by default. */
  localStorageStore?: LocalStorageContentStore;
  /** MeetGate only: behave like the host script of an older release (`forRelease`); the current one by default. */
  hostProfile?: HostProfile;
}

/** A device as the `devices` requests name it. */
type DeviceKind = 'audioinput' | 'audiooutput' | 'videoinput';

/**
 * How long after the iframe's DOM `load` a page that never said `ready` counts as an older Jitsi
 * app: 2020–21 hosts called `onload` on that DOM event (external_api.js at b1a3c5c), current ones
 * on `ready`, which an older app never sends. A current app says `ready` well within this.
 */
export const LEGACY_ONLOAD_DELAY_MS = 3000;

/** Module-wide instance counter: scope, frame name and hash id all use it, starting at 0 as in Jitsi. */
let nextApiId = 0;

/** Jitsi's `hexToBytes` for the e2ee key. */
function hexToBytes(hex: string): number[] {
  const bytes: number[] = [];
  for (let c = 0; c < hex.length; c += 2) bytes.push(parseInt(hex.substring(c, c + 2), 16));
  return bytes;
}

/** The host side of the IFrame API. */
export class MeetGateExternalAPI extends Emitter {
  readonly #frame: HTMLIFrameElement;
  readonly #transport: Transport;
  readonly #onload: (() => void) | undefined;
  readonly #store: LocalStorageContentStore;
  readonly #roster: Roster;
  readonly #width: number | string | undefined;
  readonly #height: number | string | undefined;
  readonly #profile: HostProfile;
  #e2eeKey: string | undefined;
  #readySeen = false;
  #legacyOnload: ReturnType<typeof setTimeout> | undefined;

  /** Creates the iframe in `options.parentNode` and opens the postMessage channel to it. */
  constructor(domain: string, options: ExternalApiOptions = {}) {
    super();
    const apiId = nextApiId;
    const { parentNode = document.body, width = '100%', height = '100%', localStorageStore } = options;
    this.#store = localStorageStore ?? browserLocalStorageContent();
    this.#profile = options.hostProfile ?? CURRENT_HOST;
    const { release } = this.#profile;
    this.#roster = new Roster(release);
    if (release === '2021') hideLaterMethods(this);
    const url = buildMeetingUrl(domain, { ...options, appData: { localStorageContent: this.#store.read() } }, apiId, release);
    const frame = createMeetingFrame(parentNode, { url, apiId, width, height, sandbox: options.sandbox, allow: this.#profile.allow ?? undefined, release });
    this.#frame = frame;
    // Jitsi keeps the raw sizes that parsed, for resizeLargeVideo.
    this.#width = parseSize(width, release) === undefined ? undefined : width;
    this.#height = parseSize(height, release) === undefined ? undefined : height;
    this.#transport = createTransport({
      scope: `jitsi_meet_external_api_${apiId}`,
      target: { postMessage: (message, origin) => frame.contentWindow?.postMessage(message, origin) },
      listenOn: parentNode.ownerDocument.defaultView ?? window,
      allowedOrigin: new URL(url).origin,
      expectedSource: () => frame.contentWindow,
    });
    if (Array.isArray(options.invitees) && options.invitees.length > 0) void this.invite(options.invitees).catch(() => undefined);
    this.#onload = options.onload;
    this.#e2eeKey = options.e2eeKey;
    if (this.#onload && this.#profile.onloadOnDomLoad) {
      // The 2021 host: `this._frame.onload = onload`, so every DOM load of the frame calls it.
      const onload = this.#onload;
      frame.addEventListener('load', () => onload());
    } else if (this.#onload) {
      frame.addEventListener('load', () => {
        if (this.#readySeen) return;
        clearTimeout(this.#legacyOnload);
        this.#legacyOnload = setTimeout(() => {
          if (!this.#readySeen) this.#onload?.();
        }, LEGACY_ONLOAD_DELAY_MS);
      });
    }
    this.#transport.onEvent((data) => this.#onEvent(data));
    this.#transport.onRequest((data, respond) => {
      // The 2021 host answered no request from the meeting page.
      const known = this.#profile === CURRENT_HOST && typeof data.name === 'string' && Object.hasOwn(HOST_REQUEST_NAMES, data.name);
      const hostName = known ? HOST_REQUEST_NAMES[data.name as string] : undefined;
      if (hostName) this.emit(hostName, { ...data, name: hostName }, respond);
      return hostName !== undefined;
    });
    nextApiId += 1;
  }

  #onEvent({ name, ...data }: Record<string, unknown>): boolean {
    if (typeof name !== 'string') return false;
    if (name === 'ready' && !this.#profile.onloadOnDomLoad) {
      // Fake the iframe onload event because it's not reliable (as Jitsi says).
      this.#readySeen = true;
      clearTimeout(this.#legacyOnload);
      this.#onload?.();
    }
    if (name === 'video-conference-joined' && this.#e2eeKey !== undefined) {
      if (this.#profile === HOST_2021) this.executeCommand('e2eeKey', this.#e2eeKey);
      else this.executeCommand('setMediaEncryptionKey', JSON.stringify({ exportedKey: hexToBytes(this.#e2eeKey), index: 0 }));
      this.#e2eeKey = undefined;
    }
    if (name === 'local-storage-changed') {
      // Internal: stored, never re-emitted.
      this.#store.write(withoutTokens(data.localStorageContent));
      return true;
    }
    const signal = this.#roster.apply(name, data);
    if (signal) this.emit(signal);
    const hostName = this.#hostEventName(name);
    if (hostName === null) return false;
    this.emit(hostName, data);
    return true;
  }

  #hostEventName(wireName: string): string | null {
    const table = this.#profile.events ?? EVENT_NAMES;
    return Object.hasOwn(table, wireName) ? (table[wireName] ?? null) : null;
  }

  #commands(): Readonly<Record<string, string>> {
    return this.#profile.commands ?? COMMAND_NAMES;
  }

  #request(data: Record<string, unknown>): Promise<any> {
    return this.#transport.sendRequest(data);
  }

  #devices(name: string, extra: Record<string, unknown> = {}): Promise<any> {
    return this.#request({ ...extra, type: 'devices', name });
  }

  // ——— listeners (legacy names kept by Jitsi) ———

  /** Adds a listener (legacy name of `on`). */
  addEventListener(event: string, listener: (...args: any[]) => void): void {
    this.on(event, listener);
  }

  /** Adds one listener per key of `listeners` (legacy). */
  addEventListeners(listeners: Record<string, (...args: any[]) => void>): void {
    for (const event in listeners) this.addEventListener(event, listeners[event] as (...args: any[]) => void);
  }

  /** Removes every listener of `event` (legacy). */
  removeEventListener(event: string): void {
    this.removeAllListeners(event);
  }

  /** Removes every listener of each event (legacy). */
  removeEventListeners(events: string[]): void {
    for (const event of events) this.removeEventListener(event);
  }

  // ——— commands ———

  /** Sends a command to the meeting page; unknown names are refused as Jitsi refuses them. */
  executeCommand(name: string, ...args: unknown[]): void {
    const commands = this.#commands();
    const wireName = Object.hasOwn(commands, name) ? (commands[name] ?? null) : null;
    if (wireName === null) {
      console.error('Not supported command name.');
      return;
    }
    this.#transport.sendEvent({ data: args, name: wireName });
  }

  /** Runs `executeCommand(key, value)` for each entry, as Jitsi does. */
  executeCommands(commands: Record<string, unknown>): void {
    for (const name in commands) this.executeCommand(name, commands[name]);
  }

  /** The host command names `executeCommand` accepts. */
  getSupportedCommands(): string[] {
    return Object.keys(this.#commands());
  }

  /** The host event names this API emits from the meeting's events. */
  getSupportedEvents(): string[] {
    return Object.values(this.#profile.events ?? EVENT_NAMES);
  }

  /** Pins a participant on stage (`videoType`: `camera` or `desktop`). */
  pinParticipant(participantId: string, videoType?: string): void {
    this.executeCommand('pinParticipant', participantId, videoType);
  }

  /** Shows a participant on the large video. */
  setLargeVideoParticipant(participantId?: string, videoType?: string): void {
    this.executeCommand('setLargeVideoParticipant', participantId, videoType);
  }

  /** Resizes the large video, only within the iframe's own numeric size (as Jitsi compares). */
  resizeLargeVideo(width: number, height: number): void {
    if (width <= (this.#width as number) && height <= (this.#height as number)) this.executeCommand('resizeLargeVideo', width, height);
  }

  /** Starts a recording or stream (`{ mode, … }`). */
  startRecording(options: Record<string, unknown>): void {
    this.executeCommand('startRecording', options);
  }

  /** Stops a recording or stream. */
  stopRecording(mode: string, transcription?: boolean): void {
    this.executeCommand('stopRecording', mode, transcription);
  }

  /** Turns end-to-end encryption on or off. */
  toggleE2EE(enabled: boolean): void {
    this.executeCommand('toggleE2EE', enabled);
  }

  /** Sets the e2ee key (a CryptoKey, exported raw) and its index; no key clears it. */
  async setMediaEncryptionKey(keyInfo: { key?: CryptoKey; index?: number }): Promise<void> {
    const { key, index } = keyInfo;
    const exportedKey = key ? Array.from(new Uint8Array(await crypto.subtle.exportKey('raw', key))) : false;
    this.executeCommand('setMediaEncryptionKey', JSON.stringify({ exportedKey, index }));
  }

  /** Enables or disables a virtual background with a base64 image. */
  setVirtualBackground(enabled: boolean, backgroundImage?: string): void {
    this.executeCommand('setVirtualBackground', enabled, backgroundImage);
  }

  /** Shows, or hides, the picture-in-picture window. */
  showPiP(): void {
    this.executeCommand('showPiP');
  }

  hidePiP(): void {
    this.executeCommand('hidePiP');
  }

  /** Passes a proxy-connection event to the meeting (room integrations). */
  sendProxyConnectionEvent(event: unknown): void {
    this.#transport.sendEvent({ data: [event], name: 'proxy-connection-event' });
  }

  // ——— requests answered by the meeting page ———

  /** Invites people; an empty or missing list is refused as Jitsi refuses it. */
  invite(invitees: unknown[]): Promise<unknown> {
    if (!Array.isArray(invitees) || invitees.length === 0) return Promise.reject(new TypeError('Invalid Argument'));
    return this.#request({ name: 'invite', invitees });
  }

  captureLargeVideoScreenshot(): Promise<string> {
    return this.#request({ name: 'capture-largevideo-screenshot' });
  }

  captureCameraPicture(cameraFacingMode?: string, descriptionText?: string, titleText?: string): Promise<string> {
    return this.#request({ name: 'capture-camera-picture', cameraFacingMode, descriptionText, titleText });
  }

  getContentSharingParticipants(): Promise<unknown> {
    return this.#request({ name: 'get-content-sharing-participants' });
  }

  getCustomAvatarBackgrounds(): Promise<unknown> {
    return this.#request({ name: 'get-custom-avatar-backgrounds' });
  }

  getDeploymentInfo(): Promise<Record<string, unknown>> {
    return this.#request({ name: 'deployment-info' });
  }

  getLivestreamUrl(): Promise<unknown> {
    return this.#request({ name: 'get-livestream-url' });
  }

  getRoomsInfo(): Promise<{ rooms: unknown[] }> {
    return this.#request({ name: 'rooms-info' });
  }

  getSessionId(): Promise<string> {
    return this.#request({ name: 'session-id' });
  }

  getSharedDocumentUrl(): Promise<unknown> {
    return this.#request({ name: 'get-shared-document-url' });
  }

  isAudioAvailable(): Promise<boolean> {
    return this.#request({ name: 'is-audio-available' });
  }

  isAudioDisabled(): Promise<boolean> {
    return this.#request({ name: 'is-audio-disabled' });
  }

  isAudioMuted(): Promise<boolean> {
    return this.#request({ name: 'is-audio-muted' });
  }

  /** Whether moderation is on for `mediaType`; with none, the request carries none (as in Jitsi). */
  isModerationOn(mediaType?: string): Promise<boolean> {
    return this.#request({ name: 'is-moderation-on', mediaType });
  }

  isP2pActive(): Promise<boolean> {
    return this.#request({ name: 'get-p2p-status' });
  }

  isParticipantForceMuted(participantId: string, mediaType?: string): Promise<boolean> {
    return this.#request({ name: 'is-participant-force-muted', participantId, mediaType });
  }

  isParticipantsPaneOpen(): Promise<boolean> {
    return this.#request({ name: 'is-participants-pane-open' });
  }

  isSharingScreen(): Promise<boolean> {
    return this.#request({ name: 'is-sharing-screen' });
  }

  isStartSilent(): Promise<boolean> {
    return this.#request({ name: 'is-start-silent' });
  }

  isVideoAvailable(): Promise<boolean> {
    return this.#request({ name: 'is-video-available' });
  }

  isVideoMuted(): Promise<boolean> {
    return this.#request({ name: 'is-video-muted' });
  }

  listBreakoutRooms(): Promise<unknown> {
    return this.#request({ name: 'list-breakout-rooms' });
  }

  _isNewElectronScreensharingSupported(): Promise<boolean> {
    return this.#request({ name: '_new_electron_screensharing_supported' });
  }

  _openDesktopPicker(): Promise<unknown> {
    return this.#request({ name: 'open-desktop-picker' });
  }

  // ——— devices (`functions.js`: requests of type `devices`) ———

  /** The devices; `{}` when the meeting cannot tell (Jitsi logs and resolves so). */
  getAvailableDevices(): Promise<Record<string, unknown>> {
    return this.#devices('getAvailableDevices').catch((error: unknown) => {
      console.error(error);
      return {};
    });
  }

  /** The devices in use; `{}` when the meeting cannot tell. */
  getCurrentDevices(): Promise<Record<string, unknown>> {
    return this.#devices('getCurrentDevices').catch((error: unknown) => {
      console.error(error);
      return {};
    });
  }

  isDeviceChangeAvailable(deviceType?: string): Promise<boolean> {
    return this.#devices('isDeviceChangeAvailable', { deviceType });
  }

  /** Deprecated in Jitsi: always true, without asking. */
  isDeviceListAvailable(): Promise<boolean> {
    console.warn('isDeviceListAvailable is deprecated and will be removed in the future. It always returns true');
    return Promise.resolve(true);
  }

  isMultipleAudioInputSupported(): Promise<boolean> {
    return this.#devices('isMultipleAudioInputSupported');
  }

  #setDevice(kind: DeviceKind, label?: string, id?: string): Promise<unknown> {
    return this.#devices('setDevice', { device: { id, kind, label } });
  }

  setAudioInputDevice(label?: string, deviceId?: string): Promise<unknown> {
    return this.#setDevice('audioinput', label, deviceId);
  }

  setAudioOutputDevice(label?: string, deviceId?: string): Promise<unknown> {
    return this.#setDevice('audiooutput', label, deviceId);
  }

  setVideoInputDevice(label?: string, deviceId?: string): Promise<unknown> {
    return this.#setDevice('videoinput', label, deviceId);
  }

  // ——— what the host knows from events ———

  getAvatarURL(participantId: string): string | undefined {
    return this.#roster.get(participantId)?.avatarURL;
  }

  getDisplayName(participantId: string): string | undefined {
    return this.#roster.get(participantId)?.displayName;
  }

  getEmail(participantId: string): string | undefined {
    return this.#roster.get(participantId)?.email;
  }

  _getFormattedDisplayName(participantId: string): string | undefined {
    return this.#roster.get(participantId)?.formattedDisplayName;
  }

  _getOnStageParticipant(): string | undefined {
    return this.#roster.onStage;
  }

  /** The participant count as Jitsi keeps it (the local participant included). */
  getNumberOfParticipants(): number {
    return this.#roster.size;
  }

  /** The participants seen so far, each with its `participantId`. */
  getParticipantsInfo(): ParticipantInfo[] {
    return this.#roster.list();
  }

  /** The last video quality the meeting reported. */
  getVideoQuality(): unknown {
    return this.#roster.videoQuality;
  }

  /** Whether the local participant joined as a visitor (undefined before joining). */
  isVisitor(): boolean | undefined {
    return this.#roster.visitor;
  }

  /** Replaces the participant count with the total of `rooms` (a `breakout-rooms-updated` payload's rooms). */
  updateNumberOfParticipants(rooms: Record<string, unknown>): void {
    this.#roster.apply('breakout-rooms-updated', { rooms });
  }

  /** The meeting iframe. */
  getIFrame(): HTMLIFrameElement {
    return this.#frame;
  }

  /** The large video element (same-origin frames only, as in Jitsi). */
  _getLargeVideo(): HTMLElement | null | undefined {
    const win = this.#frame.contentWindow;
    if (!this.#roster.largeVideoVisible || !win || !win.document) return undefined;
    return win.document.getElementById('largeVideo');
  }

  /** The prejoin video element (same-origin frames only). */
  _getPrejoinVideo(): HTMLElement | null | undefined {
    const win = this.#frame.contentWindow;
    if (!this.#roster.prejoinVideoVisible || !win || !win.document) return undefined;
    return win.document.getElementById('prejoinVideo');
  }

  /** A participant's video element, the local one by default (same-origin frames only). */
  _getParticipantVideo(participantId?: string): Element | null | undefined {
    const win = this.#frame.contentWindow;
    if (!win || !win.document) return undefined;
    if (participantId === undefined || participantId === this.#roster.myUserId) return win.document.getElementById('localVideo_container');
    return win.document.querySelector(`#participant_${participantId} video`);
  }

  /** Removes the iframe and every listener, timer and buffer. */
  dispose(): void {
    clearTimeout(this.#legacyOnload);
    this.emit('_willDispose');
    this.#transport.dispose();
    this.removeAllListeners();
    this.#frame.parentNode?.removeChild(this.#frame);
  }

  /**
   * This class behaving like the host script of Jitsi release `release` (`'2021'`: host-2021.ts;
   * anything else: the current one). The simulator's older-release mode serves it.
   */
  static forRelease(release: string): typeof MeetGateExternalAPI {
    const profile = release === '2021' ? HOST_2021 : CURRENT_HOST;
    return class extends MeetGateExternalAPI {
      constructor(domain: string, options: ExternalApiOptions = {}) {
        super(domain, { ...options, hostProfile: options.hostProfile ?? profile });
      }
    };
  }

  /** This class with every instance keeping its local-storage content in `store` (the extension's per-deployment store). */
  static withLocalStorage(store: LocalStorageContentStore): typeof MeetGateExternalAPI {
    return class extends MeetGateExternalAPI {
      constructor(domain: string, options: ExternalApiOptions = {}) {
        super(domain, { ...options, localStorageStore: options.localStorageStore ?? store });
      }
    };
  }
}
