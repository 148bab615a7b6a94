/**
 * A dataset actor link as its audit entry keeps it: the link, and what making it did to the
 * stored events (how many took the actor, how many fell outside its periods, and the
 * unresolved names it took off them). The names live only here once the link is made, so an
 * undo of the link puts them back, and an undo of that undo takes them off again.
 */
import type { AuditEntry, DatasetActorLink, DatasetActorName, StoreOps } from '../../store/store.ts';

/** What making a link did to the stored events. */
export interface LinkResolution {
  /** Stored events that now name the actor (those it changed have entries in the link's group). */
  events: number;
  /** Stored events carrying the name outside the actor's periods, left unresolved. */
  outsidePeriods: number;
  /** The unresolved names taken off the events that took the actor. */
  names: DatasetActorName[];
}

/** A link's state in the audit log. */
export interface AuditedLink extends DatasetActorLink {
  resolved?: LinkResolution;
}

/** What making the link did, when the audit state says (an entry made by `jirga actors link`). */
export function resolutionOf(state: unknown): LinkResolution | undefined {
  if (state === null || typeof state !== 'object' || !('resolved' in state)) return undefined;
  return (state as AuditedLink).resolved;
}

const nameKey = (n: DatasetActorName) => JSON.stringify([n.itemId, n.dataset, n.role, n.name]);

/** Rewrites the unresolved names of the items `names` belong to, through `edit`. */
async function editNames(
  tx: StoreOps,
  names: readonly DatasetActorName[],
  edit: (current: DatasetActorName[]) => DatasetActorName[],
): Promise<void> {
  if (names.length === 0) return;
  const itemIds = [...new Set(names.map((n) => n.itemId))];
  await tx.replaceDatasetActorNames(itemIds, edit(await tx.listDatasetActorNames(itemIds)));
}

/** Takes these unresolved names off their items. */
export async function takeOffNames(tx: StoreOps, names: readonly DatasetActorName[]): Promise<void> {
  const gone = new Set(names.map(nameKey));
  await editNames(tx, names, (current) => current.filter((n) => !gone.has(nameKey(n))));
}

/** Puts these unresolved names back on their items (those still there are kept once). */
export async function putBackNames(tx: StoreOps, names: readonly DatasetActorName[]): Promise<void> {
  await editNames(tx, names, (current) => {
    const held = new Set(current.map(nameKey));
    return [...current, ...names.filter((n) => !held.has(nameKey(n)))];
  });
}

/**
 * After `entry`, a link's entry, was undone (its item back to `before`): the names its
 * `after` state took off go back, and those its `before` state took off go again.
 */
export async function undoLinkNames(tx: StoreOps, entry: AuditEntry): Promise<void> {
  if (entry.kind !== 'actor-link') return;
  await putBackNames(tx, resolutionOf(entry.after)?.names ?? []);
  await takeOffNames(tx, resolutionOf(entry.before)?.names ?? []);
}
