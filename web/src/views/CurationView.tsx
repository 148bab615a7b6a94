/**
 * The Curation view: analysts are the authors of the case. The review queue of drafts (one
 * by one or in bulk), any actor of the case opened by name, the opened item's edit form (events, relations, negotiations, agreements,
 * actors, sources) and its audit history with Undo (a merge's changes, dataset actor links among
 * them, listed under it and openable), merges of duplicate actors and incidents,
 * and the Admiralty grading of sources. Every change carries the analyst's name; the queue,
 * item and history are fetched again after each change, and `changed` tells the workbench to
 * load the case again so the other views show it. An address naming an item
 * (`#/curation/actor/ttp`, the Actors view's link) opens it at once.
 */
import { useCallback, useEffect, useState } from 'react';
import { CURATED_KINDS } from '../../../src/app/curation/kinds.ts';
import { AUDIT_KINDS } from '../../../src/store/curation-records.ts';
import type { CaseData } from '../case-data.ts';
import { AuditHistory } from '../components/curation/AuditHistory.tsx';
import { ActorSelect } from '../components/curation/choices.tsx';
import { ItemEditor } from '../components/curation/ItemEditor.tsx';
import { changedByKind, countsText, MergePanel } from '../components/curation/MergePanel.tsx';
import { draftLabel, ReviewQueue } from '../components/curation/ReviewQueue.tsx';
import { SourceGrading } from '../components/curation/SourceGrading.tsx';
import {
  fetchEditable,
  fetchHistory,
  fetchReviewQueue,
  reviewItems,
  undoEntry,
  type AuditEntry,
  type Draft,
  type EditableKind,
  type ItemHistory,
  type ReviewStatus,
} from '../curation-api.ts';
import { blankItem } from '../lib/item-fields.ts';
import { STRINGS } from '../lib/strings.ts';
import { itemInHash } from '../lib/view-hash.ts';

const S = STRINGS.curation;
const EDITABLE: readonly EditableKind[] = CURATED_KINDS;
const isEditable = (kind: string): kind is EditableKind => (EDITABLE as readonly string[]).includes(kind);

interface Opened {
  kind: string;
  id: string;
  label: string;
  /** A new item, not stored yet. */
  creating?: boolean;
}

interface OpenedState {
  history: ItemHistory;
  stored: unknown;
}

/**
 * The item the address asks to open (`#/curation/actor/ttp`, from another view's link): in its
 * form when editable, else its history alone (a dataset actor link).
 */
