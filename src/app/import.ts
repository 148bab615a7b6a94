/**
 * The import use case: read a dataset file, normalise its rows, and write them to the store
 * all or nothing. One import is one transaction, written in batches inside it, so that a
 * crash or a kill leaves the previous state (the database rolls back what never committed)
 * and a completed import is whole. The import journal records each import as started before
 * the transaction and as finished inside it (or failed after it), so an import that died
 * shows up as `abandoned` on the next run.
 *
 * Re-importing is idempotent: every dataset row is kept with a hash of what it became, and a
 * row whose hash is unchanged is not rewritten. A newer release updates the rows that changed
 * and reports those it no longer has. Rejected rows (line, field, reason) are reported and the
 * import goes on, unless `strict`, when any rejection rolls everything back.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { ValidationError } from '../errors.ts';
import { ActorRegistry } from '../actors/registry.ts';
import { RegistryLinker } from '../ingest/actor-linker.ts';
import type { DatasetFormat, Rejection } from '../ingest/datasets/format.ts';
import type { Encoding } from '../ingest/encoding.ts';
import { DATASET_FORMATS } from '../ingest/datasets/index.ts';
import { chooseFormat } from '../ingest/pipeline.ts';
import type { Actor, Agreement, Negotiation, Relation, CaseItemKind, Source } from '../model/index.ts';
import type {
  DatasetActorLink,
  DatasetActorName,
  DeferredIndexes,
  PreparedEvent,
  Store,
  StoreOps,
} from '../store/store.ts';
import { loadRegistry } from './actors.ts';
import { requireCase } from './cases.ts';
import { IncidentLinker } from './incident-linker.ts';
import type { PendingRow, PreparedRelease } from './import-rows.ts';
import { LocalRowSource, ThreadRowSource, type RowSource } from './import-thread.ts';

export interface ImportOptions {
  /** A format name or 'auto'. */
  format: string;
  file: string;
  caseId?: string;
  encoding?: Encoding;
  release?: string;
  /** Any rejected row aborts the import (nothing is written). */
  strict?: boolean;
  /** The file is a sample or filtered extract (default: guessed from its name). */
  partial?: boolean;
  /** Rows per batch written inside the import's transaction. */
  batchSize?: number;
  /**
   * Read and normalise on a worker thread while this one writes (default false; see
   * `rowSource`). The CLI's `--reader-thread on|off`.
   */
  readerThread?: boolean;
  /** Link events to reports of the same incident in other datasets (default true). */
  linkIncidents?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  onReject?: (rejection: Rejection) => void;
}

export interface ImportProgress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface ImportSummary {
  dataset: string;
  file: string;
  release: string | null;
  encoding: Encoding;
  /** Data rows read (the header not counted): imported + updated + unchanged + skipped + rejected. */
  rows: number;
  /** Rows new to the store, updated since the last import, and unchanged. */
  imported: number;
  updated: number;
  unchanged: number;
  /** Of those kept, rows held as drafts: the registry lacks the actors the schema needs (see `jirga unresolved`). */
  held: number;
  /** Deliberately not imported (CAMEO statements, actors already in the registry, unmediated episodes). */
  skipped: number;
  rejected: number;
  /** Distinct dataset actor names that did not resolve to a registry actor. */
  unresolvedActors: number;
  /** Rows of earlier releases missing from this one (full releases only). */
  disappeared: number;
  disappearedRows: string[];
  /** Events of this import linked to a report of the same incident in another dataset. */
  linkedIncidents: number;
  durationMs: number;
  /** The first rejections (all of them go to `onReject`). */
  rejections: Rejection[];
}

/** `--strict` and some rows were rejected: nothing was imported. */
export class RejectedRowsError extends ValidationError {
  constructor(
    file: string,
    readonly summary: ImportSummary,
  ) {
    super(`${summary.rejected} row(s) rejected under --strict; nothing was imported`, { file });
  }
}

const DEFAULT_BATCH = 500;
const REJECTIONS_KEPT = 100;
const DISAPPEARED_LISTED = 20;
const PARTIAL_NAME = /sample|extract|subset|filtered/i;

