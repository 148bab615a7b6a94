/**
 * The evidence behind one event or relation: what it says, then each piece of evidence with
 * its source's title, publisher, URL and access date, and the quoted sentence or dataset row.
 */
import { useEffect, useState } from 'react';
import { fetchSource, type Evidence, type Source } from '../api.ts';
import { actorName, type CaseData } from '../case-data.ts';
import { STRINGS } from '../lib/strings.ts';
import type { Select, Selection } from '../selection.ts';

function useSource(data: CaseData, id: string): Source | 'missing' | null {
  const known = data.sources.get(id);
  const [fetched, setFetched] = useState<Source | 'missing' | null>(null);
  useEffect(() => {
    if (known !== undefined) return;
    let current = true;
    fetchSource(id).then(
      (result) => current && setFetched(result.source),
      () => current && setFetched('missing'),
    );
    return () => {
      current = false;
    };
  }, [id, known]);
  return known ?? fetched;
}

function EvidenceItem({ data, evidence }: { data: CaseData; evidence: Evidence }) {
  const source = useSource(data, evidence.sourceId);
  return (
    <li className="evidence-item">
      {source === null ? (
        <p>{STRINGS.loading}</p>
      ) : source === 'missing' ? (
        <p className="source-title">{evidence.sourceId}</p>
      ) : (
        <>
          <p className="source-title">{source.title}</p>
          <p className="source-meta">
            {[source.author, source.publisher].filter((part) => part !== null && part !== '').join(' · ')}
            {source.published !== null && ` · ${STRINGS.published} ${source.published}`}
            {source.accessed !== null && ` · ${STRINGS.accessed} ${source.accessed}`}
            {source.reliability !== null &&
              ` · ${STRINGS.reliability} ${source.reliability}${source.credibility ?? ''}`}
          </p>
          {source.url !== null && (
            <p className="source-url">
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.url}
              </a>
            </p>
          )}
        </>
      )}
      {evidence.quote !== undefined && <blockquote>“{evidence.quote}”</blockquote>}
      {evidence.dataset !== undefined && (
        <p className="dataset-row">
          {STRINGS.datasetRow}: {evidence.dataset}
          {evidence.release !== undefined && ` ${evidence.release}`}
          {evidence.row !== undefined && `, row ${evidence.row}`}
        </p>
      )}
      {evidence.claimedBy !== undefined && (
        <p className="claimed-by">
          {STRINGS.claimedBy} {actorName(data, evidence.claimedBy)}
        </p>
      )}
    </li>
  );
}

function describe(
  data: CaseData,
  selection: Selection,
): { heading: string; detail: string; evidence: Evidence[] } | null {
  if (selection.kind === 'event') {
    const event = data.events.items.find((item) => item.id === selection.id);
    if (event === undefined) return null;
    const who = `${event.sourceActors.map((id) => actorName(data, id)).join(', ')} → ${event.targetActors.map((id) => actorName(data, id)).join(', ')}`;
    const deaths = event.fatalities.best === null ? '' : ` · ${STRINGS.fatalities}: ${event.fatalities.best}`;
    return {
      heading: `${event.date} · ${event.type}${event.mode === null ? '' : ` (${event.mode})`}`,
      detail:
        `${event.summary ?? ''} ${who}${event.location.name === null ? '' : ` · ${event.location.name}`}${deaths}`.trim(),
      evidence: event.evidence,
    };
  }
  const relation = data.relations.items.find((item) => item.id === selection.id);
  if (relation === undefined) return null;
  const second =
    relation.secondObjectId === undefined ? '' : ` and ${actorName(data, relation.secondObjectId)}`;
  return {
    heading: `${actorName(data, relation.subjectId)} ${relation.predicate} ${actorName(data, relation.objectId)}${second}`,
    detail:
      `${relation.summary ?? ''} (${relation.from ?? '…'} – ${relation.to ?? '…'}, sign ${relation.sign}, ${relation.stance})`.trim(),
    evidence: relation.evidence,
  };
}

export function EvidencePanel({
  data,
  selection,
  select,
}: {
  data: CaseData;
  selection: Selection | null;
  select: Select;
}) {
  const described = selection === null ? null : describe(data, selection);
  return (
    <aside className="evidence-panel" aria-labelledby="evidence-heading" aria-live="polite">
      <div className="panel-header">
        <h2 id="evidence-heading">{STRINGS.evidenceTitle}</h2>
        {selection !== null && (
          <button type="button" onClick={() => select(null)}>
            {STRINGS.closeEvidence}
          </button>
        )}
      </div>
      {described === null ? (
        <p className="hint">{STRINGS.evidenceHint}</p>
      ) : (
        <>
          <h3 className="selected-heading">{described.heading}</h3>
          <p>{described.detail}</p>
          <ol className="evidence-list">
            {described.evidence.map((evidence, i) => (
              <EvidenceItem key={`${evidence.sourceId}-${i}`} data={data} evidence={evidence} />
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
