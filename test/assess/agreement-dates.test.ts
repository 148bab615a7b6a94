// Agreement endings read with their precision: "held a year?" is answered only when every
// reading of the dates agrees, a coarse ending never leaks into an earlier snapshot, and the
// founding case's earlier deals now count as analogues.
import { describe, expect, it } from 'vitest';
import { formatDay, periodOf } from '../../src/analysis/time.ts';
import { endSpan, endingText, heldAYear } from '../../src/assess/agreement-dates.ts';
import { assess } from '../../src/assess/assessment.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { Agreement } from '../../src/model/index.ts';
import { agreement } from './builders.ts';
import { items } from './snapshot-helpers.ts';

const ended = (date: string, datePrecision?: 'day' | 'month' | 'year') => ({
  date,
  ...(datePrecision === undefined ? {} : { datePrecision }),
  how: 'collapsed',
  by: ['reb'],
});

describe('periods of a date', () => {
  it('spans the day, the month or the year that holds the stored day', () => {
    expect(periodOf('2007-07-01', 'month')).toEqual({ from: '2007-07-01', to: '2007-07-31' });
    expect(periodOf('2008-02-01', 'month')).toEqual({ from: '2008-02-01', to: '2008-02-29' });
    expect(periodOf('2008-01-01', 'year')).toEqual({ from: '2008-01-01', to: '2008-12-31' });
    expect(periodOf('2008-05-21')).toEqual({ from: '2008-05-21', to: '2008-05-21' });
    expect(periodOf('2008-05-21', 'unknown')).toBeNull();
    expect(formatDay('2007-07-01', 'month')).toBe('2007-07');
  });
});

describe('held a year?', () => {
  it('an ending without datePrecision is read as a day, and the schema accepts both', () => {
    const g = agreement(['gov', 'reb'], '2020-01-01', { ended: ended('2021-01-01') });
    expect(heldAYear(g, '2023-01-01')).toBe(true);
    expect(Agreement.safeParse(g).success).toBe(true);
    expect(Agreement.safeParse({ ...g, ended: ended('2021-01-01', 'month') }).success).toBe(true);
  });

  it('false when even the latest day of a month-precision ending is short of a year', () => {
    const g = agreement(['gov', 'reb'], '2006-09-05', { ended: ended('2007-07-01', 'month') });
    expect(heldAYear(g, '2023-01-01')).toBe(false);
  });

  it('null when the period straddles the anniversary, true when all of it lies beyond', () => {
    const straddles = agreement(['gov', 'reb'], '2020-06-15', { ended: ended('2021-01-01', 'year') });
    expect(heldAYear(straddles, '2023-01-01')).toBeNull();
    const beyond = agreement(['gov', 'reb'], '2020-06-15', { ended: ended('2021-07-01', 'month') });
    expect(heldAYear(beyond, '2023-01-01')).toBe(true);
  });

  it('a year-precision ending never starts before the signing', () => {
    const g = agreement(['gov', 'reb'], '2008-05-21', { ended: ended('2008-01-01', 'year') });
    expect(endSpan(g)).toEqual({ from: '2008-05-21', to: '2008-12-31' });
    expect(heldAYear(g, '2023-01-01')).toBe(false);
    expect(endingText(g)).toBe('collapsed (ended 2008), by reb');
  });

  it('a signing known only to the month widens the reading', () => {
    const g = agreement(['gov', 'reb'], '2020-01-01', {
      signedPrecision: 'month',
      ended: ended('2021-01-15'),
    });
    expect(heldAYear(g, '2023-01-01')).toBeNull();
  });
});

describe('snapshots and coarse endings', () => {
  const g = agreement(['gov', 'reb'], '2006-09-05', { id: 'agr-x', ended: ended('2007-07-01', 'month') });
  it('keeps the deal in force until the month of its ending is over', () => {
    const during = takeSnapshot(items({ agreements: [g] }), '2007-07-20');
    expect(during.agreements[0]!.ended).toBeNull();
    const after = takeSnapshot(items({ agreements: [g] }), '2007-07-31');
    expect(after.agreements[0]!.ended).not.toBeNull();
  });
});

describe('pakistan-ttp: the earlier deals as "held a year?" analogues', () => {
  const question = { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] as [string, string] };
  const analogues = assess(takeSnapshot(pakistanTtp, '2023-05-09'), question).prospects.analogues;
  const outcome = (id: string) => analogues.find((a) => a.evidence[0] === id);

  it('counts Miranshah 2006, Swat 2008 and Malakand 2009 as deals that did not hold a year', () => {
    for (const id of ['agr-miranshah-2006', 'agr-swat-2008', 'agr-malakand-2009'])
      expect(outcome(id)?.success, id).toBe(false);
    expect(outcome('agr-miranshah-2006')!.outcome).toContain('ended 2007-07');
  });

  it('leaves Srarogha 2005 unknown: its end date is not recorded', () => {
    expect(outcome('agr-srarogha-2005')!.success).toBeNull();
    expect(outcome('agr-srarogha-2005')!.outcome).toContain('end date unknown');
  });

  it('as of 2009-04-30 the Malakand accord is still in force', () => {
    const early = takeSnapshot(pakistanTtp, '2009-04-30');
    expect(early.agreements.find((g) => g.id === 'agr-malakand-2009')!.ended).toBeNull();
  });
});
