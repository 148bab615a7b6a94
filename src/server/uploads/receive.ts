/**
 * Receiving an upload: the request body is streamed to a file of its own in a fresh temporary
 * directory, counted as it goes, and never held whole in memory. A body over the limit (by its
 * declared Content-Length, or by the bytes actually sent) is a `PayloadTooLargeError` and
 * leaves nothing behind; so does any failure while writing.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { PayloadTooLargeError, ValidationError } from '../../errors.ts';

export interface ReceivedUpload {
  /** The temporary directory holding the file; remove it when done. */
  dir: string;
  path: string;
  bytes: number;
}

export interface ReceiveOptions {
  /** Where the upload's temporary directory is made. */
  root: string;
  /** The client's file name; only its safe characters are kept. */
  name: string;
  maxBytes: number;
  /** The request's Content-Length, when it sent one. */
  declaredBytes?: number;
}

/** `1.5 MB` style, for messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

function tooLarge(maxBytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `the upload is larger than this server accepts (${megabytes(maxBytes)}; see --max-upload-mb)`,
  );
}

/** The file name without directories, with anything but letters, digits, `.`, `-`, `_` replaced. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  const safe = base.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '');
  return safe === '' ? 'upload' : safe.slice(-120);
}

/** Counts the bytes going through and fails once they pass `maxBytes`. */
class ByteLimit extends Transform {
  bytes = 0;
  exceeded = false;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      this.exceeded = true;
      done(tooLarge(this.maxBytes));
    } else done(null, chunk);
  }
}

export async function receiveUpload(
  body: ReadableStream<Uint8Array> | null,
  options: ReceiveOptions,
): Promise<ReceivedUpload> {
  if (options.declaredBytes !== undefined && options.declaredBytes > options.maxBytes)
    throw tooLarge(options.maxBytes);
  if (body === null) throw new ValidationError('no file in the request body', { field: 'body' });
  const dir = await mkdtemp(join(options.root, 'jirga-upload-'));
  const path = join(dir, safeFileName(options.name));
  const limit = new ByteLimit(options.maxBytes);
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), limit, createWriteStream(path));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (limit.exceeded) throw tooLarge(options.maxBytes);
    throw error;
  }
  if (limit.bytes === 0) {
    await rm(dir, { recursive: true, force: true });
    throw new ValidationError('the uploaded file is empty', { field: 'body' });
  }
  return { dir, path, bytes: limit.bytes };
}
