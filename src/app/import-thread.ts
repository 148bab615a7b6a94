/**
 * Where the writer gets its rows from: the same stream of row outcomes (`import-rows.ts`)
 * read on the writer's own thread (`LocalRowSource`), or on a worker thread that reads and
 * normalises while the writer writes (`ThreadRowSource`, the worker being `import-worker.ts`).
 * The thread's batches arrive in file order and are acknowledged as they are taken, so no more
 * than `IN_FLIGHT` batches wait at any time (back-pressure). The worker registers tsx itself
 * (`typescript-worker.js`), as the CLI does, whatever loader the writer was started with.
 */
import { Worker } from 'node:worker_threads';
import { NotFoundError, ValidationError, type InputLocation } from '../errors.ts';
import type { ActorLinker, DatasetFormat } from '../ingest/datasets/format.ts';
import type { PipelineOptions } from '../ingest/pipeline.ts';
import { DelimitedFileReader } from '../ingest/reader.ts';
import type { Actor } from '../model/index.ts';
import { rowOutcomes, type PreparedRelease, type RowOutcome } from './import-rows.ts';
import { unpackOutcomes, type PackedOutcomes } from './import-wire.ts';

/** The rows of a file in order, the release once settled, and how far the reading got. */
export interface RowSource {
  outcomes(): AsyncGenerator<RowOutcome>;
  readonly prepared: PreparedRelease | undefined;
  readonly bytesRead: number;
  readonly totalBytes: number;
}

/** Reads on the writer's thread. */
export class LocalRowSource implements RowSource {
  prepared: PreparedRelease | undefined;
  private readonly reader: DelimitedFileReader;

  constructor(
    private readonly options: PipelineOptions,
    private readonly format: DatasetFormat,
    private readonly linker: ActorLinker,
  ) {
    this.reader = new DelimitedFileReader(options.file, {
      delimiter: format.layout.delimiter,
      quote: format.layout.quote,
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    });
  }

  get bytesRead(): number {
    return this.reader.bytesRead;
  }

  get totalBytes(): number {
    return this.reader.totalBytes;
  }

  outcomes(): AsyncGenerator<RowOutcome> {
    return rowOutcomes(this.options, this.format, this.linker, this.reader, (prepared) => {
      this.prepared = prepared;
    });
  }
}

/** What the reader thread is started with. */
export interface ReaderInput {
  options: PipelineOptions;
  /** The registry's actors and the dataset's hand links, for the thread's own linker. */
  actors: Actor[];
  links: { name: string; actorId: string }[];
  inFlight: number;
  rowsPerMessage: number;
}

/** Messages from the reader thread. */
export type FromReader =
  | { type: 'prepared'; prepared: PreparedRelease }
  | { type: 'rows'; rows: PackedOutcomes; bytesRead: number; totalBytes: number }
  | { type: 'done' }
  | { type: 'error'; error: WireError };

/** An error as it crosses threads: enough to raise the same `JirgaError` on the writer's side. */
export interface WireError {
  name: string;
  message: string;
  location?: InputLocation;
  notFound?: { what: string; key: string; suggestions: string[] };
}

export function errorMessage(error: unknown): WireError {
  if (error instanceof NotFoundError)
    return {
      name: error.name,
      message: error.message,
      notFound: { what: error.what, key: error.key, suggestions: error.suggestions },
    };
  if (error instanceof ValidationError)
    return { name: error.name, message: error.message, location: error.location };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error the reader thread failed with, as the class it was (its message already names the place). */
export function revivedError(wire: WireError): Error {
  if (wire.notFound !== undefined) {
    const { what, key, suggestions } = wire.notFound;
    return new NotFoundError(what, key, suggestions);
  }
  if (wire.location !== undefined)
    return Object.assign(new ValidationError(wire.message), { location: wire.location });
  return new Error(`the import's reader thread failed: ${wire.message}`);
}

/** Batches waiting for the writer, at most. */
const IN_FLIGHT = 2;
const ROWS_PER_MESSAGE = 250;
const WORKER_ENTRY = new URL('./import-worker.ts', import.meta.url).href;
const TYPESCRIPT_WORKER = new URL('./typescript-worker.js', import.meta.url);

/** Reads on a worker thread. */
export class ThreadRowSource implements RowSource {
  prepared: PreparedRelease | undefined;
  bytesRead = 0;
  totalBytes = 0;

  constructor(
    private readonly options: PipelineOptions,
    private readonly actors: Actor[],
    private readonly links: { name: string; actorId: string }[],
  ) {}

  async *outcomes(): AsyncGenerator<RowOutcome> {
    const input: ReaderInput = {
      options: { ...this.options },
      actors: this.actors,
      links: this.links.map(({ name, actorId }) => ({ name, actorId })),
      inFlight: IN_FLIGHT,
      rowsPerMessage: ROWS_PER_MESSAGE,
    };
    const worker = new Worker(TYPESCRIPT_WORKER, { workerData: { entry: WORKER_ENTRY, input } });
    const queue: FromReader[] = [];
    let failure: Error | undefined;
    let exited = false;
    let wake: (() => void) | undefined;
    const notify = (): void => {
      wake?.();
      wake = undefined;
    };
    worker.on('message', (message: FromReader) => {
      queue.push(message);
      notify();
    });
    worker.on('error', (error: Error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', () => {
      exited = true;
      notify();
    });
    try {
      for (;;) {
        while (queue.length === 0) {
          if (failure !== undefined) throw failure;
          if (exited) throw new Error("the import's reader thread stopped before the end of the file");
          await new Promise<void>((resolve) => (wake = resolve));
        }
        const message = queue.shift()!;
        switch (message.type) {
          case 'prepared':
            this.prepared = message.prepared;
            break;
          case 'rows':
            worker.postMessage({ type: 'ack' });
            this.bytesRead = message.bytesRead;
            this.totalBytes = message.totalBytes;
            yield* unpackOutcomes(message.rows);
            break;
          case 'done':
            return;
          case 'error':
            throw revivedError(message.error);
        }
      }
    } finally {
      await worker.terminate();
    }
  }
}
