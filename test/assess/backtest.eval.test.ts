// Evaluation (npm run eval:assess): the founding case's assessments as of 2023-05-09 (ceasefire
// broken) and 2022-06-30 (ceasefire holding) set against what followed in the case's own record
// over the next 12 months. The result is printed as it is; the checks only pin what the record
// says happened, never that the assessment was right.
import { describe, expect, it } from 'vitest';
import { readReferenceRates, referenceDirectory } from '../../src/app/assess.ts';
import { assess } from '../../src/assess/assessment.ts';
import { backtestText, outcomesAfter, scoreBacktest } from '../../src/assess/backtest.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';

const question = { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] as [string, string] };
const reference = readReferenceRates(referenceDirectory());

function run(asOf: string) {
  const assessment = assess(
    takeSnapshot(pakistanTtp, asOf),
    question,
    reference === undefined ? {} : { reference },
  );
  const backtest = scoreBacktest(assessment, outcomesAfter(pakistanTtp, question, asOf, 12));
  console.log(
    `${backtestText(backtest, assessment)}\n  reference data: ${reference === undefined ? 'none found (analogues only)' : 'read'}\n`,
  );
  return backtest;
}

describe('backtest: pakistan-ttp, Afghan Taliban between Pakistan and the TTP', () => {
  it('as of 2023-05-09: no Taliban-mediated Pakistan–TTP ceasefire and no mediation round followed in the record', () => {
    const { outcome, scores } = run('2023-05-09');
    expect(outcome.window).toEqual({ from: '2023-05-10', to: '2024-05-08' });
    expect(outcome.agreement.happened).toBe(false);
    expect(outcome.mediation.happened).toBe(false);
    expect(outcome.coverage).toBe('curated only');
    expect(scores.find((s) => s.prospect === 'agreement, given mediation')!.brier).toBeNull();
    expect(outcome.violenceBetween.after.events).toBeLessThan(outcome.violenceBetween.before.events);
  });

  it('as of 2022-06-30: mediation went on, no new agreement came, and the ceasefire in force did not hold a year', () => {
    const { outcome, scores } = run('2022-06-30');
    expect(outcome.mediation.negotiations).toContain('neg-pakistan-ttp-2021-2022');
    expect(outcome.agreement.happened).toBe(false);
    expect(outcome.durability).toEqual({ agreement: 'agr-pakistan-ttp-ceasefire-2022', held: false });
    expect(scores.find((s) => s.prospect === 'durability')!.brier).not.toBeNull();
    expect(outcome.violenceBetween.fell).toBe(false);
  });
});
