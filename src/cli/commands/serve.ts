/**
 * `jirga serve [--port N] [--host [ADDRESS]]`: the HTTP API and the web workbench on the
 * configured store (`--db`, PostgreSQL included), until SIGINT or SIGTERM. Builds the web app
 * first when it is missing or stale (`--no-build` skips that). Port: `--port`, else
 * `$JIRGA_PORT`, else 8787; host: 127.0.0.1 unless `--host` says otherwise.
 */
import { Command } from 'commander';
import { withStore, type SessionOptions } from '../../app/session.ts';
import { ValidationError } from '../../errors.ts';
import {
  createApp,
  DEFAULT_HOST,
  DEFAULT_MAX_UPLOAD_MB,
  DEFAULT_PORT,
  ensureWebBuilt,
  listen,
  type RunningServer,
} from '../../server/index.ts';
import type { Store } from '../../store/store.ts';
import { sessionOf, write } from '../common.ts';

export interface ServeOptions {
  port?: number;
  /** `true` when `--host` is given without an address: every interface. */
  host?: string | true;
  build: boolean;
  /** Largest upload accepted, in MB. */
  maxUploadMb?: number;
}

export function parsePort(value: string, field = '--port'): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new ValidationError(`expected a port number 0–65535, got '${value}'`, { field });
  }
  return Number(value);
}

export function parseMegabytes(value: string, field = '--max-upload-mb'): number {
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw new ValidationError(`expected a size in MB above 0, got '${value}'`, { field });
  }
  return Number(value);
}

/** `--port`, else `$JIRGA_PORT`, else 8787. */
export function portOf(options: { port?: number }, env: NodeJS.ProcessEnv = process.env): number {
  if (options.port !== undefined) return options.port;
  const fromEnv = env.JIRGA_PORT;
  return fromEnv !== undefined && fromEnv !== '' ? parsePort(fromEnv, 'JIRGA_PORT') : DEFAULT_PORT;
}

export function hostOf(options: { host?: string | true }): string {
  if (options.host === undefined) return DEFAULT_HOST;
  return options.host === true ? '0.0.0.0' : options.host;
}

/** Resolves on the first SIGINT or SIGTERM. */
export function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Builds the web app if needed, opens the store, serves until a stop signal, and closes the
 * server and then the store. `ready` says what to print once listening.
 */
export async function serveWorkbench(
  session: SessionOptions,
  options: ServeOptions,
  ready: (server: RunningServer, store: Store) => Promise<string>,
): Promise<void> {
  const port = portOf(options);
  const host = hostOf(options);
  if (options.build) {
    write('Checking the web workbench…\n');
    if (await ensureWebBuilt()) write('Built the web workbench.\n');
  }
  await withStore(session, async (store) => {
    const stopped = untilStopSignal();
    const maxUploadBytes = Math.round((options.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024);
    const server = await listen(createApp({ store, maxUploadBytes }), { port, host });
    write(await ready(server, store));
    const signal = await stopped;
    write(`\n${signal}: stopping…\n`);
    await server.close();
  });
  write('Stopped.\n');
}

export function withServeOptions(command: Command): Command {
  return command
    .option(
      '--port <n>',
      `port to listen on (default: $JIRGA_PORT or ${DEFAULT_PORT}; 0 picks a free one)`,
      (v) => parsePort(v),
    )
    .option(
      '--host [address]',
      `address to listen on (default ${DEFAULT_HOST}; --host alone: every interface)`,
    )
    .option('--no-build', 'do not build the web app even when it is missing or stale')
    .option(
      '--max-upload-mb <n>',
      `largest dataset or document upload accepted, in MB (default ${DEFAULT_MAX_UPLOAD_MB})`,
      (v) => parseMegabytes(v),
    );
}

export function serveCommand(): Command {
  return withServeOptions(
    new Command('serve').description('serve the HTTP API and the web workbench until Ctrl+C'),
  ).action(async (options: ServeOptions, self: Command) => {
    await serveWorkbench(sessionOf(self), options, async (server, store) => {
      return (
        `Jirga is serving ${store.location} at ${server.url}\n` +
        `  workbench ${server.url}/  ·  API reference ${server.url}/api/docs\n` +
        'Press Ctrl+C to stop.\n'
      );
    });
  });
}
