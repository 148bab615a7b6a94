/**
 * Row outcomes as they cross from the import's reader thread to its writer: packed by column
 * (one array of row keys, one of lines, one of documents…) rather than as one object per row.
 * Copying between threads costs per object and per property, so a batch of 250 rows as
 * columns of strings and numbers is copied several times faster than 250 row objects, and the
 * writer makes its plain row objects back in a fraction of that. An event whose document is
 * its JSON text travels as that text only and is parsed once on arrival; the rare outcomes
 * (rejections, held drafts, entities of other kinds) travel as they are, by position.
 * `packOutcomes` and `unpackOutcomes` are exact inverses (held to that by a test).
 */
import type { DatasetEntity, Rejection, RowCoverage, UnresolvedName } from '../ingest/datasets/format.ts';
import { Event } from '../model/index.ts';
import { rememberDoc } from '../store/kysely/rows.ts';
import { recordValid } from '../store/kysely/validate.ts';
import { schemaOf, type PendingRow, type RowOutcome } from './import-rows.ts';

/** What a row was: pending, rejected or skipped. */
const PENDING = 0;
const REJECTED = 1;
const SKIPPED = 2;

/** A batch of outcomes, by column; pending rows' columns hold one entry per pending row. */
export interface PackedOutcomes {
  kinds: number[];
  /** Rejections, in order, one per REJECTED kind. */
  rejections: Rejection[];
  rowKeys: string[];
  lines: number[];
  held: boolean[];
  entityKinds: PendingRow['entityKind'][];
  entityIds: string[];
  hashes: string[];
  /** The stored document of an event that is its JSON text, else null. */
  jsons: (string | null)[];
  /** Entities that do not travel as `jsons`, by their pending row's position. */
  items: Record<number, DatasetEntity>;
  /** Held drafts, by their pending row's position. */
  drafts: Record<number, Record<string, unknown>>;
  /** Unresolved names: how many per pending row, then role, name and id of each in turn. */
  unresolvedCounts: number[];
  unresolved: (string | null)[];
  coverageDates: (string | null)[];
  /** Countries per pending row, joined by NUL (countries never hold one). */
  coverageCountries: string[];
}

export function emptyPack(): PackedOutcomes {
  return {
    kinds: [],
    rejections: [],
    rowKeys: [],
    lines: [],
    held: [],
    entityKinds: [],
    entityIds: [],
    hashes: [],
    jsons: [],
    items: {},
    drafts: {},
    unresolvedCounts: [],
    unresolved: [],
    coverageDates: [],
    coverageCountries: [],
  };
}

/** Adds `outcome` to `pack` (in order). */
export function packOutcome(pack: PackedOutcomes, outcome: RowOutcome): void {
  if (outcome.outcome === 'rejected') {
    pack.kinds.push(REJECTED);
    pack.rejections.push(outcome.rejection);
    return;
  }
  if (outcome.outcome === 'skipped') {
    pack.kinds.push(SKIPPED);
    return;
  }
  const { pending, coverage } = outcome;
  const at = pack.rowKeys.length;
  pack.kinds.push(PENDING);
  pack.rowKeys.push(pending.rowKey);
  pack.lines.push(pending.line);
  pack.held.push(pending.status === 'held');
  pack.entityKinds.push(pending.entityKind);
  pack.entityIds.push(pending.entityId);
  pack.hashes.push(pending.hash);
  const asText = pending.json !== null && pending.item?.kind === 'event';
  pack.jsons.push(asText ? pending.json : null);
  if (!asText && pending.item !== null) pack.items[at] = pending.item;
  if (pending.draft !== null) pack.drafts[at] = pending.draft;
  pack.unresolvedCounts.push(pending.unresolved.length);
  for (const name of pending.unresolved) pack.unresolved.push(name.role, name.name, name.externalId);
  pack.coverageDates.push(coverage.date);
  pack.coverageCountries.push(coverage.countries.join('\u0000'));
}

/** The outcomes of `pack`, in order, ready for the writer (entities recorded as checked). */
export function unpackOutcomes(pack: PackedOutcomes): RowOutcome[] {
  const outcomes: RowOutcome[] = [];
  let rejected = 0;
  let row = 0;
  let name = 0;
  for (const kind of pack.kinds) {
    if (kind === REJECTED) {
      outcomes.push({ outcome: 'rejected', rejection: pack.rejections[rejected++]! });
      continue;
    }
    if (kind === SKIPPED) {
      outcomes.push({ outcome: 'skipped' });
      continue;
    }
    const at = row++;
    const unresolved: UnresolvedName[] = [];
    for (let n = pack.unresolvedCounts[at]!; n > 0; n--, name += 3) {
      unresolved.push({
        role: pack.unresolved[name] as UnresolvedName['role'],
        name: pack.unresolved[name + 1]!,
        externalId: pack.unresolved[name + 2] ?? null,
      });
    }
    const json = pack.jsons[at] ?? null;
    const pending: PendingRow = {
      rowKey: pack.rowKeys[at]!,
      line: pack.lines[at]!,
      status: pack.held[at] === true ? 'held' : 'stored',
      entityKind: pack.entityKinds[at]!,
      entityId: pack.entityIds[at]!,
      item: json === null ? checked(pack.items[at]) : eventOf(json),
      json,
      draft: pack.drafts[at] ?? null,
      unresolved,
      hash: pack.hashes[at]!,
    };
    const countries = pack.coverageCountries[at]!;
    const coverage: RowCoverage = {
      date: pack.coverageDates[at] ?? null,
      countries: countries === '' ? [] : countries.split('\u0000'),
    };
    outcomes.push({ outcome: 'pending', pending, coverage });
  }
  return outcomes;
}

/** An event from the reader's text: checked there against its schema, so recorded as checked here. */
function eventOf(json: string): DatasetEntity {
  const entity = recordValid(Event, JSON.parse(json) as Event);
  rememberDoc(entity, json);
  return { kind: 'event', entity };
}

/** An entity copied from the reader, where it was checked against its schema. */
function checked(item: DatasetEntity | undefined): DatasetEntity | null {
  if (item === undefined) return null;
  recordValid(schemaOf(item.kind), item.entity);
  return item;
}
