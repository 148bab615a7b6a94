/**
 * The evidence behind one event, relation or agreement: what it says, then each piece of
 * evidence with its source's title, publisher, URL and access date, and the quoted sentence or
 * dataset row. For an assessment indicator: its rationale and the items it rests on, each
 * fetched by id through the API and opening its own evidence. For an actor's designation: who
 * listed it, on which list, and the evidence; for an actor's period, its dates and the evidence.
 */
import { useEffect, useState } from 'react';
import {
  fetchAgreement,
  fetchEvent,
  fetchRelation,
  fetchSource,
  type Agreement,
  type Evidence,
  type JirgaEvent,
  type Relation,
  type Source,
} from '../api.ts';
import { actorName, type CaseData } from '../case-data.ts';
import { STRINGS } from '../lib/strings.ts';
import { spanText } from '../lib/time-window.ts';
import type { IndicatorSelection, Select, Selection } from '../selection.ts';

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

type ItemKind = 'event' | 'relation' | 'agreement';
type ItemOf<K extends ItemKind> = K extends 'event'
  ? JirgaEvent
  : K extends 'relation'
    ? Relation
    : Agreement;

function knownItem<K extends ItemKind>(data: CaseData, kind: K, id: string): ItemOf<K> | undefined {
  const found =
    kind === 'event'
      ? data.overview.latestEvents.find((item) => item.id === id)
      : kind === 'relation'
        ? data.relations.items.find((item) => item.id === id)
        : data.agreements.find((item) => item.id === id);
  return found as ItemOf<K> | undefined;
}

function fetchItem<K extends ItemKind>(kind: K, id: string): Promise<ItemOf<K>> {
  const fetched =
    kind === 'event' ? fetchEvent(id) : kind === 'relation' ? fetchRelation(id) : fetchAgreement(id);
  return fetched as Promise<ItemOf<K>>;
}

/** An item from the loaded case when it is there, else fetched by id through the API. */
function useItem<K extends ItemKind>(data: CaseData, kind: K, id: string): ItemOf<K> | 'missing' | null {
  const known = knownItem(data, kind, id);
  const [fetched, setFetched] = useState<{ key: string; item: ItemOf<K> | 'missing' } | null>(null);
  const key = `${kind}:${id}`;
  useEffect(() => {
    if (known !== undefined) return;
    let current = true;
    fetchItem(kind, id).then(
      (item) => current && setFetched({ key, item }),
      () => current && setFetched({ key, item: 'missing' }),
    );
    return () => {
      current = false;
    };
  }, [key, known]);
  if (known !== undefined) return known;
  return fetched?.key === key ? fetched.item : null;
}

interface Described {
  heading: string;
  detail: string;
  evidence: Evidence[];
}

function describeEvent(data: CaseData, event: JirgaEvent): Described {
  const who = `${event.sourceActors.map((id) => actorName(data, id)).join(', ')} → ${event.targetActors.map((id) => actorName(data, id)).join(', ')}`;
  const deaths = event.fatalities.best === null ? '' : ` · ${STRINGS.fatalities}: ${event.fatalities.best}`;
  return {
    heading: `${event.date} · ${event.type}${event.mode === null ? '' : ` (${event.mode})`}`,
    detail:
      `${event.summary ?? ''} ${who}${event.location.name === null ? '' : ` · ${event.location.name}`}${deaths}`.trim(),
    evidence: event.evidence,
  };
}

function describeRelation(data: CaseData, relation: Relation): Described {
  const second =
    relation.secondObjectId === undefined ? '' : ` and ${actorName(data, relation.secondObjectId)}`;
  return {
    heading: `${actorName(data, relation.subjectId)} ${relation.predicate} ${actorName(data, relation.objectId)}${second}`,
    detail:
      `${relation.summary ?? ''} (${spanText(relation.from, relation.to)}, sign ${relation.sign}, ${relation.stance})`.trim(),
    evidence: relation.evidence,
  };
}

function describeAgreement(data: CaseData, agreement: Agreement): Described {
  const ended =
    agreement.ended === null
      ? STRINGS.agreementInForce
      : `${agreement.ended.how}${agreement.ended.date === null ? '' : ` ${agreement.ended.date}`}${agreement.ended.by.length > 0 ? ` by ${agreement.ended.by.map((id) => actorName(data, id)).join(', ')}` : ''}`;
  return {
    heading: agreement.name,
    detail: `${agreement.kind}, ${agreement.parties.map((id) => actorName(data, id)).join(' – ')}; signed ${agreement.signed ?? '?'}; ${ended}.`,
    evidence: agreement.evidence,
  };
}

function describeItem(data: CaseData, kind: ItemKind, item: JirgaEvent | Relation | Agreement): Described {
  if (kind === 'event') return describeEvent(data, item as JirgaEvent);
  if (kind === 'relation') return describeRelation(data, item as Relation);
  return describeAgreement(data, item as Agreement);
}

function ItemEvidence({ data, kind, id }: { data: CaseData; kind: ItemKind; id: string }) {
  const item = useItem(data, kind, id);
  if (item === null) return <p>{STRINGS.loading}</p>;
  if (item === 'missing') return <p className="empty">{STRINGS.itemMissing(kind, id)}</p>;
  return <DescribedEvidence data={data} described={describeItem(data, kind, item)} />;
}