export async function importDataset(store: Store, options: ImportOptions): Promise<ImportSummary> {
  const startedAt = Date.now();
  const format = await chooseFormat(options.format, options.file);
  if (options.caseId !== undefined) await requireCase(store, options.caseId);
  // Links for this dataset win over global ones of the same name.
  const links = (await store.listDatasetActorLinks(format.name)).sort(
    (a, b) => Number(a.dataset !== null) - Number(b.dataset !== null),
  );
  const registry = await loadRegistry(store);
  const journalId = `import-${new Date(startedAt)
    .toISOString()
    .replace(/[^0-9]/g, '')
    .slice(0, 14)}-${randomUUID().slice(0, 8)}`;
  await abandonUnfinished(store);
  const started = new Date(startedAt).toISOString();
  await store.putImportJournal({
    id: journalId,
    dataset: format.name,
    file: options.file,
    status: 'started',
    started,
    finished: null,
    detail: null,
  });

  const summary = emptySummary(format, options);
  try {
    await store.bulkTransaction(async (tx) => {
      await runImport(tx, {
        format,
        options,
        summary,
        startedAt,
        importId: journalId,
        source: rowSource(options, format, registry.all(), links),
      });
      summary.durationMs = Date.now() - startedAt;
      if (options.strict === true && summary.rejected > 0) throw new RejectedRowsError(options.file, summary);
      await tx.putImportJournal({
        id: journalId,
        dataset: format.name,
        file: options.file,
        status: 'finished',
        started,
        finished: new Date().toISOString(),
        detail: { ...summary, rejections: summary.rejections.slice(0, 10) },
      });
    });
  } catch (error) {
    await store.putImportJournal({
      id: journalId,
      dataset: format.name,
      file: options.file,
      status: 'failed',
      started,
      finished: new Date().toISOString(),
      detail: { error: error instanceof Error ? error.message : String(error) },
    });
    throw error;
  }
  return summary;
}

/** Marks imports that started and never finished (killed, crashed) as abandoned. */
async function abandonUnfinished(store: Store): Promise<void> {
  for (const entry of await store.listImportJournal()) {
    if (entry.status === 'started') await store.putImportJournal({ ...entry, status: 'abandoned' });
  }
}

function emptySummary(format: DatasetFormat, options: ImportOptions): ImportSummary {
  return {
    dataset: format.name,
    file: options.file,
    release: null,
    encoding: options.encoding ?? 'utf-8',
    rows: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    held: 0,
    skipped: 0,
    rejected: 0,
    unresolvedActors: 0,
    disappeared: 0,
    disappearedRows: [],
    linkedIncidents: 0,
    durationMs: 0,
    rejections: [],
  };
}

/**
 * Where the rows come from: a reader thread when `options.readerThread` asks for one, else this
 * thread; both give the same rows in the same order. The thread is off by default: on our
 * 2-core machine it takes 1,000,000 GED rows from about 15,600 to about 20,000 rows/s when
 * the second core is free, but the second V8 heap and the rows in flight lift the peak RSS over
 * the 400 MB goal (413 MiB), and on a busy machine it only adds the CPU of copying rows
 * between threads (`bench/import.ts --reader-thread on|off`).
 */
function rowSource(
  options: ImportOptions,
  format: DatasetFormat,
  actors: Actor[],
  links: DatasetActorLink[],
): RowSource {
  const pipeline = {
    format: options.format,
    file: options.file,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.release === undefined ? {} : { release: options.release }),
  };
  return options.readerThread === true
    ? new ThreadRowSource({ ...pipeline, format: format.name }, actors, links)
    : new LocalRowSource(pipeline, format, new RegistryLinker(ActorRegistry.from(actors), links));
}

interface ImportRun {
  format: DatasetFormat;
  options: ImportOptions;
  source: RowSource;
  summary: ImportSummary;
  startedAt: number;
  importId: string;
}

