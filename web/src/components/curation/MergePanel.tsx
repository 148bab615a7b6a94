/**
 * Merging duplicates: two actors (the duplicate's references move to the actor kept, its names
 * become the kept actor's aliases, and it is deleted) or two events reporting one incident (both
 * get one incident id). Before merging it says what the case shows of the duplicate's
 * references; afterwards, how many items the merge changed, by kind. The merge's first audit
 * entry is handed back so the view can open it, with its Undo.
 */
import { useState } from 'react';
import { mergeActors, mergeIncidents, type AuditEntry } from '../../curation-api.ts';
import { STRINGS } from '../../lib/strings.ts';
import { ActorSelect, type ActorChoice } from './choices.tsx';

const S = STRINGS.curation;

export type MergeKind = 'actor' | 'event';

/** Items changed by a merge, counted by kind, in the order they first appear. */
export function changedByKind(entries: readonly AuditEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  return [...counts];
}

/** "2 actors, 1 relation". */
export const countsText = (counts: readonly [string, number][]) =>
  counts.map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ');

export function MergePanel({
  actors,
  referencesOf,
  analyst,
  busy,
  merge,
}: {
  actors: readonly ActorChoice[];
  /** What the loaded case shows naming an actor: counts by kind of item. */
  referencesOf: (actorId: string) => [string, number][];
  analyst: string;
  busy: boolean;
  /** Runs the merge; the view reports it and opens its first entry. */
  merge: (work: Promise<AuditEntry[]>) => void;
}) {
  const [kind, setKind] = useState<MergeKind>('actor');
  const [kept, setKept] = useState('');
  const [duplicate, setDuplicate] = useState('');
  const ready = kept !== '' && duplicate !== '' && kept !== duplicate;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    merge(
      (kind === 'actor'
        ? mergeActors({ into: kept, merged: duplicate }, analyst)
        : mergeIncidents({ events: [kept, duplicate] }, analyst)
      ).then((result) => result.audit),
    );
  };

  const picker = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      {kind === 'actor' ? (
        <ActorSelect id={id} actors={actors} value={value} onChange={set} />
      ) : (
        <input id={id} value={value} onChange={(e) => set(e.target.value.trim())} />
      )}
    </div>
  );

  const references = kind === 'actor' && duplicate !== '' ? referencesOf(duplicate) : [];
  return (
    <form className="merge-panel" onSubmit={submit} aria-labelledby="merge-heading">
      <h3 id="merge-heading">{S.merge}</h3>
      <fieldset>
        <legend>{S.mergeWhat}</legend>
        {(['actor', 'event'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="merge-kind"
              checked={kind === option}
              onChange={() => {
                setKind(option);
                setKept('');
                setDuplicate('');
              }}
            />{' '}
            {S.mergeKinds[option]}
          </label>
        ))}
      </fieldset>
      <p className="hint">{S.mergeHint[kind]}</p>
      <div className="editor-fields">
        {picker('merge-kept', S.mergeKept[kind], kept, setKept)}
        {picker('merge-duplicate', S.mergeDuplicate[kind], duplicate, setDuplicate)}
      </div>
      {references.length > 0 && (
        <p className="merge-preview" role="status">
          {S.mergePreview(duplicate, countsText(references))}
        </p>
      )}
      <button type="submit" disabled={!ready || busy}>
        {S.mergeButton}
      </button>
    </form>
  );
}
