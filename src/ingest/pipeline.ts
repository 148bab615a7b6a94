/**
 * From a file to normalised rows: choose the format (named, or detected from the first
 * line), read the header and check the required columns (a missing one is fatal before any
 * row), settle the release, then stream every record through the format's `normalise`.
 * A record with the wrong number of fields is a rejection, not a crash.
 */
import { basename } from 'node:path';
import { ValidationError } from '../errors.ts';
import { DATASET_FORMATS, datasetFormat, detectFormat, type DatasetFormat } from './datasets/index.ts';
import type { ActorLinker, Normalised } from './datasets/format.ts';
import { DatasetRow, HeaderIndex } from './datasets/row.ts';
import type { Encoding } from './encoding.ts';
import { DelimitedFileReader, readFirstRecord } from './reader.ts';

export interface PipelineOptions {
  /** A format name, or 'auto'. */
  format: string;
  file: string;
  encoding?: Encoding;
  /** Overrides the release read from the file. */
  release?: string;
}

/** What the pipeline settled before reading rows. */
export interface PreparedImport {
  format: DatasetFormat;
  release: string;
  sourceId: string;
  encoding: Encoding;
}

export interface NormalisedRow {
  line: number;
  result: Normalised;
}

/** Chooses the format of a file: by name, or by its first line when `name` is 'auto'. */
export async function chooseFormat(name: string, file: string): Promise<DatasetFormat> {
  if (name !== 'auto') return datasetFormat(name);
  const commas = await readFirstRecord(file, { delimiter: ',', quote: '"' });
  const tabs = await readFirstRecord(file, { delimiter: '\t', quote: null });
  return detectFormat({ ',': commas?.fields ?? [], '\t': tabs?.fields ?? [] }, file);
}

/** Every dataset release's Source id starts with this. */
export const DATASET_SOURCE_PREFIX = 'dataset:';

/** The id of the Source standing for one release of a dataset. */
export function datasetSourceId(dataset: string, release: string): string {
  return `${DATASET_SOURCE_PREFIX}${dataset}:${
    release
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unversioned'
  }`;
}

/**
 * Streams the normalised rows of `file`. `prepare` is called once, after the header and the
 * first data row were read, and returns the actor linker to use.
 */
export async function* normaliseFile(
  options: PipelineOptions,
  format: DatasetFormat,
  prepare: (prepared: PreparedImport) => ActorLinker,
  reader: DelimitedFileReader = new DelimitedFileReader(options.file, {
    delimiter: format.layout.delimiter,
    quote: format.layout.quote,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
  }),
): AsyncGenerator<NormalisedRow> {
  const fileName = basename(options.file);
  let header: HeaderIndex | undefined;
  const layouts = new Map<number, HeaderIndex>();
  let context: { linker: ActorLinker; sourceId: string; release: string } | undefined;
  for await (const record of reader.records()) {
    if (header === undefined && format.layout.columnsFor === undefined) {
      header = new HeaderIndex(record.fields);
      const missing = format.required.filter((column) => !header!.has(column));
      if (missing.length > 0) {
        throw new ValidationError(
          `not a ${format.name} file: no column ${missing.map((m) => `'${m}'`).join(', ')}`,
          {
            file: options.file,
            line: record.line,
            field: missing[0]!,
          },
        );
      }
      continue;
    }
    let index = header;
    if (format.layout.columnsFor !== undefined) {
      index = layouts.get(record.fields.length);
      if (index === undefined) {
        const columns = format.layout.columnsFor(record.fields.length);
        if (columns !== undefined) layouts.set(record.fields.length, (index = new HeaderIndex(columns)));
      }
    }
    if (index === undefined || record.fields.length !== index.names.length) {
      const expected = index?.names.length;
      yield {
        line: record.line,
        result: {
          outcome: 'rejected',
          rejection: {
            line: record.line,
            field: '(row)',
            reason:
              expected === undefined
                ? `${record.fields.length} fields match no documented ${format.name} layout`
                : `expected ${expected} fields as in the header, got ${record.fields.length}`,
          },
        },
      };
      continue;
    }
    const row = new DatasetRow(index, record.fields, record.line);
    if (context === undefined) {
      const release = options.release ?? format.releaseOf(fileName, row) ?? fileName.replace(/\.[^.]+$/, '');
      const sourceId = datasetSourceId(format.name, release);
      context = {
        linker: prepare({ format, release, sourceId, encoding: reader.encoding }),
        sourceId,
        release,
      };
    }
    const result = format.normalise(row, {
      sourceId: context.sourceId,
      dataset: format.name,
      release: context.release,
      actors: context.linker,
    });
    yield { line: record.line, result };
  }
}

export function formatNames(): string[] {
  return DATASET_FORMATS.map((format) => format.name);
}