async function runImport(tx: StoreOps, run: ImportRun): Promise<void> {
  const { format, options, source, summary, startedAt, importId } = run;
  // Incidents link events across datasets: with no other event dataset stored, there is nothing to link to.
  const eventDatasets = new Set(DATASET_FORMATS.filter((f) => f.entity === 'event').map((f) => f.name));
  const linking =
    options.linkIncidents !== false &&
    format.entity === 'event' &&
    (await tx.listDatasetReleases()).some((r) => r.dataset !== format.name && eventDatasets.has(r.dataset));
  const linker = linking ? new IncidentLinker(tx, format.name) : undefined;
  const coverage = new CoverageTally();
  const unresolvedNames = new Set<string>();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let batch: PendingRow[] = [];
  let lastProgress = 0;
  /** Indexes set aside after the first batch when the file is large for the store (built again at the end). */
  let deferred: DeferredIndexes | undefined;

  const reject = (rejection: Rejection): void => {
    summary.rejected++;
    if (summary.rejections.length < REJECTIONS_KEPT) summary.rejections.push(rejection);
    options.onReject?.(rejection);
  };

  for await (const row of source.outcomes()) {
    summary.rows++;
    if (row.outcome === 'rejected') reject(row.rejection);
    else if (row.outcome === 'skipped') summary.skipped++;
    else {
      batch.push(row.pending);
      coverage.add(row.coverage);
      for (const name of row.pending.unresolved) unresolvedNames.add(name.name);
    }
    if (batch.length >= batchSize) {
      await writeBatch(
        tx,
        { format, prepared: source.prepared, options, summary, importId, reject, linker },
        batch,
      );
      batch = [];
      deferred ??= await deferIndexes(tx, expectedRows(summary.rows, source), linker);
    }
    if (options.onProgress !== undefined && (summary.rows - lastProgress >= 1000 || summary.rows === 1)) {
      lastProgress = summary.rows;
      options.onProgress({
        rows: summary.rows,
        bytesRead: source.bytesRead,
        totalBytes: source.totalBytes,
        elapsedMs: Date.now() - startedAt,
      });
    }
  }
  const prepared = source.prepared;
  await writeBatch(tx, { format, prepared, options, summary, importId, reject, linker }, batch);
  await deferred?.restore();
  summary.unresolvedActors = unresolvedNames.size;
  if (prepared === undefined) return;
  summary.release = prepared.release;
  summary.encoding = prepared.encoding;

  await tx.putSources([datasetSource(format, prepared)]);
  await tx.putDatasetRelease({
    dataset: format.name,
    release: prepared.release,
    sourceId: prepared.sourceId,
    file: options.file,
    rows: coverage.rows,
    countries: coverage.countryList(),
    from: coverage.from,
    to: coverage.to,
    partial: options.partial ?? PARTIAL_NAME.test(basename(options.file)),
    importedAt: new Date().toISOString(),
  });
  if (options.caseId !== undefined)
    await tx.linkToCase(options.caseId, [{ kind: 'source', id: prepared.sourceId }]);
  if (format.incremental !== true) {
    summary.disappeared = await tx.countDatasetRowsNotIn(format.name, prepared.release);
    summary.disappearedRows = (
      await tx.listDatasetRowsNotIn(format.name, prepared.release, DISAPPEARED_LISTED)
    ).map((r) => r.rowKey);
  }
}

/**
 * Sets the store's read-only indexes aside for a big file (`StoreOps.deferIndexes`). Incident
 * linking reads the events' place index while the import runs, unless every other dataset's
 * places fit in memory, which are then read once, here.
 */
async function deferIndexes(
  tx: StoreOps,
  rows: number,
  linker: IncidentLinker | undefined,
): Promise<DeferredIndexes> {
  if (rows === 0) return { names: [], restore: () => Promise.resolve() };
  const keepEventPlaces = linker !== undefined && !(await linker.readAll());
  return tx.deferIndexes({ expectedRows: rows, keepEventPlaces });
}

/** Files with fewer rows than this (estimated) never set indexes aside: counting the tables would cost more. */
const MIN_BULK_ROWS = 20_000;

/** The rows of the whole file, estimated from the rows read so far and their share of the bytes. */
function expectedRows(rowsRead: number, source: RowSource): number {
  if (source.bytesRead <= 0 || source.totalBytes <= 0) return 0;
  const estimate = Math.round((rowsRead * source.totalBytes) / source.bytesRead);
  return estimate >= MIN_BULK_ROWS ? estimate : 0;
}

interface BatchContext {
  /** Links written events to reports of the same incident in other datasets (when linking). */
  linker: IncidentLinker | undefined;
  format: DatasetFormat;
  prepared: PreparedRelease | undefined;
  options: ImportOptions;
  summary: ImportSummary;
  /** This import's journal id, stamped on every row it reads, to find a second row with the same id. */
  importId: string;
  reject: (rejection: Rejection) => void;
}

/**
 * Writes one batch: new and changed rows are written, unchanged ones only re-stamped (and
 * rewritten when they come from another release, for their evidence). A row whose id was
 * already read in this import (earlier in the batch or in an earlier batch) is rejected.
 */
