/**
 * Reading a delimited file from disk as a stream of records: the encoding detected in a first
 * streaming pass (or forced), then decoded and parsed chunk by chunk. Memory stays constant
 * whatever the file size; `bytesRead` and `totalBytes` feed progress bars.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { NotFoundError, ValidationError } from '../errors.ts';
import { DelimitedParser, type DelimitedOptions, type RawRecord } from './csv.ts';
import { ByteDecoder, EncodingSniffer, type Encoding } from './encoding.ts';

const CHUNK_BYTES = 1 << 16;

/** Reads the whole file once, in chunks, and names its encoding. */
export async function detectFileEncoding(path: string): Promise<Encoding> {
  const sniffer = new EncodingSniffer();
  for await (const chunk of openStream(path)) sniffer.feed(chunk as Buffer);
  return sniffer.verdict();
}

export interface ReaderOptions extends Omit<DelimitedOptions, 'file'> {
  /** Forces the encoding; detected when omitted. */
  encoding?: Encoding;
}

/** A delimited file read record by record. */
export class DelimitedFileReader {
  bytesRead = 0;
  totalBytes = 0;
  encoding: Encoding = 'utf-8';

  constructor(
    readonly path: string,
    private readonly options: ReaderOptions,
  ) {}

  async *records(): AsyncGenerator<RawRecord> {
    this.totalBytes = await fileSize(this.path);
    this.encoding = this.options.encoding ?? (await detectFileEncoding(this.path));
    const decoder = new ByteDecoder(this.encoding);
    const parser = new DelimitedParser({ ...this.options, file: this.path });
    for await (const chunk of openStream(this.path)) {
      const bytes = chunk as Buffer;
      this.bytesRead += bytes.length;
      yield* parser.push(decoder.decode(bytes));
    }
    yield* parser.push(decoder.end());
    yield* parser.end();
  }
}

/** The first record of a file (its header, for most formats), or undefined for an empty file. */
export async function readFirstRecord(path: string, options: ReaderOptions): Promise<RawRecord | undefined> {
  const decoder = new ByteDecoder(options.encoding ?? 'utf-8');
  const parser = new DelimitedParser({ ...options, file: path });
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) {
      const [first] = parser.push(decoder.decode(chunk as Buffer));
      if (first !== undefined) return first;
    }
    return parser.end()[0];
  } finally {
    stream.destroy();
  }
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ValidationError('not a regular file', { file: path });
    return info.size;
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new NotFoundError('file', path);
  }
}

function openStream(path: string): AsyncIterable<Buffer | string> {
  return createReadStream(path, { highWaterMark: CHUNK_BYTES });
}
