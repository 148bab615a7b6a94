/**
 * One dataset file as a stream of row outcomes ready for the writer: each record read,
 * normalised, checked against its entity's schema, serialised once and hashed — or rejected
 * (line, field, reason) or skipped. Pure of the store, so that it can run on the import's
 * worker thread (`import-worker.ts`) as well as on the writer's own thread; `import-wire.ts`
 * carries the outcomes across the thread boundary unchanged.
 */
import type { z } from 'zod';
import type {
  DatasetEntity,
  DatasetFormat,
  Normalised,
  Rejection,
  RowCoverage,
  UnresolvedName,
} from '../ingest/datasets/format.ts';
import type { ActorLinker } from '../ingest/datasets/format.ts';
import { isValidEvent } from '../ingest/event-check.ts';
import { normaliseFile, type PipelineOptions, type PreparedImport } from '../ingest/pipeline.ts';
import type { DelimitedFileReader } from '../ingest/reader.ts';
import { Actor, Agreement, Event, Negotiation, Relation } from '../model/index.ts';
import { prepareEvent, type PreparedEvent } from '../store/prepared-event.ts';
import { formatPath, parseOne, recordValid } from '../store/kysely/validate.ts';
import type { DatasetRowRecord } from '../store/store.ts';
import { contentHash } from './row-hash.ts';

/** A row to be written: the entity (or held draft), its row hash and the names left unresolved. */
export interface PendingRow {
  rowKey: string;
  line: number;
  status: 'stored' | 'held';
  entityKind: DatasetRowRecord['entityKind'];
  entityId: string;
  /** An event, checked and serialised, as its row needs it (no event object is kept). */
  event: PreparedEvent | null;
  /** An entity of another kind. */
  item: Exclude<DatasetEntity, { kind: 'event' }> | null;
  draft: Record<string, unknown> | null;
  unresolved: UnresolvedName[];
  hash: string;
}

/** What one record of the file became, in file order. */
export type RowOutcome =
  | { outcome: 'pending'; pending: PendingRow; coverage: RowCoverage }
  | { outcome: 'rejected'; rejection: Rejection }
  | { outcome: 'skipped' };

/** The release settled from the file (the format itself stays with each thread). */
export type PreparedRelease = Omit<PreparedImport, 'format'>;

/**
 * The outcomes of every record of `options.file`. `onPrepared` is called once, before the
 * first data row, with the release settled from the file.
 */
export async function* rowOutcomes(
  options: PipelineOptions,
  format: DatasetFormat,
  linker: ActorLinker,
  reader: DelimitedFileReader,
  onPrepared: (prepared: PreparedRelease) => void,
): AsyncGenerator<RowOutcome> {
  const rows = normaliseFile(
    options,
    format,
    ({ release, sourceId, encoding }) => {
      onPrepared({ release, sourceId, encoding });
      return linker;
    },
    reader,
  );
  for await (const { line, result } of rows) yield outcomeOf(result, line, format.entity);
}

/** A normalised row as a pending write, a rejection (validation included) or a skip. */
export function outcomeOf(
  result: Normalised,
  line: number,
  entityKind: DatasetRowRecord['entityKind'],
): RowOutcome {
  switch (result.outcome) {
    case 'rejected':
      return { outcome: 'rejected', rejection: result.rejection };
    case 'skipped':
      return { outcome: 'skipped' };
    case 'held':
      return {
        outcome: 'pending',
        coverage: result.coverage,
        pending: {
          rowKey: result.rowKey,
          line,
          status: 'held',
          entityKind,
          entityId: result.entityId,
          event: null,
          item: null,
          draft: result.draft,
          unresolved: result.unresolved,
          hash: contentHash({ draft: result.draft, unresolved: result.unresolved }),
        },
      };
    case 'entity': {
      const checked = validated(result.item);
      if ('field' in checked) {
        return {
          outcome: 'rejected',
          rejection: { line, field: checked.field, reason: checked.reason, rowKey: result.rowKey },
        };
      }
      // Serialised once: the same text makes the row hash and the stored document.
      const json = JSON.stringify(result.item.entity);
      const sameObject = checked.entity === result.item.entity;
      return {
        outcome: 'pending',
        coverage: result.coverage,
        pending: {
          rowKey: result.rowKey,
          line,
          status: 'stored',
          entityKind: result.item.kind,
          entityId: result.item.entity.id,
          event:
            checked.kind === 'event' ? prepareEvent(checked.entity, sameObject ? json : undefined) : null,
          item: checked.kind === 'event' ? null : checked,
          draft: null,
          unresolved: result.unresolved,
          hash: contentHash(
            { item: result.item.entity, unresolved: result.unresolved },
            `{"item":${json},"unresolved":${JSON.stringify(result.unresolved)}}`,
          ),
        },
      };
    }
  }
}

/**
 * The entity as its schema parses it (validated once: the store does not parse it again), or
 * its first schema problem as a field path and a reason.
 */
function validated(item: DatasetEntity): DatasetEntity | { field: string; reason: string } {
  // The hand-written check accepts exactly what the schema accepts; zod names the problem.
  if (item.kind === 'event' && isValidEvent(item.entity)) return item;
  const result = parseOne(schemaOf(item.kind), item.entity);
  if (result.success) return { kind: item.kind, entity: result.data } as DatasetEntity;
  const issue = result.error.issues[0];
  return {
    field: issue === undefined ? '(entity)' : formatPath(issue.path) || '(entity)',
    reason: issue?.message ?? 'invalid',
  };
}

const SCHEMAS = {
  event: Event,
  agreement: Agreement,
  negotiation: Negotiation,
  relation: Relation,
  actor: Actor,
};

/** The schema of an entity kind, as one type for the calls that do not care which. */
export function schemaOf(kind: DatasetEntity['kind']): z.ZodType<object> {
  return SCHEMAS[kind] as z.ZodType<object>;
}

/**
 * An event the importer made from checked ones (a copy with a new incident id), recorded as
 * valid when the hand-written check accepts it, so the store does not parse it with zod again;
 * one it refuses is left to the store's own check, which names the problem.
 */
export function checkedEvent(event: Event): Event {
  return isValidEvent(event) ? recordValid(Event, event) : event;
}
