/**
 * The Evidence view: every event and relation in the window with how many sources back it;
 * choosing one opens its evidence in the panel.
 */
import { actorName } from '../case-data.ts';
import type { CaseWithEvents } from '../event-data.ts';
import { STRINGS } from '../lib/strings.ts';
import { dateInWindow, spanInWindow, type TimeWindow } from '../lib/time-window.ts';
import type { Select } from '../selection.ts';

export function EvidenceView({
  data,
  window,
  select,
}: {
  data: CaseWithEvents;
  window: TimeWindow;
  select: Select;
}) {
  const events = data.events.items.filter((event) => dateInWindow(event.date, window));
  const relations = data.relations.items.filter((relation) =>
    spanInWindow(relation.from, relation.to, window),
  );
  return (
    <section className="view evidence-view" aria-labelledby="evidence-view-heading">
      <h2 id="evidence-view-heading">{STRINGS.views.evidence}</h2>
      <p className="hint">{STRINGS.evidenceHint}</p>
      <h3>{STRINGS.eventsTable}</h3>
      {events.length === 0 ? (
        <p className="empty">{STRINGS.noEvents}</p>
      ) : (
        <table className="items-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">What happened</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>{event.date}</td>
                <td>{event.type}</td>
                <td>{event.summary ?? event.id}</td>
                <td>
                  <button type="button" onClick={() => select({ kind: 'event', id: event.id })}>
                    {event.evidence.length} source{event.evidence.length === 1 ? '' : 's'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{STRINGS.relationsTable}</h3>
      {relations.length === 0 ? (
        <p className="empty">{STRINGS.noRelations}</p>
      ) : (
        <table className="items-table">
          <thead>
            <tr>
              <th scope="col">Relation</th>
              <th scope="col">Period</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {relations.map((relation) => (
              <tr key={relation.id}>
                <td>
                  {actorName(data, relation.subjectId)} {relation.predicate}{' '}
                  {actorName(data, relation.objectId)}
                  {relation.secondObjectId !== undefined &&
                    ` and ${actorName(data, relation.secondObjectId)}`}
                </td>
                <td>
                  {relation.from ?? '…'} – {relation.to ?? '…'}
                </td>
                <td>
                  <button type="button" onClick={() => select({ kind: 'relation', id: relation.id })}>
                    {relation.evidence.length} source{relation.evidence.length === 1 ? '' : 's'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
