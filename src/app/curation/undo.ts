/**
 * Undoing a change: the item goes back to its state before the audit entry (a creation is
 * deleted, a deletion restored), for every item of the entry's group when it heads one (a
 * merge). Only when nothing has changed the items since: otherwise a `ConflictError` says
 * which item moved on, so no later change is lost; a change made outside curation (an import)
 * counts as a later change (see `outside-changes.ts`). The undo is itself audited (and can be
 * undone in turn).
 */
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import type { AuditEntry, AuditKind, Store, StoreOps } from '../../store/store.ts';
import { readForChange, recordChanges, type Change } from './changes.ts';
import { changedOutside, settleOutsideChanges } from './outside-changes.ts';

export async function undoChange(store: Store, entryId: number, who: string): Promise<AuditEntry[]> {
  const entry = await store.getAudit(entryId);
  if (entry === undefined) throw new NotFoundError('audit entry', String(entryId));
  if (entry.partOf !== null) {
    throw new ValidationError(
      `audit entry ${entryId} is part of the change recorded as entry ${entry.partOf}; undo that one`,
      { field: 'id' },
    );
  }
  const group = [entry, ...(await store.listAudit({ partOf: entry.id }))];
  await settleOutsideChanges(
    store,
    group.map((part) => ({ kind: part.kind, id: part.itemId })),
  );
  return store.transaction(async (tx) => {
    const changes: Change[] = [];
    for (const part of group) {
      // Read again: an import may have committed since the outside changes were settled.
      const current = (await readForChange(tx, part.kind, part.itemId)).version;
      if (current !== part.version) throw await movedOn(tx, part, current);
      changes.push({
        kind: part.kind,
        itemId: part.itemId,
        before: part.after,
        after: part.before,
        basedOn: current,
        action: 'undo',
        undoes: part.id,
      });
    }
    return recordChanges(tx, who, changes);
  });
}

/** Why `part` can no longer be undone: a later change to its item, made outside curation or not. */
async function movedOn(tx: StoreOps, part: AuditEntry, current: number): Promise<ConflictError> {
  const later = (await tx.listAudit({ kind: part.kind, itemId: part.itemId })).filter((e) => e.id > part.id);
  const outside = later.find((e) => e.action === 'external');
  if (outside !== undefined) {
    return changedOutside(
      outside,
      `after audit entry ${part.id}`,
      `undoing entry ${part.id} would revert that change; undo entry ${outside.id} first if it should go`,
    );
  }
  return new ConflictError(
    `${part.kind} '${part.itemId}' has changed since audit entry ${part.id} (it is at version ${current}, ` +
      `the entry left it at ${part.version}); undo the later changes first`,
  );
}

export interface ItemHistory {
  kind: AuditKind;
  id: string;
  /** The version an edit must be based on. */
  version: number;
  /** Oldest first. */
  entries: AuditEntry[];
}

/** An item's version and its audit entries. */
export async function itemHistory(store: Store, kind: AuditKind, id: string): Promise<ItemHistory> {
  const [version, entries] = await Promise.all([
    store.getItemVersion(kind, id),
    store.listAudit({ kind, itemId: id }),
  ]);
  return { kind, id, version, entries };
}
