/**
 * The time a sentence states for its mentions (`src/coder/sentence-time.ts`): the days each
 * date precision covers, the date expression nearest a token, and the ranges a sentence states
 * (`src/coder/stated-ranges.ts`: "since", "from … to", "between … and", a dash), on sentences
 * and dates written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/coder/dates.ts';
import { daysOf, statedTimes, timeFor } from '../../src/coder/sentence-time.ts';
import { OPEN_END, statedRanges } from '../../src/coder/stated-ranges.ts';
import { tokenise } from '../../src/coder/tokenise.ts';

describe('daysOf', () => {
  it('a day, a week from its Monday, a whole month, a whole year', () => {
    expect(daysOf('2021-08-15', 'day')).toEqual({ first: '2021-08-15', last: '2021-08-15' });
    expect(daysOf('2021-08-09', 'week')).toEqual({ first: '2021-08-09', last: '2021-08-15' });
    expect(daysOf('2024-02-01', 'month')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(daysOf('2023-02-01', 'month')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(daysOf('1998-12-01', 'month')).toEqual({ first: '1998-12-01', last: '1998-12-31' });
    expect(daysOf('1998-01-01', 'year')).toEqual({ first: '1998-01-01', last: '1998-12-31' });
  });

  it('nothing without a date or a precision', () => {
    expect(daysOf(null, 'day')).toBeUndefined();
    expect(daysOf('1998-01-01', 'unknown')).toBeUndefined();
  });
});

describe('statedTimes and timeFor', () => {
  const text = 'In 1975 the guild met the council, and on 3 May 2005 the guild met the envoy.';
  const tokens = tokenise(text);
  const times = statedTimes(findDates(tokens, '2010-01-01'));
  const at = (word: string, nth = 0): number =>
    tokens.map((t, i) => [t.lower, i] as const).filter(([w]) => w === word)[nth]?.[1] ?? -1;

  it('one span per resolved date expression, by its precision', () => {
    expect(times.map((t) => [t.first, t.last])).toEqual([
      ['1975-01-01', '1975-12-31'],
      ['2005-05-03', '2005-05-03'],
    ]);
  });

  it('a token takes the date expression nearest it', () => {
    expect(timeFor(times, tokens, at('guild'))?.first).toBe('1975-01-01');
    expect(timeFor(times, tokens, at('council'))?.first).toBe('1975-01-01');
    expect(timeFor(times, tokens, at('guild', 1))?.first).toBe('2005-05-03');
    expect(timeFor(times, tokens, at('envoy'))?.first).toBe('2005-05-03');
    expect(timeFor([], tokens, 0)).toBeUndefined();
  });

  it('across a comma, the date before the token; with none before, the one after', () => {
    const opening = tokenise('In 1998, the guild met the council.');
    const guild = opening.findIndex((t) => t.lower === 'guild');
    expect(timeFor(statedTimes(findDates(opening, null)), opening, guild)?.first).toBe('1998-01-01');
    const closing = tokenise('The guild was banned by the council in 2001.');
    expect(timeFor(statedTimes(findDates(closing, null)), closing, 1)?.first).toBe('2001-01-01');
  });

  it('a relative date resolves against the reference day, and without one it states no time', () => {
    const last = tokenise('Last year the guild met the envoy.');
    expect(statedTimes(findDates(last, '1986-03-01')).map((t) => [t.first, t.last])).toEqual([
      ['1985-01-01', '1985-12-31'],
    ]);
    expect(statedTimes(findDates(last, null))).toEqual([]);
  });
});

describe('statedRanges', () => {
  const rangesOf = (text: string, dateRef: string | null): [string, string, string][] => {
    const tokens = tokenise(text);
    return statedRanges(tokens, findDates(tokens, dateRef), dateRef).map((r) => [
      tokens
        .slice(r.start, r.end)
        .map((t) => t.text)
        .join(' '),
      r.first,
      r.last,
    ]);
  };

  it('"since" runs from the date to the document’s day, or stays open without one', () => {
    expect(rangesOf('Since 1987 the guild has met the council.', '1990-02-03')).toEqual([
      ['Since 1987', '1987-01-01', '1990-02-03'],
    ]);
    expect(rangesOf('The guild has met the council since March 1987.', '1990-02-03')).toEqual([
      ['since March 1987', '1987-03-01', '1990-02-03'],
    ]);
    expect(rangesOf('Since 1987 the guild has met the council.', null)).toEqual([
      ['Since 1987', '1987-01-01', OPEN_END],
    ]);
    // A document older than the date it says "since" cannot close the range: the date's own days.
    expect(rangesOf('Since 1987 the guild has met the council.', '1980-01-01')).toEqual([
      ['Since 1987', '1987-01-01', '1987-12-31'],
    ]);
  });

  it('"from … to", "between … and" and a dash join two dates, earliest first', () => {
    expect(rangesOf('From 1961 to 1964 the guild met the council.', null)).toEqual([
      ['From 1961 to 1964', '1961-01-01', '1964-12-31'],
    ]);
    expect(rangesOf('The guild met the council between May 1961 and 1964.', null)).toEqual([
      ['between May 1961 and 1964', '1961-05-01', '1964-12-31'],
    ]);
    expect(rangesOf('The guild (1961–1964) met the council.', null)).toEqual([
      ['1961 – 1964', '1961-01-01', '1964-12-31'],
    ]);
    // Backwards, or a number that is no year, is no range.
    expect(rangesOf('From 1964 to 1961 the guild met the council.', null)).toEqual([]);
    expect(rangesOf('Between 10 and 20 guilds met the council.', null)).toEqual([]);
  });

  it('a range replaces the date expression inside it', () => {
    const tokens = tokenise('Since 1987 the guild has met the council.');
    const dates = findDates(tokens, '1990-02-03');
    expect(statedTimes(dates).map((t) => [t.first, t.last])).toEqual([['1987-01-01', '1987-12-31']]);
    expect(
      statedTimes(dates, statedRanges(tokens, dates, '1990-02-03')).map((t) => [t.first, t.last]),
    ).toEqual([['1987-01-01', '1990-02-03']]);
  });
});
