/**
 * The Firefox counterpart of Chromium's `--host-resolver-rules`: Firefox has no flag that maps a
 * host name to a loopback port, so the test profile sends https through this CONNECT proxy on
 * 127.0.0.1, which tunnels exactly one host (the simulated deployment) to the simulator's port and
 * refuses every other. Bounded in time like the other test servers.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** A running proxy. */
export interface ConnectProxy {
  port: number;
  /** Firefox preferences that send https (only) through it. */
  prefs: Record<string, string | number | boolean>;
  stop(): Promise<void>;
}

/** Starts a proxy tunnelling `host:443` to `127.0.0.1:targetPort`. */
export async function startConnectProxy(host: string, targetPort: number, lifetimeMs = 15 * 60_000): Promise<ConnectProxy> {
  const tunnels = new Set<Socket>();
  const server = createServer((_request, response) => {
    response.writeHead(405).end();
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    if (request.url !== `${host}:443`) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stop = async (): Promise<void> => {
    for (const socket of tunnels) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  setTimeout(() => void stop(), lifetimeMs).unref();
  return {
    port,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      // Loopback http (the OpenID provider, the test site) stays direct.
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    },
    stop,
  };
}
