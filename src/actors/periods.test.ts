// Tests of `holdsOn` and `dayOf` over periods written for them: both ends count, an open end
// is unbounded, an actor without periods holds every day, and only a full day is a day.
import { describe, expect, it } from 'vitest';
import { dayOf, holdsOn } from './periods.ts';

const evidence = [{ sourceId: 'test-source' }];
const twoSpells = {
  periods: [
    { from: '1996-09-27', to: '2001-11-13', evidence },
    { from: '2021-08-15', to: null, evidence },
  ],
};

describe('holdsOn', () => {
  it('holds inside a period, on its first and last day, and after an open end', () => {
    for (const day of ['1996-09-27', '1999-01-01', '2001-11-13', '2021-08-15', '2030-01-01'])
      expect(holdsOn(twoSpells, day), day).toBe(true);
  });
  it('does not hold before, between or after the periods', () => {
    for (const day of ['1996-09-26', '2001-11-14', '2010-06-01', '2021-08-14'])
      expect(holdsOn(twoSpells, day), day).toBe(false);
  });
  it('an actor without periods, or with none listed, holds every day', () => {
    expect(holdsOn({}, '1900-01-01')).toBe(true);
    expect(holdsOn({ periods: [] }, '1900-01-01')).toBe(true);
    expect(holdsOn({ periods: [{ from: null, to: '1950-01-01', evidence }] }, '1949-12-31')).toBe(true);
  });
});

describe('dayOf', () => {
  it('takes the day that opens a date, and nothing from a partial one', () => {
    expect(dayOf('2023-05-09')).toBe('2023-05-09');
    expect(dayOf('2023-05-09T10:00:00Z')).toBe('2023-05-09');
    expect(dayOf('2023-05')).toBeNull();
    expect(dayOf(null)).toBeNull();
    expect(dayOf(undefined)).toBeNull();
  });
});
