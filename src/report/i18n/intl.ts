/**
 * Number, percent, date and list formats of a brief's language, from Intl with a fixed locale
 * and UTC, so every edition formats the same value the same way on every machine. Shared by the
 * language modules, which spread `intlFormats(locale)` into their templates.
 */
import type { BriefStrings } from './strings.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function intlFormats(locale: string): Pick<
  BriefStrings,
  'percent' | 'number' | 'date' | 'month' | 'period'
> & {
  list: (items: string[]) => string;
} {
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    percent: (p) => percent.format(p),
    number: (x, digits = 2) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x),
    date: (iso) => dayFormat.format(day(iso)),
    month: (m) => shortMonth.format(day(`${m}-01`)),
    period: (iso, precision) =>
      precision === 'year'
        ? iso.slice(0, 4)
        : precision === 'month'
          ? monthFormat.format(day(iso))
          : dayFormat.format(day(iso)),
    list: (items) => list.format(items),
  };
}

/** The text with its first letter upper-cased as the language does it (Turkish i → İ). */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
