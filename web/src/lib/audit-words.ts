/**
 * Audit entries in words where their kind needs more than its id: a dataset actor link (kind
 * `actor-link`, changed when an actor merge re-points the names a dataset links to the
 * duplicate) as its dataset, the dataset's name for the actor, and the old actor → the new
 * one, each actor by its name where the case holds it. Pure.
 */
import { actorLinkKey } from '../../../src/store/curation-records.ts';

/** A link as the audit log keeps it before or after a change (null: none). */
interface LinkState {
  dataset: string | null;
  name: string;
  actorId: string;
}

export interface LinkWords {
  /** The dataset, or null for a link that holds in every dataset. */
  dataset: string | null;
  name: string;
  /** The actor linked before and after (null: no link). */
  from: string | null;
  to: string | null;
}

const asLink = (state: unknown): LinkState | null =>
  state !== null && typeof state === 'object' && 'name' in state && 'actorId' in state
    ? (state as LinkState)
    : null;

/** The words of an `actor-link` entry, actors named by `nameOf`; undefined for other kinds. */
export function actorLinkWords(
  entry: { kind: string; itemId: string; before: unknown; after: unknown },
  nameOf: (actorId: string) => string,
): LinkWords | undefined {
  if (entry.kind !== 'actor-link') return undefined;
  const before = asLink(entry.before);
  const after = asLink(entry.after);
  const key = actorLinkKey(entry.itemId);
  const link = after ?? before;
  return {
    dataset: link?.dataset ?? key?.dataset ?? null,
    name: link?.name ?? key?.name ?? entry.itemId,
    from: before === null ? null : nameOf(before.actorId),
    to: after === null ? null : nameOf(after.actorId),
  };
}
