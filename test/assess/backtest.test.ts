// The backtest's outcomes on a tiny hand-built record with known answers: what counts as
// mediation, as a mediated agreement, as an agreement that held, and as violence falling.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assessment.ts';
import { outcomesAfter, scoreBacktest } from '../../src/assess/backtest.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { agreement, event, negotiation } from './builders.ts';
import { items } from './snapshot-helpers.ts';

const question = { mediator: 'med', parties: ['gov', 'reb'] as [string, string] };
const attack = (date: string, deaths: number) =>
  event(date, 'ASSAULT', ['reb'], ['gov-army'], { fatalities: { low: null, best: deaths, high: null } });

describe('backtest outcomes', () => {
  const record = items({
    events: [attack('2022-06-01', 10), attack('2022-09-01', 10), attack('2023-03-01', 1)],
    negotiations: [
      negotiation(['gov', 'reb'], ['med-office'], '2022-01-01', {
        rounds: [
          {
            date: '2023-02-01',
            datePrecision: 'day',
            venue: null,
            hosts: [],
            mediators: ['med-office'],
            delegations: [],
            demands: [],
            outcome: null,
            evidence: [{ sourceId: 'src-test' }],
          },
        ],
      }),
    ],
    agreements: [
      agreement(['gov', 'reb'], '2023-03-15', {
        id: 'agr-later',
        thirdParties: [{ actorId: 'med', role: 'mediator' }],
        ended: { date: '2023-08-01', how: 'collapsed', by: ['reb'] },
      }),
    ],
  });

  it('finds the mediation round, the mediated ceasefire, its collapse and the fall in violence', () => {
    const outcome = outcomesAfter(record, question, '2022-12-31', 12);
    expect(outcome.mediation.happened).toBe(true);
    expect(outcome.agreement).toEqual({ happened: true, ceasefire: true, agreements: ['agr-later'] });
    expect(outcome.durability).toEqual({ agreement: 'agr-later', held: false });
    expect(outcome.violenceBetween.before.events).toBe(2);
    expect(outcome.violenceBetween.after.deaths).toBe(1);
    expect(outcome.violenceBetween.fell).toBe(true);
  });

  it('scores each prospect with the Brier score, and never the conditional one without mediation', () => {
    const assessment = assess(takeSnapshot(record, '2022-12-31'), question);
    const scored = scoreBacktest(assessment, outcomesAfter(record, question, '2022-12-31'));
    for (const s of scored.scores)
      if (s.p !== null && s.outcome !== null) expect(s.brier).toBeCloseTo((s.p - (s.outcome ? 1 : 0)) ** 2);
    const quiet = outcomesAfter(items({}), question, '2022-12-31');
    const unscored = scoreBacktest(assess(takeSnapshot(items({}), '2022-12-31'), question), quiet);
    expect(unscored.scores.find((s) => s.prospect === 'agreement, given mediation')!.brier).toBeNull();
  });
});
