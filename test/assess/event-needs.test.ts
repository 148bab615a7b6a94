// The store loads only the events an assessment reads (the year before each date, and the
// fighting history of the parties): an assessment of those events equals one of the whole case.
import { describe, expect, it } from 'vitest';
import { assess, type Assessment, type AssessmentQuestion } from '../../src/assess/assessment.ts';
import { eventQueries, mergeEvents, type EventQuery } from '../../src/assess/event-needs.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import type { Event } from '../../src/model/index.ts';

/** The store's event filter, in memory. */
function run(events: readonly Event[], q: EventQuery): Event[] {
  return events.filter(
    (e) =>
      (q.from === undefined || e.date >= q.from) &&
      e.date <= q.to &&
      (q.actorIds === undefined ||
        [...e.sourceActors, ...e.targetActors].some((id) => q.actorIds!.includes(id))) &&
      (q.types === undefined || q.types.includes(e.type)),
  );
}

const comparable = (a: Assessment) => ({
  indicators: a.indicators,
  prospects: a.prospects,
  network: a.network,
  sources: a.sources,
});

describe('the events an assessment reads', () => {
  const cases: [string, AssessmentQuestion][] = [
    ['2023-05-09', { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] }],
    ['2022-06-30', { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] }],
    ['2009-06-01', { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] }],
    ['2025-11-10', { mediator: 'qatar', parties: ['pakistan', 'taliban-government'] }],
  ];
  for (const [asOf, question] of cases) {
    it(`give the same assessment as the whole case: ${question.mediator} on ${asOf}`, () => {
      const whole = assess(takeSnapshot(pakistanTtp, asOf), question);
      const queries = eventQueries({ ...pakistanTtp, events: [] }, question, [asOf]);
      const events = mergeEvents(queries.map((q) => run(pakistanTtp.events, q)));
      expect(events.length).toBeLessThan(pakistanTtp.events.length);
      const filtered = assess(takeSnapshot({ ...pakistanTtp, events }, asOf), question);
      expect(comparable(filtered)).toEqual(comparable(whole));
    });
  }

  it('merge keeps one copy of each event, in date then id order', () => {
    const [x, y] = pakistanTtp.events.slice(0, 2) as [Event, Event];
    expect(mergeEvents([[y, x], [x]]).map((e) => e.id)).toEqual(
      [x, y]
        .sort((p, q) => (p.date === q.date ? (p.id < q.id ? -1 : 1) : p.date < q.date ? -1 : 1))
        .map((e) => e.id),
    );
  });
});
