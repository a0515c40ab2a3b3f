/**
 * Fault injection: what a deployment does on a bad day, so that every way a meeting can break is
 * an end-to-end test. Controls (in process and over HTTP at `/_simulator/control/fault-<name>`):
 * cut every connection so that no page can resume (as after a shard failover — Jitsi's page then
 * reports a fatal `connection.droppedError` and shows its page-reload overlay), stop answering
 * for N seconds, serve `external_api.js` with an error status or slowly, answer the meeting page
 * with an error status (a broken reverse proxy's 502).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** How `/external_api.js` is served. */
export type ScriptFault = { kind: 'ok' } | { kind: 'status'; status: number } | { kind: 'slow'; delayMs: number };
/** How the meeting page is served. */
export type PageFault = { kind: 'ok' } | { kind: 'status'; status: number };

/** The fault controls. */
export interface FaultControl {
  /** Cuts every connection; no page can resume its session. Returns how many people were cut off. */
  dropAll(): number;
  /**
   * The deployment stops answering for `seconds`: live connections are cut and every new request
   * and socket is reset (`reset`, the default: the server is gone), or left unanswered (`hang`).
   */
  outage(seconds: number, mode?: 'reset' | 'hang'): void;
  /** Serves `/external_api.js` normally, with an error status, or after a delay. */
  externalApi(fault: ScriptFault): void;
  /** Serves the meeting page normally or with an error status. */
  meetingPage(fault: PageFault): void;
  /** Ends every fault (an outage too). */
  clear(): void;
}

/** What the faults act on, supplied by the server. */
export interface FaultTargets {
  /** Forgets every room and terminates every socket; returns the ids of the people cut off. */
  dropEveryone(): string[];
  /** Terminates every socket (people may resume). */
  cutSockets(): void;
  now(): number;
}

const MAX_OUTAGE_S = 120;
const MAX_DELAY_MS = 120_000;

/** The fault state and the gates the server consults. */
export class Faults implements FaultControl {
  readonly #unresumable = new Set<string>();
  #outageUntil = 0;
  #mode: 'reset' | 'hang' = 'reset';
  #held = new Set<Duplex>();
  #script: ScriptFault = { kind: 'ok' };
  #page: PageFault = { kind: 'ok' };
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly targets: FaultTargets) {}

  dropAll(): number {
    const ids = this.targets.dropEveryone();
    for (const id of ids) this.#unresumable.add(id);
    return ids.length;
  }

  outage(seconds: number, mode: 'reset' | 'hang' = 'reset'): void {
    const ms = Math.min(Math.max(0, seconds), MAX_OUTAGE_S) * 1000;
    this.#outageUntil = this.targets.now() + ms;
    this.#mode = mode;
    this.targets.cutSockets();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#endOutage(), ms);
    this.#timer.unref?.();
  }

  externalApi(fault: ScriptFault): void {
    this.#script = fault.kind === 'slow' ? { kind: 'slow', delayMs: Math.min(Math.max(0, fault.delayMs), MAX_DELAY_MS) } : fault;
  }

  meetingPage(fault: PageFault): void {
    this.#page = fault;
  }

  clear(): void {
    this.#script = { kind: 'ok' };
    this.#page = { kind: 'ok' };
    this.#unresumable.clear();
    this.#endOutage();
  }

  /** Whether a page resuming as `participantId` must be told its session is gone. */
  resumeRefused(participantId: string): boolean {
    return this.#unresumable.has(participantId);
  }

  /** During an outage: swallows the request or socket (true), else lets it through (false). */
  swallow(socket: Duplex): boolean {
    if (this.targets.now() >= this.#outageUntil) return false;
    if (this.#mode === 'reset') socket.destroy();
    else {
      this.#held.add(socket);
      socket.once('close', () => this.#held.delete(socket));
    }
    return true;
  }

  /** Serves `external_api.js` as the fault says; false when it should be served normally (after any delay). */
  async script(response: ServerResponse): Promise<boolean> {
    const fault = this.#script;
    if (fault.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs).unref?.());
    if (fault.kind !== 'status') return false;
    response.writeHead(fault.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(errorPage(fault.status));
    return true;
  }

  /** Serves the meeting page's fault, or false. */
  page(response: ServerResponse): boolean {
    const fault = this.#page;
    if (fault.kind !== 'status') return false;
    response.writeHead(fault.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(errorPage(fault.status));
    return true;
  }

  /** Stops the timers and releases held sockets (the simulator is stopping). */
  dispose(): void {
    this.#endOutage();
  }

  #endOutage(): void {
    this.#outageUntil = 0;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    for (const socket of this.#held) socket.destroy();
    this.#held.clear();
  }
}

const REASONS: Record<number, string> = {
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An nginx-like error page: what a person sees in the frame when the proxy in front of Jitsi fails. */
function errorPage(status: number): string {
  const text = `${status} ${REASONS[status] ?? 'Error'}`;
  return `<html>\n<head><title>${text}</title></head>\n<body>\n<center><h1>${text}</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n`;
}

/** Reads a fault request body into a call on `faults`; null when it is not one. */
export function faultAction(action: string, body: Record<string, unknown>, faults: FaultControl): (() => unknown) | null {
  const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
  const status = num(body.status, 0);
  const validStatus = Number.isInteger(status) && status >= 400 && status <= 599;
  switch (action) {
    case 'fault-drop-all':
      return () => faults.dropAll();
    case 'fault-outage':
      return () => faults.outage(num(body.seconds, 10), body.mode === 'hang' ? 'hang' : 'reset');
    case 'fault-external-api':
      if (body.delayMs !== undefined) return () => faults.externalApi({ kind: 'slow', delayMs: num(body.delayMs, 0) });
      return () => faults.externalApi(validStatus ? { kind: 'status', status } : { kind: 'ok' });
    case 'fault-meeting-page':
      return () => faults.meetingPage(validStatus ? { kind: 'status', status } : { kind: 'ok' });
    case 'fault-clear':
      return () => faults.clear();
    default:
      return null;
  }
}

/** Whether this request is the HTTP control API (which keeps answering during an outage). */
export function isControlRequest(request: IncomingMessage): boolean {
  return (request.url ?? '').startsWith('/_simulator/control/');
}