function openedFromHash(): Opened | null {
  const item = itemInHash(window.location.hash);
  const known = item !== null && (AUDIT_KINDS as readonly string[]).includes(item.kind);
  return known ? { ...item, label: item.id } : null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How many items of each case-data kind name an actor (the merge's preview). */
function referencesIn(data: CaseData, actorId: string): [string, number][] {
  const relations = data.relations.items.filter((r) =>
    [r.subjectId, r.objectId, r.secondObjectId].includes(actorId),
  ).length;
  const agreements = data.agreements.filter(
    (a) => a.parties.includes(actorId) || a.thirdParties.some((t) => t.actorId === actorId),
  ).length;
  const actors = [...data.actors.values()].filter((a) => a.parentId === actorId).length;
  const counts: [string, number][] = [
    ['relation', relations],
    ['agreement', agreements],
    ['actor', actors],
  ];
  return counts.filter(([, n]) => n > 0);
}

export function CurationView({ data, changed }: { data: CaseData; changed: () => void }) {
  const caseId = data.overview.case.id;
  const [analyst, setAnalyst] = useState('analyst');
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [opened, setOpened] = useState<Opened | null>(openedFromHash);
  const [state, setState] = useState<OpenedState | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const sources = [...data.sources.values()].sort((a, b) => a.title.localeCompare(b.title));
  const actors = [...data.actors.values()].sort((a, b) => a.name.localeCompare(b.name));

  const loadQueue = useCallback(() => {
    fetchReviewQueue(caseId).then(
      (queue) => setDrafts(queue.items),
      (error: unknown) => setNotice({ text: messageOf(error), error: true }),
    );
  }, [caseId]);

  const loadOpened = useCallback(() => {
    if (opened === null) return;
    const { kind, id } = opened;
    if (opened.creating === true && isEditable(kind)) {
      const today = new Date().toISOString().slice(0, 10);
      setState({ history: { kind, id, version: 0, entries: [] }, stored: blankItem(kind, today) });
      return;
    }
    // An item whose last change deleted it (a merged actor) shows its history only.
    const deleted = (history: ItemHistory) => history.entries.at(-1)?.after === null;
    fetchHistory(kind, id)
      .then(async (history) => ({
        history,
        stored: isEditable(kind) && !deleted(history) ? await fetchEditable(kind, id) : null,
      }))
      .then(
        (loaded) => setState(loaded),
        (error: unknown) => setNotice({ text: messageOf(error), error: true }),
      );
  }, [opened]);

  // An address naming an item, followed while the view is open, opens it too.
  useEffect(() => {
    const onHash = () => {
      const named = openedFromHash();
      if (named !== null) setOpened(named);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(loadQueue, [loadQueue]);
  useEffect(() => {
    setState(null);
    loadOpened();
  }, [loadOpened]);

  const refresh = () => {
    loadQueue();
    loadOpened();
    changed();
  };

  const run = (work: Promise<string>) => {
    setBusy(true);
    work.then(
      (text) => {
        setBusy(false);
        setNotice({ text, error: false });
        refresh();
      },
      (error: unknown) => {
        setBusy(false);
        setNotice({ text: messageOf(error), error: true });
        refresh();
      },
    );
  };

  const review = (items: Draft[], status: ReviewStatus) =>
    run(
      reviewItems({ items: items.map((d) => ({ kind: d.kind, id: d.item.id })), status }, analyst).then(
        (result) => S.reviewed(result.audit.length, S.statuses[status]),
      ),
    );

  const merge = (work: Promise<AuditEntry[]>) =>
    run(
      work.then((entries) => {
        const first = entries[0];
        if (first !== undefined) {
          setOpened({
            kind: first.kind,
            id: first.itemId,
            label: first.itemId,
          });
        }
        return S.merged(countsText(changedByKind(entries)));
      }),
    );

  const undo = (id: number) => run(undoEntry(id, analyst).then(() => S.undone(id)));
  const nameOf = (actorId: string) => {
    const actor = data.actors.get(actorId);
    return actor === undefined ? actorId : `${actor.name} (${actorId})`;
  };
  const openPart = (kind: string, id: string) => setOpened({ kind, id, label: id });

  const chosenSource = opened?.kind === 'source' ? (data.sources.get(opened.id) ?? null) : null;

  return (
    <section className="view curation-view" aria-labelledby="curation-heading">
      <h2 id="curation-heading">{STRINGS.views.curation}</h2>
      <label className="analyst-name">
        {S.analyst}{' '}
        <input value={analyst} onChange={(e) => setAnalyst(e.target.value)} aria-describedby="analyst-hint" />
      </label>
      <p id="analyst-hint" className="hint">
        {S.analystHint}
      </p>
      <div aria-live="polite">
        {notice !== null && (
          <p role={notice.error ? 'alert' : 'status'} className={notice.error ? 'conflict' : 'saved'}>
            {notice.text}
          </p>
        )}
      </div>
      <div className="new-items" role="group" aria-label={S.create}>
        {EDITABLE.map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={() => setOpened({ kind, id: '', label: S.newItem(kind), creating: true })}
          >
            {S.newItem(kind)}
          </button>
        ))}
      </div>
      <label className="open-actor">
        {S.openActor}{' '}
        <ActorSelect
          actors={actors}
          value={opened?.kind === 'actor' && opened.creating !== true ? opened.id : ''}
          onChange={(id) => id !== '' && openPart('actor', id)}
        />
      </label>
      <div className="curation-columns">
        <section aria-labelledby="queue-heading">
          <h3 id="queue-heading">
            {S.queue} {drafts !== null && `(${drafts.length})`}
          </h3>
          <p className="hint">{S.queueHint}</p>
          {drafts === null ? (
            <p>{STRINGS.loading}</p>
          ) : (
            <ReviewQueue
              drafts={drafts}
              review={review}
              busy={busy}
              open={(draft) => setOpened({ kind: draft.kind, id: draft.item.id, label: draftLabel(draft) })}
            />
          )}
          <SourceGrading
            sources={sources}
            analyst={analyst}
            chosen={chosenSource}
            choose={(id) => setOpened({ kind: 'source', id, label: data.sources.get(id)?.title ?? id })}
            version={state?.history.version ?? 0}
            graded={refresh}
          />
          <MergePanel
            actors={actors}
            referencesOf={(id) => referencesIn(data, id)}
            analyst={analyst}
            busy={busy}
            merge={merge}
          />
        </section>
        <section className="opened-item" aria-labelledby="opened-heading">
          <h3 id="opened-heading">
            {opened === null
              ? S.item
              : opened.creating === true
                ? opened.label
                : `${opened.kind}: ${opened.label}`}
          </h3>
          {opened === null ? (
            <p className="hint">{S.chooseItem}</p>
          ) : state === null ? (
            <p>{STRINGS.loading}</p>
          ) : (
            <>
              {state.stored !== null && isEditable(opened.kind) && (
                <ItemEditor
                  key={`${opened.kind}:${opened.id}:${state.history.version}:${opened.creating === true}`}
                  kind={opened.kind}
                  id={opened.id}
                  stored={state.stored}
                  version={state.history.version}
                  analyst={analyst}
                  saved={(id) => {
                    if (opened.creating === true) {
                      setOpened({ kind: opened.kind, id, label: id });
                      changed();
                    } else refresh();
                    loadQueue();
                  }}
                  reload={loadOpened}
                  creating={opened.creating === true ? caseId : null}
                  sources={sources}
                  actors={actors}
                />
              )}
              {opened.creating !== true && (
                <>
                  <h4>{S.history}</h4>
                  <AuditHistory
                    entries={state.history.entries}
                    undo={undo}
                    busy={busy}
                    nameOf={nameOf}
                    open={openPart}
                  />
                </>
              )}
            </>
          )}
        </section>
      </div>
    </section>
  );
}
