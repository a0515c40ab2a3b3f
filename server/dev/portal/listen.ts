/** Listening on 127.0.0.1 only, with a fallback to any free port when the preferred one is taken. */
import type { Server } from 'node:net';
import type { AddressInfo } from 'node:net';

function tryListen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * Listens on `port` at 127.0.0.1; when that port is in use and `fallback` is set, on a free one.
 * Resolves with the port actually used.
 */
export async function listenOnLoopback(server: Server, port: number, fallback: boolean): Promise<number> {
  try {
    await tryListen(server, port);
  } catch (error) {
    if (!fallback || port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    await tryListen(server, 0);
  }
  return (server.address() as AddressInfo).port;
}
