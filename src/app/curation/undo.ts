/**
 * Undoing a change: the item goes back to its state before the audit entry (a creation is
 * deleted, a deletion restored), for every item of the entry's group when it heads one (a
 * merge, an actor link with the events it changed; a link's unresolved names come back too).
 * Only when nothing has changed the items since: otherwise a `ConflictError` says
 * which item moved on, so no later change is lost; a change made outside curation (an import)
 * counts as a later change (see `outside-changes.ts`). The undo is itself audited (and can be
 * undone in turn). An item's history, as read, also shows such a change not yet recorded.
 */
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import type { AuditEntry, AuditKind, Store, StoreOps } from '../../store/store.ts';
import { readForChange, recordChanges, type Change } from './changes.ts';
import { getItem } from './kinds.ts';
import { undoLinkNames } from './link-record.ts';
import {
  changedOutside,
  outsideChange,
  settleOutsideChanges,
  type UnrecordedChange,
} from './outside-changes.ts';

export interface ChangeGroup {
  entry: AuditEntry;
  /** The entries recorded with it when it heads a group (a merge, the undo of one), oldest first. */
  parts: AuditEntry[];
}

/** An audit entry and the entries of the group it heads (none for a change made alone). */
export async function changeGroup(store: Store, entryId: number): Promise<ChangeGroup> {
  const entry = await store.getAudit(entryId);
  if (entry === undefined) throw new NotFoundError('audit entry', String(entryId));
  return { entry, parts: await store.listAudit({ partOf: entry.id }) };
}

export async function undoChange(store: Store, entryId: number, who: string): Promise<AuditEntry[]> {
  const { entry, parts } = await changeGroup(store, entryId);
  if (entry.partOf !== null) {
    throw new ValidationError(
      `audit entry ${entryId} is part of the change recorded as entry ${entry.partOf}; undo that one`,
      { field: 'id' },
    );
  }
  const group = [entry, ...parts];
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
    const entries = await recordChanges(tx, who, changes);
    for (const part of group) await undoLinkNames(tx, part);
    return entries;
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
  /**
   * Oldest first; the last may be a change made outside curation since the last entry, shown
   * but not yet recorded (curation records it when it next changes the item).
   */
  entries: (AuditEntry | UnrecordedChange)[];
}

/** An item's version and its audit entries, with any change made outside curation since; writes nothing. */
export async function itemHistory(store: Store, kind: AuditKind, id: string): Promise<ItemHistory> {
  const [version, entries, item] = await Promise.all([
    store.getItemVersion(kind, id),
    store.listAudit({ kind, itemId: id }),
    getItem(store, kind, id),
  ]);
  const outside = outsideChange(kind, id, version, entries, item);
  return { kind, id, version, entries: outside === undefined ? entries : [...entries, outside] };
}
