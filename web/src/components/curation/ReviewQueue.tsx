/**
 * The review queue: every draft of the case with a checkbox, one-click statuses per row, a
 * bulk action for the selected rows, and Open to edit the item and see its history.
 */
import { useState } from 'react';
import type { Draft, ReviewStatus } from '../../curation-api.ts';
import { STRINGS } from '../../lib/strings.ts';

const S = STRINGS.curation;
const DECISIONS: ReviewStatus[] = ['reviewed', 'disputed', 'rejected'];

/** A short label for a draft: its summary or name, else its id. */
export function draftLabel(draft: Draft): string {
  const item = draft.item as { id: string; summary?: string; name?: string };
  return item.summary ?? item.name ?? item.id;
}

const keyOf = (draft: Draft) => `${draft.kind}:${draft.item.id}`;

export function ReviewQueue({
  drafts,
  review,
  open,
  busy,
}: {
  drafts: Draft[];
  review: (items: Draft[], status: ReviewStatus) => void;
  open: (draft: Draft) => void;
  busy: boolean;
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const chosen = drafts.filter((d) => selected.has(keyOf(d)));
  const toggle = (key: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  if (drafts.length === 0) return <p className="empty">{S.queueEmpty}</p>;
  return (
    <>
      <div className="bulk-actions" role="group" aria-label={S.bulk}>
        <span>{S.selected(chosen.length)}</span>
        {DECISIONS.map((status) => (
          <button
            key={status}
            type="button"
            disabled={busy || chosen.length === 0}
            onClick={() => {
              review(chosen, status);
              setSelected(new Set());
            }}
          >
            {S.statuses[status]}
          </button>
        ))}
      </div>
      <table className="items-table review-queue">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={S.selectAll}
                checked={chosen.length === drafts.length}
                onChange={(e) => setSelected(new Set(e.target.checked ? drafts.map(keyOf) : []))}
              />
            </th>
            <th scope="col">{S.kind}</th>
            <th scope="col">{S.item}</th>
            <th scope="col">{S.actions}</th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((draft) => {
            const label = draftLabel(draft);
            return (
              <tr key={keyOf(draft)} data-item={keyOf(draft)}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={S.selectOne(label)}
                    checked={selected.has(keyOf(draft))}
                    onChange={() => toggle(keyOf(draft))}
                  />
                </td>
                <td>{draft.kind}</td>
                <td>{label}</td>
                <td className="row-actions">
                  {DECISIONS.map((status) => (
                    <button
                      key={status}
                      type="button"
                      disabled={busy}
                      aria-label={S.markAs(status, label)}
                      onClick={() => review([draft], status)}
                    >
                      {S.statuses[status]}
                    </button>
                  ))}
                  <button type="button" aria-label={S.openItem(label)} onClick={() => open(draft)}>
                    {S.open}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
