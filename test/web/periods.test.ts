/** Timeline bins: months and ISO weeks (Monday start, the year of the week's Thursday). */
import { describe, expect, it } from 'vitest';
import { fractionWithin, isoWeekOf, periodKeyOf, periodsBetween } from '../../web/src/lib/periods.ts';

describe('ISO weeks', () => {
  it('puts the days around New Year in the week of their Thursday', () => {
    // 2021-01-01 was a Friday: ISO week 53 of 2020, whose Monday was 2020-12-28.
    expect(isoWeekOf('2021-01-01')).toEqual({ key: '2020-W53', monday: '2020-12-28' });
    expect(isoWeekOf('2021-01-04')).toEqual({ key: '2021-W01', monday: '2021-01-04' });
    // 2024-12-30 was a Monday whose Thursday is 2025-01-02: week 1 of 2025.
    expect(isoWeekOf('2024-12-30').key).toBe('2025-W01');
    expect(isoWeekOf('2023-05-09')).toEqual({ key: '2023-W19', monday: '2023-05-08' });
  });

  it('agrees with a day-by-day count over six years', () => {
    // Independent count: weeks advance every Monday; week 1 is the one holding 4 January.
    let day = Date.UTC(2019, 11, 30); // a Monday, first day of 2020-W01
    let [year, week] = [2020, 1];
    for (; day < Date.UTC(2026, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      const weekday = new Date(day).getUTCDay();
      if (weekday === 1 && day !== Date.UTC(2019, 11, 30)) {
        const thursday = new Date(day + 3 * 86_400_000);
        if (thursday.getUTCFullYear() !== year) [year, week] = [thursday.getUTCFullYear(), 1];
        else week += 1;
      }
      expect(periodKeyOf(date, 'week')).toBe(`${year}-W${String(week).padStart(2, '0')}`);
    }
  });
});

describe('periodsBetween', () => {
  it('lists whole months with their last days, leap February included', () => {
    const months = periodsBetween('2023-11-15', '2024-03-02', 'month');
    expect(months.map((m) => [m.key, m.start, m.end])).toEqual([
      ['2023-11', '2023-11-01', '2023-11-30'],
      ['2023-12', '2023-12-01', '2023-12-31'],
      ['2024-01', '2024-01-01', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-31'],
    ]);
  });

  it('lists Monday-to-Sunday weeks covering both ends, without gaps', () => {
    const weeks = periodsBetween('2022-12-29', '2023-01-10', 'week');
    expect(weeks.map((w) => [w.key, w.start, w.end])).toEqual([
      ['2022-W52', '2022-12-26', '2023-01-01'],
      ['2023-W01', '2023-01-02', '2023-01-08'],
      ['2023-W02', '2023-01-09', '2023-01-15'],
    ]);
    const year = periodsBetween('2020-01-01', '2020-12-31', 'week');
    for (let i = 1; i < year.length; i++) {
      const gap = Date.parse(year[i]!.start) - Date.parse(year[i - 1]!.end);
      expect(gap).toBe(86_400_000);
    }
  });

  it('places a date inside its bin', () => {
    const [week] = periodsBetween('2023-05-08', '2023-05-08', 'week');
    expect(fractionWithin('2023-05-08', week!)).toBe(0);
    expect(fractionWithin('2023-05-14', week!)).toBeCloseTo(6 / 7);
  });
});
