/**
 * What the UCDP conflict datasets (UCDP/PRIO Armed Conflict, Non-State Conflict, Conflict
 * Termination) share. Each row is one conflict-year or dyad-year: a yearly aggregate, not an
 * incident, so it never becomes an Event (that would mix yearly totals into counts by
 * incident). It becomes a `hostile-to` Relation from the first side A actor to the first side
 * B actor in the registry, dated to the year (narrowed to the episode's start and end when they
 * fall in it), stance `reported`, with the row as evidence and the dataset's facts (type,
 * intensity, fatalities, outcome, every party) in its summary. When either side has no actor
 * in the registry the row is held, with every name kept, until the actors are known (import
 * the UCDP actor list, or `jirga actors link`).
 *
 * Sides are matched by UCDP actor id. In multi-valued cells ("1108, 1124" / "SSDM/A, SSLM/A")
 * the ACD does not keep ids and names in the same order, and names contain commas ("Military
 * faction (forces of Honasan, Abenina & Zumel)"), so names are paired with ids only when a
 * side has one id; otherwise an unresolved id is kept as "UCDP actor <id>".
 */
import type { Relation } from '../../model/index.ts';
import { countryCodeOf } from '../country-codes.ts';
import { FieldProblem, optionalDate, splitList } from '../fields.ts';
import { ActorCollector, rowEvidence } from './common.ts';
import type { ActorQuery, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

/** The registry ids of one side (its UCDP ids in `idColumn`, its names in `nameColumn`). */
export function sideQueries(row: DatasetRow, idColumn: string, nameColumn: string): ActorQuery[] {
  const ids = splitList(row.value(idColumn));
  const names = row.value(nameColumn);
  if (ids.length === 0) return names === null ? [] : [{ name: names }];
  if (ids.length === 1)
    return [{ system: 'ucdp', externalId: ids[0]!, name: names ?? `UCDP actor ${ids[0]!}` }];
  return ids.map((id) => ({ system: 'ucdp' as const, externalId: id, name: `UCDP actor ${id}` }));
}

/** The row's year, checked: a four-digit year. */
export function yearOf(row: DatasetRow, column = 'year'): number {
  const text = row.get(column);
  if (!/^\d{4}$/.test(text)) throw new FieldProblem(column, `expected a four-digit year, got '${text}'`);
  return Number(text);
}

/**
 * A date cell; two-digit years ("7/21/46", the termination dataset) that would land in the
 * future are read in the previous century.
 */
export function conflictDate(row: DatasetRow, column: string): string | null {
  const date = optionalDate(row, column);
  if (date === null || !/\/\d{2}$/.test(row.get(column))) return date;
  const year = Number(date.slice(0, 4));
  return year > new Date().getUTCFullYear() ? `${year - 100}${date.slice(4)}` : date;
}

export interface ConflictYear {
  rowKey: string;
  entityId: string;
  year: number;
  /** The episode's start and end, when known; they narrow the relation's dates within the year. */
  start: string | null;
  end: string | null;
  summary: string;
  /** Country names of the location cell (several, comma-separated, for interstate conflicts). */
  location: string | null;
  sideA: ActorQuery[];
  sideB: ActorQuery[];
}

/** The Relation a conflict-year or dyad-year becomes, or a held draft when a side is missing. */
export function conflictYearRelation(spec: ConflictYear, context: NormaliseContext): Normalised {
  const first = `${spec.year}-01-01`;
  const last = `${spec.year}-12-31`;
  const from = spec.start !== null && spec.start > first && spec.start <= last ? spec.start : first;
  const to = spec.end !== null && spec.end >= from && spec.end < last ? spec.end : last;
  const actors = new ActorCollector(context, { from, to });
  const a = actors.ids('source', spec.sideA);
  const b = actors.ids('target', spec.sideB).filter((id) => !a.includes(id));
  const countries = [
    ...new Set(
      splitList(spec.location)
        .map((name) => countryCodeOf(name))
        .filter((c) => c !== null),
    ),
  ];
  const coverage = { date: from, countries };
  const relation = {
    id: spec.entityId,
    subjectId: a[0] ?? null,
    predicate: 'hostile-to' as const,
    objectId: b[0] ?? null,
    sign: -1,
    from,
    to,
    stance: 'reported' as const,
    claimedBy: null,
    status: 'reviewed' as const,
    evidence: [rowEvidence(context, spec.rowKey, null)],
    summary: spec.summary,
  };
  if (relation.subjectId === null || relation.objectId === null) {
    const missing = [
      relation.subjectId === null ? 'side A' : null,
      relation.objectId === null ? 'side B' : null,
    ]
      .filter((s) => s !== null)
      .join(' and ');
    return {
      outcome: 'held',
      rowKey: spec.rowKey,
      entityId: spec.entityId,
      reason: `no registry actor for ${missing}`,
      draft: relation,
      unresolved: actors.unresolved,
      coverage,
    };
  }
  return {
    outcome: 'entity',
    rowKey: spec.rowKey,
    item: { kind: 'relation', entity: relation as Relation },
    unresolved: actors.unresolved,
    coverage,
  };
}

/** "Government of India; secondary: Government of X" for a summary. */
export function sideText(row: DatasetRow, name: string, secondary: string): string {
  const main = row.value(name) ?? '?';
  const second = row.value(secondary);
  return second === null ? main : `${main} (supported by ${second})`;
}

/** UCDP `type_of_conflict`. */
export const CONFLICT_TYPES: Readonly<Record<string, string>> = {
  '1': 'extrasystemic',
  '2': 'interstate',
  '3': 'intrastate',
  '4': 'internationalised intrastate',
};

/** UCDP `incompatibility`. */
export const INCOMPATIBILITIES: Readonly<Record<string, string>> = {
  '1': 'territory',
  '2': 'government',
  '3': 'government and territory',
};

/** UCDP `intensity_level`. */
export const INTENSITIES: Readonly<Record<string, string>> = {
  '1': 'minor (25–999 battle-related deaths in the year)',
  '2': 'war (1,000 or more battle-related deaths in the year)',
};

/** A code cell that must be one of `codes`' keys. */
export function codeOf(row: DatasetRow, column: string, codes: Readonly<Record<string, string>>): string {
  const value = row.get(column);
  const text = codes[value];
  if (text === undefined)
    throw new FieldProblem(column, `expected one of ${Object.keys(codes).join(', ')}, got '${value}'`);
  return text;
}
