/**
 * `startSimulator`: a small, honest stand-in for a token-secured Jitsi deployment, over HTTPS on
 * 127.0.0.1 with a certificate of its own. Browsers reach it under the simulated domain through
 * Chromium's `--host-resolver-rules` (see `hostResolverRule`).
 */
import { createReleaseSetting } from './release.js';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { readExternalApiFile, warmAssets } from './assets.js';
import { createCertificate, spkiHash } from './certificate.js';
import { createControl, type SimulatorControl } from './control.js';
import { Faults, isControlRequest, type FaultControl } from './faults.js';
import { resolveOptions, type SimulatorOptions } from './options.js';
import { MAX_MESSAGE_BYTES, SOCKET_PATH } from './protocol.js';
import { Rooms } from './rooms.js';
import { route } from './routes.js';
import { serveSession } from './session.js';
import { createKeyResolver } from './token-keys.js';

/** A running simulator. */
export interface Simulator {
  /** Reachable from Node directly: `https://127.0.0.1:<port>/`. */
  url: string;
  /** What a browser with the host-resolver rule uses: `https://<domain>`. */
  origin: string;
  domain: string;
  port: number;
  /** Chromium flag value mapping the domain to this server: `MAP <domain> 127.0.0.1:<port>`. */
  hostResolverRule: string;
  /** The self-signed certificate, for clients that want to trust exactly it. */
  certificatePem: string;
  /** Its public-key pin for Chromium: `--ignore-certificate-errors-spki-list=<this>` trusts exactly this server. */
  certificateSpki: string;
  /** Bearer secret of the HTTP control API at `/_simulator/control/<action>`. */
  controlSecret: string;
  control: SimulatorControl;
  /** Fault injection: cut everyone without resume, outages, a failing `external_api.js` or meeting page. */
  faults: FaultControl;
  /** Closes every connection and the server. */
  stop(): Promise<void>;
}

/** Starts the simulator and resolves once it listens. */
export async function startSimulator(input: SimulatorOptions): Promise<Simulator> {
  const options = resolveOptions(input);
  const [certificate, externalApi] = await Promise.all([
    createCertificate(options.domain),
    options.externalApiFile ? readExternalApiFile(options.externalApiFile) : null,
    warmAssets(),
  ]);
  const rooms = new Rooms(options);
  const server = createServer({ key: certificate.key, cert: certificate.cert });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const controlSecret = randomBytes(24).toString('base64url');
  const hosts = new Set<string>();

  function restart(): void {
    rooms.clear();
    for (const client of sockets.clients) client.terminate();
  }
  const release = createReleaseSetting(options.release);
  const control = createControl(rooms, restart, release);
  const faults = new Faults({
    dropEveryone() {
      const everyone = rooms.clear().map((participant) => participant.id);
      for (const client of sockets.clients) client.terminate();
      return everyone;
    },
    cutSockets: () => sockets.clients.forEach((client) => client.terminate()),
    now: () => Date.now(),
  });
  const context = { options, resolveKey: createKeyResolver(options), rooms, faults };

  server.on('request', (request, response) => {
    if (!isControlRequest(request) && faults.swallow(request.socket)) return;
    route(request, response, {
      domain: options.domain,
      hosts,
      control,
      controlSecret,
      faults,
      reloadOverlaySeconds: options.reloadOverlaySeconds,
      release: release.get,
      logCollector: release.logCollector,
      externalApi,
    }).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.on('upgrade', (request, socket, head) => {
    if (faults.swallow(socket)) return;
    const { pathname } = new URL(request.url ?? '/', 'https://simulator.invalid');
    const host = (request.headers.host ?? '').toLowerCase();
    // Only the meeting page itself may open the socket (cross-site WebSocket hijacking guard).
    if (pathname !== SOCKET_PATH || !hosts.has(host) || request.headers.origin !== `https://${host}`) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveSession(ws, context));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  for (const host of [options.domain, `${options.domain}:${port}`, `127.0.0.1:${port}`, `localhost:${port}`]) hosts.add(host);

  let stopped: Promise<void> | null = null;
  const lifetime = options.lifetimeMs > 0 ? setTimeout(() => void stop(), options.lifetimeMs) : null;
  lifetime?.unref();
  function stop(): Promise<void> {
    stopped ??= new Promise<void>((resolve) => {
      if (lifetime) clearTimeout(lifetime);
      faults.dispose();
      restart();
      sockets.close();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return stopped;
  }

  return {
    url: `https://127.0.0.1:${port}/`,
    origin: `https://${options.domain}`,
    domain: options.domain,
    port,
    hostResolverRule: `MAP ${options.domain} 127.0.0.1:${port}`,
    certificatePem: certificate.cert,
    certificateSpki: spkiHash(certificate.cert),
    controlSecret,
    control,
    faults,
    stop,
  };
}
