/**
 * An item's audit history, newest first: when, who, what action, the version reached, and an
 * Undo button for each change that can be undone on its own (not a part of a merge group).
 */
import { STRINGS } from '../../lib/strings.ts';
import type { AuditEntry } from '../../curation-api.ts';

const S = STRINGS.curation;

export function AuditHistory({
  entries,
  undo,
  busy,
}: {
  entries: AuditEntry[];
  undo: (entry: AuditEntry) => void;
  busy: boolean;
}) {
  if (entries.length === 0) return <p className="empty">{S.historyEmpty}</p>;
  return (
    <ol className="audit-history" reversed>
      {[...entries].reverse().map((entry) => (
        <li key={entry.id} className="audit-entry" data-action={entry.action}>
          <span className="audit-action">{entry.action}</span> <span className="audit-who">{entry.who}</span>{' '}
          <time dateTime={entry.at}>{entry.at.replace('T', ' ').slice(0, 19)}</time>{' '}
          <span className="audit-meta">
            #{entry.id} · {S.version(entry.version)}
            {entry.undoes !== null && ` · ${S.reverses(entry.undoes)}`}
            {entry.partOf !== null && ` · ${S.partOf(entry.partOf)}`}
          </span>
          {entry.partOf === null && (
            <button
              type="button"
              className="undo-button"
              aria-label={S.undoEntry(entry.id)}
              disabled={busy}
              onClick={() => undo(entry)}
            >
              {S.undo}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