async function writeBatch(tx: StoreOps, context: BatchContext, batch: readonly PendingRow[]): Promise<void> {
  const { format, prepared, options, summary, importId, reject, linker } = context;
  if (batch.length === 0 || prepared === undefined) return;
  const latest = new Map<string, PendingRow>();
  for (const row of batch) {
    const first = latest.get(row.rowKey);
    if (first === undefined) latest.set(row.rowKey, row);
    else
      reject({
        line: row.line,
        field: '(row)',
        reason: `same row id as line ${first.line}`,
        rowKey: row.rowKey,
      });
  }
  const stored = await tx.getDatasetRows(format.name, [...latest.keys()]);
  const changed: PendingRow[] = [];
  const untouched: string[] = [];
  for (const row of latest.values()) {
    const before = stored.get(row.rowKey);
    if (before !== undefined && before.importId === importId) {
      reject({
        line: row.line,
        field: '(row)',
        reason: `same row id as line ${before.line ?? '?'}`,
        rowKey: row.rowKey,
      });
      continue;
    }
    if (row.status === 'held') summary.held++;
    if (before === undefined) {
      summary.imported++;
      changed.push(row);
    } else if (before.hash === row.hash && before.status === row.status) {
      summary.unchanged++;
      if (before.release !== prepared.release) changed.push(row);
      else untouched.push(row.rowKey);
    } else {
      summary.updated++;
      changed.push(row);
    }
  }
  await tx.stampDatasetRows(format.name, untouched, importId);
  if (changed.length === 0) return;

  const events: PreparedEvent[] = [];
  const agreements: Agreement[] = [];
  const negotiations: Negotiation[] = [];
  const actors: Actor[] = [];
  const relations: Relation[] = [];
  // Case links only when the import has a case: no object per row otherwise.
  const links: { kind: CaseItemKind; id: string }[] | undefined =
    options.caseId === undefined ? undefined : [];
  for (const row of changed) {
    if (row.event !== null) {
      events.push(row.event);
      links?.push({ kind: 'event', id: row.event.id });
    }
    const item = row.item;
    if (item === null) continue;
    if (item.kind === 'agreement') agreements.push(item.entity);
    else if (item.kind === 'negotiation') negotiations.push(item.entity);
    else if (item.kind === 'relation') relations.push(item.entity);
    else actors.push(item.entity);
    links?.push({ kind: item.kind, id: item.entity.id });
  }
  if (actors.length > 0) await tx.putActors(actors);
  if (events.length > 0) {
    if (linker !== undefined) {
      // Linked before they are written, so that each event is written once, with its incident id.
      const linked = await linker.link(events);
      summary.linkedIncidents += linked.count;
      await tx.putPreparedEvents(linked.events);
      if (linked.others.length > 0) await tx.putEvents(linked.others);
    } else await tx.putPreparedEvents(events);
  }
  if (agreements.length > 0) await tx.putAgreements(agreements);
  if (negotiations.length > 0) await tx.putNegotiations(negotiations);
  if (relations.length > 0) await tx.putRelations(relations);
  const names: DatasetActorName[] = changed.flatMap((row) =>
    row.unresolved.map((u) => ({
      itemId: row.entityId,
      dataset: format.name,
      role: u.role,
      name: u.name,
      externalId: u.externalId,
    })),
  );
  await tx.replaceDatasetActorNames(
    changed.map((row) => row.entityId),
    names,
  );
  await tx.putDatasetRows(
    changed.map((row) => ({
      dataset: format.name,
      rowKey: row.rowKey,
      release: prepared.release,
      entityKind: row.entityKind,
      entityId: row.entityId,
      status: row.status,
      hash: row.hash,
      line: row.line,
      importId,
      draft: row.draft,
    })),
  );
  if (options.caseId !== undefined && links !== undefined && links.length > 0)
    await tx.linkToCase(options.caseId, links);
}

function datasetSource(format: DatasetFormat, prepared: PreparedRelease): Source {
  return {
    id: prepared.sourceId,
    kind: 'dataset',
    title: `${format.info.title}, release ${prepared.release}`,
    author: format.info.author,
    publisher: format.info.publisher,
    language: 'en',
    url: format.info.url,
    published: null,
    accessed: new Date().toISOString().slice(0, 10),
    editionOf: null,
    reliability: null,
    credibility: null,
    contentHash: null,
  };
}

/** What the imported rows of a release cover: period and countries. */
class CoverageTally {
  rows = 0;
  from: string | null = null;
  to: string | null = null;
  private readonly countries = new Set<string>();

  add(coverage: { date: string | null; countries: string[] }): void {
    this.rows++;
    if (coverage.date !== null) {
      if (this.from === null || coverage.date < this.from) this.from = coverage.date;
      if (this.to === null || coverage.date > this.to) this.to = coverage.date;
    }
    for (const country of coverage.countries) this.countries.add(country);
  }

  countryList(): string[] {
    return [...this.countries].sort();
  }
}
