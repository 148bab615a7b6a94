/**
 * Recording analysts' changes: each change moves its item to a new version (from the version
 * it was based on), writes the item's new state, and
 * appends an audit entry with the state before and after. Changes made together (a merge)
 * share a group headed by the first entry. Callers run this inside one store transaction.
 */
import { ConflictError, ValidationError } from '../../errors.ts';
import type { AuditAction, AuditEntry, AuditKind, StoreOps } from '../../store/store.ts';
import { restoreItems } from './kinds.ts';
import { changedOutside, readCurrent } from './outside-changes.ts';

/** Who made a change when nobody says. */
export const DEFAULT_ANALYST = 'analyst';

export interface Change {
  kind: AuditKind;
  itemId: string;
  /** The item before (null: it did not exist) and after (null: it is deleted). */
  before: unknown;
  after: unknown;
  /** The version the change was based on; a stale one is a ConflictError. */
  basedOn: number;
  action: AuditAction;
  /** For an undo: the entry it reverses. */
  undoes?: number;
}

/** The analyst's name: trimmed, at most 100 characters; the default when empty or absent. */
export function analystName(who: string | undefined): string {
  const name = (who ?? '').trim();
  if (name.length > 100)
    throw new ValidationError('an analyst name has at most 100 characters', { field: 'by' });
  return name === '' ? DEFAULT_ANALYST : name;
}

/** An item with the version it is at, outside changes recorded first (see `outside-changes.ts`). */
export const readForChange = readCurrent;

/**
 * Applies the changes and returns their audit entries, in order. Every version is advanced
 * before any item is written, so on PostgreSQL a concurrent writer of the same item waits on
 * the version row and then fails as stale rather than overwriting; the items are then written
 * a run of one kind at a time (a link's thousands of events in one call).
 */
export async function recordChanges(
  tx: StoreOps,
  who: string,
  changes: readonly Change[],
  at: string = new Date().toISOString(),
): Promise<AuditEntry[]> {
  const versions: number[] = [];
  for (const change of changes) versions.push(await advance(tx, change));
  for (const run of runsOfOneKind(changes))
    await restoreItems(
      tx,
      run[0]!.kind,
      run.map((change) => ({ id: change.itemId, item: change.after })),
    );
  const entries: AuditEntry[] = [];
  for (const [index, change] of changes.entries()) {
    entries.push(
      await tx.appendAudit({
        at,
        who,
        kind: change.kind,
        itemId: change.itemId,
        action: change.action,
        before: change.before,
        after: change.after,
        version: versions[index]!,
        undoes: change.undoes ?? null,
        partOf: entries[0]?.id ?? null,
      }),
    );
  }
  return entries;
}

/** The changes cut into runs of one kind and distinct items, in order. Pure. */
export function runsOfOneKind(changes: readonly Change[]): Change[][] {
  const runs: Change[][] = [];
  let run: Change[] = [];
  const ids = new Set<string>();
  for (const change of changes) {
    if (run.length > 0 && (run[0]!.kind !== change.kind || ids.has(change.itemId))) {
      runs.push(run);
      run = [];
      ids.clear();
    }
    run.push(change);
    ids.add(change.itemId);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Advances the item's version from the change's base; when that base is stale because the
 * item was changed outside curation since, the conflict says so.
 */
async function advance(tx: StoreOps, change: Change): Promise<number> {
  try {
    return await tx.advanceItemVersion(change.kind, change.itemId, change.basedOn);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const later = await tx.listAudit({ kind: change.kind, itemId: change.itemId });
    const outside = later.find((e) => e.action === 'external' && e.version > change.basedOn);
    throw outside === undefined ? error : changedOutside(outside, `since version ${change.basedOn}`);
  }
}
