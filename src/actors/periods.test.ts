// Tests of `holdsOn`, `holdsSomeDay`, `heldDuring` and `dayOf` over periods written for them: both ends count, an open end
// is unbounded, an actor without periods holds every day, and only a full day is a day.
import { describe, expect, it } from 'vitest';
import { dayOf, heldDuring, holdsOn, holdsSomeDay } from './periods.ts';

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

describe('holdsSomeDay and heldDuring', () => {
  const year = (y: string): [string, string] => [`${y}-01-01`, `${y}-12-31`];

  it('holdsSomeDay: any day of the span inside a period, both ends counting', () => {
    expect(holdsSomeDay(twoSpells, ...year('2001'))).toBe(true);
    expect(holdsSomeDay(twoSpells, '2021-08-15', '2021-08-15')).toBe(true);
    expect(holdsSomeDay(twoSpells, '2001-11-14', '2021-08-14')).toBe(false);
    expect(holdsSomeDay(twoSpells, ...year('2010'))).toBe(false);
    expect(holdsSomeDay({}, ...year('1900'))).toBe(true);
  });

  const old = { id: 'old', periods: [{ from: '1900-01-01', to: '1950-06-30', evidence }] };
  const fresh = { id: 'new', periods: [{ from: '1950-07-01', to: null, evidence }] };
  const undated = { id: 'undated', periods: [] };
  const ids = (items: { id: string }[]): string[] => items.map((i) => i.id);
  const during = (first: string, last: string, items = [old, fresh, undated]): string[] =>
    ids(heldDuring(items, (i) => i, first, last));

  it('keeps the dated actors holding the whole span, and the undated ones always', () => {
    expect(during(...year('1949'))).toEqual(['old', 'undated']);
    expect(during(...year('1951'))).toEqual(['new', 'undated']);
    expect(during('1950-03-01', '1950-03-31')).toEqual(['old', 'undated']);
  });

  it('when no dated actor holds the whole span, those holding part of it', () => {
    expect(during(...year('1950'))).toEqual(['old', 'new', 'undated']);
    expect(during(...year('1950'), [fresh])).toEqual(['new']);
    expect(during(...year('1890'))).toEqual(['undated']);
  });
});
