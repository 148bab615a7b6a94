/**
 * Running the app on Node's HTTP server: listen on a host and port (port 0 picks a free one),
 * report the URL, and close cleanly (open connections are ended, not waited for).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { ConflictError, ValidationError } from '../errors.ts';

/** Where `jirga serve` listens unless told otherwise; loopback only by default. */
export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

export interface RunningServer {
  /** `http://host:port` (loopback shown as localhost). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host: string;
}

export async function listen(app: Pick<Hono, 'fetch'>, options: ListenOptions): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new ConflictError(`port ${options.port} on ${options.host} is in use; choose another with --port`),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new ValidationError(`cannot listen on '${options.host}'`, { field: '--host' }));
      } else reject(error);
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost =
    options.host === '127.0.0.1' || options.host === '0.0.0.0' || options.host === '::'
      ? 'localhost'
      : options.host;
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
