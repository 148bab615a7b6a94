/**
 * Undoing a change: the item goes back to its state before the audit entry (a creation is
 * deleted, a deletion restored), for every item of the entry's group when it heads one (a
 * merge). Only when nothing has changed the items since: otherwise a `ConflictError` says
 * which item moved on, so no later change is lost. The undo is itself audited (and can be
 * undone in turn).
 */
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import type { AuditEntry, AuditKind, Store } from '../../store/store.ts';
import { recordChanges, type Change } from './changes.ts';

export async function undoChange(store: Store, entryId: number, who: string): Promise<AuditEntry[]> {
  const entry = await store.getAudit(entryId);
  if (entry === undefined) throw new NotFoundError('audit entry', String(entryId));
  if (entry.partOf !== null) {
    throw new ValidationError(
      `audit entry ${entryId} is part of the change recorded as entry ${entry.partOf}; undo that one`,
      { field: 'id' },
    );
  }
  return store.transaction(async (tx) => {
    const group = [entry, ...(await tx.listAudit({ partOf: entry.id }))];
    const changes: Change[] = [];
    for (const part of group) {
      const current = await tx.getItemVersion(part.kind, part.itemId);
      if (current !== part.version) {
        throw new ConflictError(
          `${part.kind} '${part.itemId}' has changed since audit entry ${part.id} (it is at version ${current}, ` +
            `the entry left it at ${part.version}); undo the later changes first`,
        );
      }
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
