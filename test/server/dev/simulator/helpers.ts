/**
 * Helpers for the simulator's tests: real tokens (jose), HTTPS requests that trust exactly the
 * simulator's certificate, and a scripted meeting page speaking the simulator's socket protocol.
 */
import { request } from 'node:https';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import type { Simulator } from '../../../../server/dev/simulator/index.js';
import type { ClientMessage, ServerMessage } from '../../../../server/dev/simulator/protocol.js';

export const APP_ID = 'meetgate';
export const SECRET = 'simulator-test-secret';
export const DOMAIN = 'meet.meetgate.test';

/** Seconds now. */
export const nowS = (): number => Math.floor(Date.now() / 1000);

/** Claims of a correct token for `room`, as `role` (owner via affiliation, member otherwise). */
export function claims(name: string, role: 'owner' | 'member', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: APP_ID,
    aud: APP_ID,
    sub: DOMAIN,
    room: 'standup',
    iat: nowS() - 10,
    exp: nowS() + 3600,
    context: { user: { id: name.toLowerCase(), name, affiliation: role } },
    ...overrides,
  };
}

/** An HS256 token (typ JWT) signed with `secret`. */
export function hsToken(payload: Record<string, unknown>, secret = SECRET, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT', ...header }).sign(new TextEncoder().encode(secret));
}

/** A GET (or other) request to the simulator, trusting only its certificate. */
export function fetchSim(
  sim: Simulator,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: sim.port, path, method: init.method ?? 'GET', headers: init.headers, ca: sim.certificatePem, servername: 'localhost' },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** A scripted meeting page: one socket, every message kept, waits with a deadline. */
export class PageClient {
  readonly messages: ServerMessage[] = [];
  socket!: WebSocket;
  closeCode: number | null = null;
  #waiters: Array<() => void> = [];

  constructor(private readonly sim: Simulator) {}

  /** Opens the socket with the page's own origin. */
  open(origin = `https://127.0.0.1:${this.sim.port}`): Promise<void> {
    this.closeCode = null;
    this.socket = new WebSocket(`wss://127.0.0.1:${this.sim.port}/xmpp-websocket`, { ca: this.sim.certificatePem, origin });
    this.socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as ServerMessage);
      this.#wake();
    });
    this.socket.on('close', (code) => {
      this.closeCode = code;
      this.#wake();
    });
    return new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
  }

  send(message: ClientMessage): void {
    this.socket.send(JSON.stringify(message));
  }

  /** Opens and sends `connect` for `room` with `token`. */
  async join(token: string | null, room = 'standup', tenant: string | null = null, resume?: { id: string; key: string }): Promise<void> {
    await this.open();
    this.send({ type: 'connect', token, room, tenant, ...(resume ? { resume } : {}) });
  }

  /** The first message of `type` at or after index `from`, waiting up to 5 s for it. */
  async next<T extends ServerMessage['type']>(type: T, from = 0): Promise<Extract<ServerMessage, { type: T }>> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = this.messages.slice(from).find((m) => m.type === type);
      if (found) return found as Extract<ServerMessage, { type: T }>;
      if (Date.now() > deadline) throw new Error(`no ${type} message; got ${JSON.stringify(this.messages.map((m) => m.type))}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Waits until the socket is closed and returns the close code. */
  async closed(): Promise<number> {
    const deadline = Date.now() + 5000;
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('socket still open');
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.closeCode;
  }

  close(): void {
    this.socket?.close(1000);
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}
