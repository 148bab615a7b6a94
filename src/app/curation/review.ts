/**
 * Reviewing drafts: the queue of items still in `draft` (coded from documents, held from
 * datasets, or entered by hand), and setting the review status of one item or many at once
 * (`reviewed`, `disputed`, `rejected`, or back to `draft`). A bulk review is one transaction:
 * when any item is stale or unknown, none is changed. Each item gets its own audit entry, so
 * each can be undone alone.
 */
import { NotFoundError, ValidationError } from '../../errors.ts';
import { ReviewStatus } from '../../model/index.ts';
import type { AuditEntry, DraftFilter, DraftItem, ReviewableKind, Store } from '../../store/store.ts';
import { REVIEWABLE_KINDS } from '../../store/curation-records.ts';
import { requireCase } from '../cases.ts';
import { readForChange, recordChanges, type Change } from './changes.ts';
import { settleOutsideChanges } from './outside-changes.ts';

export interface ReviewTarget {
  kind: string;
  id: string;
  /** The version the reviewer saw; omitted, the current one. */
  version?: number;
}

export interface ReviewResult {
  /** One entry per item whose status changed; items already at the status are left alone. */
  audit: AuditEntry[];
  unchanged: { kind: ReviewableKind; id: string }[];
}

function reviewableKind(kind: string, index: number): ReviewableKind {
  const found = REVIEWABLE_KINDS.find((k) => k === kind);
  if (found === undefined) {
    throw new ValidationError(`a ${kind} has no review status (expected ${REVIEWABLE_KINDS.join(', ')})`, {
      field: `items.${index}.kind`,
    });
  }
  return found;
}

export async function reviewItems(
  store: Store,
  targets: readonly ReviewTarget[],
  status: string,
  who: string,
): Promise<ReviewResult> {
  const parsed = ReviewStatus.safeParse(status);
  if (!parsed.success) {
    throw new ValidationError(`expected a status among ${ReviewStatus.options.join(', ')}`, {
      field: 'status',
    });
  }
  if (targets.length === 0) throw new ValidationError('nothing to review', { field: 'items' });
  const kinds = targets.map((t, i) => reviewableKind(t.kind, i));
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    const key = `${t.kind}:${t.id}`;
    if (seen.has(key)) throw new ValidationError(`${key} is listed twice`, { field: `items.${i}.id` });
    seen.add(key);
  });
  if (targets.some((t) => t.version !== undefined))
    await settleOutsideChanges(
      store,
      targets.map((t, i) => ({ kind: kinds[i]!, id: t.id })),
    );
  return store.transaction(async (tx) => {
    const changes: Change[] = [];
    const unchanged: ReviewResult['unchanged'] = [];
    for (const [index, target] of targets.entries()) {
      const kind = kinds[index]!;
      const current = await readForChange(tx, kind, target.id);
      if (current.item === undefined) throw new NotFoundError(kind, target.id);
      if (current.item.status === parsed.data) {
        unchanged.push({ kind, id: target.id });
        continue;
      }
      changes.push({
        kind,
        itemId: target.id,
        before: current.item,
        after: { ...current.item, status: parsed.data },
        basedOn: target.version ?? current.version,
        action: 'review',
      });
    }
    // Independent changes: each its own entry, not a group.
    const audit: AuditEntry[] = [];
    for (const change of changes) audit.push(...(await recordChanges(tx, who, [change])));
    return { audit, unchanged };
  });
}

/** The drafts awaiting review, in a case or everywhere. */
export async function reviewQueue(store: Store, filter: DraftFilter): Promise<DraftItem[]> {
  if (filter.caseId !== undefined) await requireCase(store, filter.caseId);
  return store.listDrafts(filter);
}