function DescribedEvidence({ data, described }: { data: CaseData; described: Described }) {
  return (
    <>
      <h3 className="selected-heading">{described.heading}</h3>
      <p>{described.detail}</p>
      <ol className="evidence-list">
        {described.evidence.map((evidence, i) => (
          <EvidenceItem key={`${evidence.sourceId}-${i}`} data={data} evidence={evidence} />
        ))}
      </ol>
    </>
  );
}

/** One item an indicator rests on, as a button that opens its own evidence. */
function LinkedItem({
  data,
  kind,
  id,
  select,
}: {
  data: CaseData;
  kind: ItemKind;
  id: string;
  select: Select;
}) {
  const item = useItem(data, kind, id);
  const label =
    item === null
      ? id
      : item === 'missing'
        ? STRINGS.itemMissing(kind, id)
        : describeItem(data, kind, item).heading;
  const summary =
    item !== null && item !== 'missing' && kind === 'event' ? ` ${(item as JirgaEvent).summary ?? ''}` : '';
  return (
    <li>
      <button
        type="button"
        className="event-button"
        onClick={() => select({ kind, id })}
        disabled={item === 'missing'}
      >
        <span className="linked-heading">{label}</span>
        {summary !== '' && <span className="linked-summary">{summary}</span>}
        <span className="linked-count">
          {item !== null && item !== 'missing' && ` · ${STRINGS.sourceCount(item.evidence.length)}`}
        </span>
      </button>
    </li>
  );
}

function SourceLine({ data, id }: { data: CaseData; id: string }) {
  const source = useSource(data, id);
  if (source === null || source === 'missing') return <li>{id}</li>;
  return (
    <li>
      <span className="source-title">{source.title}</span>
      <span className="source-meta">
        {' '}
        {source.publisher ?? source.kind}
        {source.published !== null && `, ${source.published}`}
      </span>
      {source.url !== null && (
        <>
          {' '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            link
          </a>
        </>
      )}
    </li>
  );
}

function IndicatorEvidence({
  data,
  indicator,
  select,
}: {
  data: CaseData;
  indicator: IndicatorSelection;
  select: Select;
}) {
  const groups = [
    ['event', STRINGS.linkedEvents, indicator.evidence.events],
    ['relation', STRINGS.linkedRelations, indicator.evidence.relations],
    ['agreement', STRINGS.linkedAgreements, indicator.evidence.agreements],
  ] as const;
  const empty = groups.every(([, , ids]) => ids.length === 0) && indicator.evidence.sources.length === 0;
  return (
    <>
      <h3 className="selected-heading">{indicator.name}</h3>
      <p>{indicator.rationale}</p>
      {empty && <p className="empty">{STRINGS.indicatorNoEvidence}</p>}
      {groups.map(
        ([kind, title, ids]) =>
          ids.length > 0 && (
            <section key={kind} className="linked-items">
              <h4>
                {title} ({ids.length})
              </h4>
              <ul className="event-list">
                {ids.map((id) => (
                  <LinkedItem key={id} data={data} kind={kind} id={id} select={select} />
                ))}
              </ul>
            </section>
          ),
      )}
      {indicator.evidence.sources.length > 0 && (
        <section className="linked-items">
          <h4>
            {STRINGS.sources} ({indicator.evidence.sources.length})
          </h4>
          <ul className="source-list">
            {indicator.evidence.sources.map((id) => (
              <SourceLine key={id} data={data} id={id} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** An actor's designation or period: what it says and its evidence. */
function describeActorPart(
  data: CaseData,
  kind: 'designation' | 'period',
  actorId: string,
  index: number,
): Described | undefined {
  const actor = data.actors.get(actorId);
  if (kind === 'period') {
    const period = actor?.periods?.[index];
    if (period === undefined) return undefined;
    return {
      heading: STRINGS.periodOf(actorName(data, actorId)),
      detail: spanText(period.from, period.to),
      evidence: period.evidence,
    };
  }
  const designation = actor?.designations[index];
  if (designation === undefined) return undefined;
  return {
    heading: STRINGS.designationOf(actorName(data, actorId), actorName(data, designation.by)),
    detail: `${designation.list} (${spanText(designation.from, designation.to)})`,
    evidence: designation.evidence,
  };
}

function ActorPartEvidence({
  data,
  kind,
  actorId,
  index,
}: {
  data: CaseData;
  kind: 'designation' | 'period';
  actorId: string;
  index: number;
}) {
  const described = describeActorPart(data, kind, actorId, index);
  if (described === undefined) return <p className="empty">{STRINGS.itemMissing(kind, actorId)}</p>;
  return <DescribedEvidence data={data} described={described} />;
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
      {selection === null ? (
        <p className="hint">{STRINGS.evidenceHint}</p>
      ) : selection.kind === 'indicator' ? (
        <IndicatorEvidence data={data} indicator={selection} select={select} />
      ) : selection.kind === 'designation' || selection.kind === 'period' ? (
        <ActorPartEvidence
          key={`${selection.kind}:${selection.actorId}:${selection.index}`}
          data={data}
          kind={selection.kind}
          actorId={selection.actorId}
          index={selection.index}
        />
      ) : (
        <ItemEvidence
          key={`${selection.kind}:${selection.id}`}
          data={data}
          kind={selection.kind}
          id={selection.id}
        />
      )}
    </aside>
  );
}
