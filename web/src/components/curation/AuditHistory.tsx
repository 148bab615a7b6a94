/**
 * An item's audit history, newest first: when, who, what action, the version reached, and an
 * Undo for what the API lets be undone: an entry made alone or heading a group undoes itself; a
 * part of a group (a merge's) undoes the whole group through its head. A change made outside
 * curation and not yet recorded shows as such, with nothing to undo. Dataset actor links are
 * written in words (dataset, name, old actor → new actor). An entry heading a group (a merge,
 * an undo, an actor link) opens the list of what was changed with it, each item there openable in turn.
 */
import { useState } from 'react';
import { STRINGS } from '../../lib/strings.ts';
import { actorLinkWords } from '../../lib/audit-words.ts';
import { fetchGroup, type AuditEntry, type HistoryEntry } from '../../curation-api.ts';

const S = STRINGS.curation;

export interface HistoryActions {
  /** Undoes the recorded entry with this number. */
  undo: (id: number) => void;
  busy: boolean;
  /** An actor's name as the case holds it, for dataset actor links. */
  nameOf: (actorId: string) => string;
  /** Opens an item (a part of a group) with its own history. */
  open: (kind: string, id: string) => void;
}

export function AuditHistory({ entries, ...actions }: { entries: HistoryEntry[] } & HistoryActions) {
  if (entries.length === 0) return <p className="empty">{S.historyEmpty}</p>;
  return (
    <ol className="audit-history" reversed>
      {[...entries].reverse().map((entry) => (
        <Entry key={entry.id ?? 'unrecorded'} entry={entry} nested={false} {...actions} />
      ))}
    </ol>
  );
}

function Entry({ entry, nested, ...actions }: { entry: HistoryEntry; nested: boolean } & HistoryActions) {
  const link = actorLinkWords(entry, actions.nameOf);
  return (
    <li className="audit-entry" data-action={entry.action} data-kind={entry.kind}>
      <span className="audit-action">{entry.action}</span> <span className="audit-who">{entry.who}</span>{' '}
      <time dateTime={entry.at}>{entry.at.replace('T', ' ').slice(0, 19)}</time>{' '}
      {nested && (
        <span className="audit-item">
          {entry.kind === 'actor-link' ? S.actorLinkKind : entry.kind} {entry.itemId}{' '}
        </span>
      )}
      <span className="audit-meta">
        {entry.id === null ? (
          <abbr title={S.notRecordedHint} className="not-recorded">
            {S.notRecorded}
          </abbr>
        ) : (
          `#${entry.id}`
        )}{' '}
        · {S.version(entry.version)}
        {entry.undoes !== null && ` · ${S.reverses(entry.undoes)}`}
        {entry.partOf !== null && ` · ${S.partOf(entry.partOf)}`}
      </span>
      {link !== undefined && (
        <div className="audit-words">{S.actorLink(link.dataset, link.name, link.from, link.to)}</div>
      )}
      {entry.id !== null && <UndoButton entry={entry} {...actions} />}
      {nested && (
        <button
          type="button"
          className="open-part"
          aria-label={S.openItem(`${entry.kind}:${entry.itemId}`)}
          onClick={() => actions.open(entry.kind, entry.itemId)}
        >
          {S.open}
        </button>
      )}
      {entry.id !== null && entry.partOf === null && !nested && headsGroup(entry) && (
        <GroupParts head={entry.id} {...actions} />
      )}
    </li>
  );
}

/** Whether an entry may head a group: a merge, an undo, an actor link (with the events it changed). */
const headsGroup = (entry: AuditEntry) =>
  ['merge', 'undo'].includes(entry.action) || entry.kind === 'actor-link';

/** Undo of the entry itself, or of the whole group it is part of. */
function UndoButton({ entry, undo, busy }: { entry: AuditEntry } & HistoryActions) {
  const head = entry.partOf ?? entry.id;
  return (
    <button
      type="button"
      className="undo-button"
      aria-label={entry.partOf === null ? S.undoEntry(entry.id) : S.undoWholeLabel(head, entry.id)}
      disabled={busy}
      onClick={() => undo(head)}
    >
      {entry.partOf === null ? S.undo : S.undoWhole(head)}
    </button>
  );
}

/** What was changed with the entry heading a group, fetched when asked for. */
function GroupParts({ head, ...actions }: { head: number } & HistoryActions) {
  const [parts, setParts] = useState<AuditEntry[] | null>(null);
  const [shown, setShown] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = () => {
    if (!shown)
      fetchGroup(head).then(
        (group) => setParts(group.parts),
        (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
      );
    setShown(!shown);
  };
  return (
    <div className="audit-group">
      <button type="button" className="show-group" aria-expanded={shown} onClick={toggle}>
        {shown ? S.hideGroup(head) : S.showGroup(head)}
      </button>
      {shown &&
        (problem !== null ? (
          <p role="alert">{problem}</p>
        ) : parts === null ? (
          <p>{STRINGS.loading}</p>
        ) : parts.length === 0 ? (
          <p className="empty">{S.groupEmpty}</p>
        ) : (
          <ol className="audit-history audit-parts">
            {parts.map((part) => (
              <Entry key={part.id} entry={part} nested {...actions} />
            ))}
          </ol>
        ))}
    </div>
  );
}
