/**
 * Creating, editing and deleting items of any curated kind, and grading a source: each one a
 * versioned, audited change in one transaction. An edit names the version it was based on;
 * when the item has moved on since, it is a `ConflictError` and nothing is written. A change
 * made outside curation (an import) moves the item on too: it is recorded first, in its own
 * transaction, so the refusal names it (see `outside-changes.ts`).
 */
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { Credibility, Reliability } from '../../model/index.ts';
import type { AuditEntry, Store } from '../../store/store.ts';
import { readForChange, recordChanges } from './changes.ts';
import { settleOutsideChanges } from './outside-changes.ts';
import { SCHEMA_OF, type CuratedKind, type ItemOfKind } from './kinds.ts';

/** What a change returns: the item as stored, its new version, and the audit entry. */
export interface Curated<T> {
  item: T;
  version: number;
  audit: AuditEntry;
}

function curated<T>(item: T, entries: readonly AuditEntry[]): Curated<T> {
  const audit = entries[0];
  if (audit === undefined) throw new Error('a change recorded no audit entry');
  return { item, version: audit.version, audit };
}

/** Parses an item with its kind's schema; the error names the field path. */
export function parseItem<K extends CuratedKind>(kind: K, value: unknown): ItemOfKind[K] {
  const parsed = SCHEMA_OF[kind].safeParse(value);
  if (parsed.success) return parsed.data as ItemOfKind[K];
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new ValidationError(
    `invalid ${kind}: ${issue?.message ?? 'invalid input'}`,
    field === '' ? {} : { field },
  );
}

/**
 * Stores a new item, linked to the case `caseId` when given (a `NotFoundError` for an unknown
 * case); a `ConflictError` when an item with its id exists.
 */
export async function createItem<K extends CuratedKind>(
  store: Store,
  kind: K,
  value: unknown,
  who: string,
  caseId?: string,
): Promise<Curated<ItemOfKind[K]>> {
  const item = parseItem(kind, value);
  const entries = await store.transaction(async (tx) => {
    const current = await readForChange(tx, kind, item.id);
    if (current.item !== undefined) throw new ConflictError(`${kind} '${item.id}' exists already`);
    const recorded = await recordChanges(tx, who, [
      { kind, itemId: item.id, before: null, after: item, basedOn: current.version, action: 'create' },
    ]);
    if (caseId !== undefined) await tx.linkToCase(caseId, [{ kind, id: item.id }]);
    return recorded;
  });
  return curated(item, entries);
}

/** Replaces an item with `value`, based on version `basedOn`. */
export async function updateItem<K extends CuratedKind>(
  store: Store,
  kind: K,
  id: string,
  value: unknown,
  basedOn: number,
  who: string,
): Promise<Curated<ItemOfKind[K]>> {
  const item = parseItem(kind, value);
  if (item.id !== id)
    throw new ValidationError(`the ${kind} in the body is '${item.id}', not '${id}'`, { field: 'id' });
  return changeItem(store, kind, id, basedOn, who, 'update', () => item);
}

/** Deletes an item, based on version `basedOn` (undo brings it back). */
export async function deleteItem(
  store: Store,
  kind: CuratedKind,
  id: string,
  basedOn: number,
  who: string,
): Promise<AuditEntry> {
  await settleOutsideChanges(store, [{ kind, id }]);
  const entries = await store.transaction(async (tx) => {
    const current = await readForChange(tx, kind, id);
    if (current.item === undefined) throw new NotFoundError(kind, id);
    return recordChanges(tx, who, [
      { kind, itemId: id, before: current.item, after: null, basedOn, action: 'delete' },
    ]);
  });
  return entries[0]!;
}

/** Reads the item, makes its new state from the old one, and records the change. */
export async function changeItem<K extends CuratedKind>(
  store: Store,
  kind: K,
  id: string,
  basedOn: number | undefined,
  who: string,
  action: 'update' | 'review',
  change: (item: ItemOfKind[K]) => ItemOfKind[K],
): Promise<Curated<ItemOfKind[K]>> {
  let after: ItemOfKind[K] | undefined;
  if (basedOn !== undefined) await settleOutsideChanges(store, [{ kind, id }]);
  const entries = await store.transaction(async (tx) => {
    const current = await readForChange(tx, kind, id);
    if (current.item === undefined) throw new NotFoundError(kind, id);
    after = change(current.item);
    return recordChanges(tx, who, [
      { kind, itemId: id, before: current.item, after, basedOn: basedOn ?? current.version, action },
    ]);
  });
  return curated(after!, entries);
}

export interface Grade {
  reliability: string;
  credibility: number;
  note?: string;
}

/** Grades a source on the Admiralty scale (reliability A–F, credibility 1–6) with the analyst's note. */
export async function gradeSource(
  store: Store,
  id: string,
  grade: Grade,
  basedOn: number | undefined,
  who: string,
) {
  const reliability = Reliability.safeParse(grade.reliability);
  if (!reliability.success)
    throw new ValidationError('expected a reliability from A to F', { field: 'reliability' });
  const credibility = Credibility.safeParse(grade.credibility);
  if (!credibility.success)
    throw new ValidationError('expected a credibility from 1 to 6', { field: 'credibility' });
  const note = grade.note?.trim();
  return changeItem(store, 'source', id, basedOn, who, 'update', (source) => {
    const { gradingNote: _previous, ...rest } = source;
    return {
      ...rest,
      reliability: reliability.data,
      credibility: credibility.data,
      ...(note === undefined || note === '' ? {} : { gradingNote: note }),
    };
  });
}
