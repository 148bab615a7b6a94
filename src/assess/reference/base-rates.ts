/**
 * Base rates computed from reference datasets read at evaluation time (never shipped): the
 * share of civil-war episodes that saw mediation (Civil Wars Mediation, DeRouen, Bercovitch &
 * Pospieszna 2011) and the share of peace agreements with a ceasefire provision still in force
 * a year after signing (UCDP Peace Agreement Dataset). Each rate says its file, reference class
 * and computation.
 */
import { daysBetween } from '../../analysis/time.ts';
import type { Phrase } from '../phrase.ts';
import { englishOf, phrase } from '../phrases-en.ts';
import { parseCsv } from './csv.ts';

export interface BaseRate {
  p: number;
  /** Cases in the reference class, and how many had the outcome. */
  n: number;
  k: number;
  referenceClass: string;
  referenceClassPhrase: Phrase;
  file: string;
  computation: string;
  computedOn: string;
}

/**
 * Share of CWM conflict episodes that saw mediation. Most CWM rows are single mediation
 * attempts, so one mediated episode fills many rows: rows are grouped into episodes by country
 * and `episode.start.date`, and an episode counts as mediated when any of its rows has
 * `Med_yes.no` = 1. Rows without a start date cannot be placed in an episode and are left out;
 * episodes with no row coded 0 or 1 are left out too.
 */
export function cwmMediationRate(
  text: string,
  file: string,
  computedOn: string,
  country?: string,
): BaseRate | null {
  const rows = parseCsv(text).filter((r) => country === undefined || (r['country'] ?? '').trim() === country);
  const episodes = new Map<string, boolean>();
  for (const r of rows) {
    const start = (r['episode.start.date'] ?? '').trim();
    const coded = r['Med_yes.no'] === '0' || r['Med_yes.no'] === '1';
    if (start === '' || !coded) continue;
    const key = `${(r['country'] ?? '').trim()}|${start}`;
    episodes.set(key, (episodes.get(key) ?? false) || r['Med_yes.no'] === '1');
  }
  if (episodes.size === 0) return null;
  const k = [...episodes.values()].filter(Boolean).length;
  return {
    p: k / episodes.size,
    n: episodes.size,
    k,
    ...referenceClass(
      country === undefined ? phrase('class.cwm-all') : phrase('class.cwm-country', { country }),
    ),
    file,
    computation:
      'share of episodes (rows grouped by country and episode start date) with any row Med_yes.no = 1; rows without a start date left out',
    computedOn,
  };
}

/**
 * Share of UCDP peace agreements with a ceasefire provision (`cease` = 1) that had not ended a
 * year after `pa_date`: ended = 'True' with `duration` (the end date) less than 365 days later
 * counts as failed. Agreements signed in the last year the data covers are left out.
 */
export function ucdpCeasefireYearRate(
  text: string,
  file: string,
  computedOn: string,
  thirdPartyOnly = false,
): BaseRate | null {
  const rows = parseCsv(text).filter(
    (r) => r['cease'] === '1' && /^\d{4}-\d{2}-\d{2}$/.test(r['pa_date'] ?? ''),
  );
  const latest = rows
    .map((r) => r['pa_date']!)
    .sort()
    .at(-1);
  if (latest === undefined) return null;
  const cutoff = `${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`;
  const inClass = rows.filter(
    (r) => r['pa_date']! <= cutoff && (!thirdPartyOnly || (r['pa_3rd'] ?? '').trim() !== ''),
  );
  if (inClass.length === 0) return null;
  const failed = inClass.filter((r) => {
    const end = r['duration'] ?? '';
    return r['ended'] === 'True' && /^\d{4}-\d{2}-\d{2}$/.test(end) && daysBetween(r['pa_date']!, end) < 365;
  }).length;
  return {
    p: (inClass.length - failed) / inClass.length,
    n: inClass.length,
    k: inClass.length - failed,
    ...referenceClass(phrase('class.ucdp-ceasefires', { thirdParty: thirdPartyOnly, cutoff })),
    file,
    computation:
      "held a year unless ended = True and the end date ('duration') is under 365 days after pa_date",
    computedOn,
  };
}

function referenceClass(p: Phrase): Pick<BaseRate, 'referenceClass' | 'referenceClassPhrase'> {
  return { referenceClass: englishOf(p), referenceClassPhrase: p };
}

export interface ReferenceRates {
  onset?: BaseRate;
  durability?: BaseRate;
  /** Rates computed but not used as the base, shown beside it (e.g. the country's own). */
  context: BaseRate[];
}
