/**
 * Changes made outside curation. Imports and ingests write items without touching
 * their versions or the audit log (so that they stay fast); curation notices them instead. An
 * item that was ever curated should still be as its last audit entry left it (the entry's
 * "after"); when it is not, something else rewrote it, and before curation changes the item
 * again it records that change as an `external` audit entry (before: the last entry's after,
 * after: the item as stored) and advances the version. A change based on the older version is
 * then stale, and an undo of an earlier entry no longer reaches the item: both fail as a
 * `ConflictError` naming the item instead of silently reverting what the import wrote. A read
 * of the history writes nothing: it shows such a change as an entry not yet recorded.
 */
import { ConflictError } from '../../errors.ts';
import type { AuditEntry, AuditKind, Store, StoreOps } from '../../store/store.ts';
import { getItem, sameState, type ItemOfKind } from './kinds.ts';

/** Who the audit log names for a change found made outside curation. */
export const OUTSIDE_CURATION = 'outside curation';

export interface ItemAtVersion<K extends AuditKind> {
  version: number;
  item: ItemOfKind[K] | undefined;
  /** The entry recorded now for a change made outside curation since the last entry. */
  outside?: AuditEntry;
}

/**
 * The item with its version, read in that order (should another writer commit in between, the
 * item read is newer than the version, and a change based on that version fails as stale);
 * when the item moved away from its last audit entry's after-image, that move is recorded first.
 */
export async function readCurrent<K extends AuditKind>(
  tx: StoreOps,
  kind: K,
  id: string,
): Promise<ItemAtVersion<K>> {
  const version = await tx.getItemVersion(kind, id);
  const item = await getItem(tx, kind, id);
  if (version === 0) return { version, item };
  const found = outsideChange(kind, id, version, await tx.listAudit({ kind, itemId: id }), item);
  if (found === undefined) return { version, item };
  const next = await tx.advanceItemVersion(kind, id, version);
  const { id: _unrecorded, recorded: _no, ...entry } = found;
  const outside = await tx.appendAudit({ ...entry, version: next });
  return { version: next, item, outside };
}

/** A change made outside curation as a read shows it before curation records it: no id, no new version. */
export interface UnrecordedChange extends Omit<AuditEntry, 'id' | 'action'> {
  id: null;
  action: 'external';
  recorded: false;
}

/**
 * The change made outside curation to an item at `version` whose audit entries are `entries`
 * (oldest first) and which is stored as `item` (undefined: absent), when it moved away from its
 * last entry's after-image; undefined when it did not (or was never curated). Pure.
 */
export function outsideChange(
  kind: AuditKind,
  id: string,
  version: number,
  entries: readonly AuditEntry[],
  item: unknown,
  at: string = new Date().toISOString(),
): UnrecordedChange | undefined {
  const last = entries.at(-1);
  const stored = item ?? null;
  if (version === 0 || last === undefined || sameState(kind, last.after, stored)) return undefined;
  return {
    id: null,
    at,
    who: OUTSIDE_CURATION,
    kind,
    itemId: id,
    action: 'external',
    before: last.after,
    after: stored,
    version,
    undoes: null,
    partOf: null,
    recorded: false,
  };
}

/**
 * Records, in a transaction of its own, the outside changes to these items, so that they stay
 * recorded when the change that follows is refused because of them. A race with another
 * writer doing the same is harmless: the change that follows checks versions again.
 */
export async function settleOutsideChanges(
  store: Store,
  items: readonly { kind: AuditKind; id: string }[],
): Promise<AuditEntry[]> {
  try {
    return await store.transaction(async (tx) => {
      const recorded: AuditEntry[] = [];
      for (const { kind, id } of items) {
        const read = await readCurrent(tx, kind, id);
        if (read.outside !== undefined) recorded.push(read.outside);
      }
      return recorded;
    });
  } catch (error) {
    if (error instanceof ConflictError) return [];
    throw error;
  }
}

/** The conflict of a change to an item changed outside curation `since` (recorded as `entry`). */
export function changedOutside(
  entry: AuditEntry,
  since: string,
  advice = 'reload it and apply your change again',
): ConflictError {
  return new ConflictError(
    `${entry.kind} '${entry.itemId}' was changed outside curation (by an import or an ingest) ` +
      `${since}; that change is audit entry ${entry.id}, which left it at version ` +
      `${entry.version}: ${advice}`,
  );
}
