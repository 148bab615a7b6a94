/**
 * The import's reader thread: reads, normalises, checks, serialises and hashes the rows of a
 * dataset file (`import-rows.ts`) and posts them to the writer in batches packed by column
 * (`import-wire.ts`), in file order. At
 * most `inFlight` batches are ever unacknowledged, so a slow writer stops the reader and
 * memory stays bounded whatever the file size. Started by `import-thread.ts`; the messages
 * are typed there.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ActorRegistry } from '../actors/registry.ts';
import { RegistryLinker } from '../ingest/actor-linker.ts';
import { datasetFormat } from '../ingest/datasets/index.ts';
import { DelimitedFileReader } from '../ingest/reader.ts';
import { rowOutcomes } from './import-rows.ts';
import { errorMessage, type FromReader, type ReaderInput } from './import-thread.ts';
import { emptyPack, packOutcome, type PackedOutcomes } from './import-wire.ts';

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

async function send(rows: PackedOutcomes, reader: DelimitedFileReader): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  post({ type: 'rows', rows, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes });
}

async function run(): Promise<void> {
  const format = datasetFormat(input.options.format);
  const linker = new RegistryLinker(ActorRegistry.from(input.actors), input.links);
  const reader = new DelimitedFileReader(input.options.file, {
    delimiter: format.layout.delimiter,
    quote: format.layout.quote,
    ...(input.options.encoding === undefined ? {} : { encoding: input.options.encoding }),
  });
  let rows = emptyPack();
  const outcomes = rowOutcomes(input.options, format, linker, reader, (prepared) =>
    post({ type: 'prepared', prepared }),
  );
  for await (const outcome of outcomes) {
    packOutcome(rows, outcome);
    if (rows.kinds.length >= input.rowsPerMessage) {
      await send(rows, reader);
      rows = emptyPack();
    }
  }
  if (rows.kinds.length > 0) await send(rows, reader);
  post({ type: 'done' });
}

// The writer ends this thread once it has read `done` or `error`.
run().catch((error: unknown) => post({ type: 'error', error: errorMessage(error) }));
