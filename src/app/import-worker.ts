/**
 * The import's reader thread: reads, normalises, checks, serialises and hashes the rows of a
 * dataset file (`import-rows.ts`) and posts them to the writer in batches, in file order. At
 * most `inFlight` batches are ever unacknowledged, so a slow writer stops the reader and
 * memory stays bounded whatever the file size. Started by `import-thread.ts`; the messages
 * are typed there.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ActorRegistry } from '../actors/registry.ts';
import { RegistryLinker } from '../ingest/actor-linker.ts';
import { datasetFormat } from '../ingest/datasets/index.ts';
import { DelimitedFileReader } from '../ingest/reader.ts';
import { rowOutcomes, wirePending, type RowOutcome } from './import-rows.ts';
import { errorMessage, type FromReader, type ReaderInput, type WireOutcome } from './import-thread.ts';

const port = parentPort!;
const input = (workerData as { input: ReaderInput }).input;

let credits = input.inFlight;
let wake: (() => void) | undefined;
port.on('message', (message: { type: 'ack' }) => {
  if (message.type !== 'ack') return;
  credits++;
  wake?.();
  wake = undefined;
});

function post(message: FromReader): void {
  port.postMessage(message);
}

async function send(rows: WireOutcome[], reader: DelimitedFileReader): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  post({ type: 'rows', rows, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes });
}

function wire(outcome: RowOutcome): WireOutcome {
  return outcome.outcome === 'pending' ? { ...outcome, pending: wirePending(outcome.pending) } : outcome;
}

async function run(): Promise<void> {
  const format = datasetFormat(input.options.format);
  const linker = new RegistryLinker(ActorRegistry.from(input.actors), input.links);
  const reader = new DelimitedFileReader(input.options.file, {
    delimiter: format.layout.delimiter,
    quote: format.layout.quote,
    ...(input.options.encoding === undefined ? {} : { encoding: input.options.encoding }),
  });
  let rows: WireOutcome[] = [];
  const outcomes = rowOutcomes(input.options, format, linker, reader, (prepared) =>
    post({ type: 'prepared', prepared }),
  );
  for await (const outcome of outcomes) {
    rows.push(wire(outcome));
    if (rows.length >= input.rowsPerMessage) {
      await send(rows, reader);
      rows = [];
    }
  }
  if (rows.length > 0) await send(rows, reader);
  post({ type: 'done' });
}

// The writer ends this thread once it has read `done` or `error`.
run().catch((error: unknown) => post({ type: 'error', error: errorMessage(error) }));
