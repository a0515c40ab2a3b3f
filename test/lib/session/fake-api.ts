/**
 * A stand-in for Jitsi's `JitsiMeetExternalAPI`: an event emitter that records its constructor
 * options, commands, listeners and disposal, and (given a `parentNode`) adds an iframe like the
 * real one does. Placed on `window.JitsiMeetExternalAPI`, the React SDK uses it instead of
 * loading external_api.js.
 */
import type { MeetingApi } from '../../../lib/session/index.js';

type Listener = (payload: unknown) => void;

/** Options the SDK passes to the constructor. */
export interface FakeApiOptions {
  roomName?: string;
  jwt?: string;
  parentNode?: HTMLElement;
  [key: string]: unknown;
}

/** The fake API. `FakeJitsiApi.instances` lists every one created since the last `reset`. */
export class FakeJitsiApi implements MeetingApi {
  static instances: FakeJitsiApi[] = [];

  /** Forgets the instances (between tests). */
  static reset(): void {
    FakeJitsiApi.instances = [];
  }

  /** The newest instance. */
  static get last(): FakeJitsiApi {
    const api = FakeJitsiApi.instances.at(-1);
    if (!api) throw new Error('no JitsiMeetExternalAPI was created');
    return api;
  }

  readonly listeners = new Map<string, Set<Listener>>();
  readonly commands: Array<[string, ...unknown[]]> = [];
  disposeCount = 0;
  iframe: HTMLIFrameElement | null = null;

  constructor(
    readonly domain = 'meet.example.org',
    readonly options: FakeApiOptions = {},
  ) {
    FakeJitsiApi.instances.push(this);
    const parent = options.parentNode;
    if (parent) {
      this.iframe = parent.ownerDocument.createElement('iframe');
      this.iframe.setAttribute('data-fake-jitsi', `${domain}/${options.roomName ?? ''}`);
      parent.appendChild(this.iframe);
    }
  }

  on(event: string, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return this;
  }

  addListener(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  /** Listeners currently registered, over all events (or one). */
  listenerCount(event?: string): number {
    if (event) return this.listeners.get(event)?.size ?? 0;
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }

  /** Fires an event as the iframe would. */
  emit(event: string, payload: unknown = {}): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }

  executeCommand(name: string, ...args: unknown[]): void {
    this.commands.push([name, ...args]);
  }

  /** The iframe, like the real `getIFrame()`. */
  getIFrame(): HTMLIFrameElement | null {
    return this.iframe;
  }

  /**
   * Like the real one (`this._frame.parentNode.removeChild(this._frame)`), a second call throws.
   * Unlike the real one it keeps the listeners, so tests can prove MeetGate removes its own.
   */
  dispose(): void {
    this.disposeCount++;
    if (this.iframe) this.iframe.parentNode!.removeChild(this.iframe);
  }
}
