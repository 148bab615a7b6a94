/**
 * The UCDP Actor Dataset: one row per actor with its UCDP id, names and organisation type.
 * Importing it extends the registry: an actor the registry already holds under this UCDP id
 * (a curated one) is left alone; any other becomes an actor `ucdp-<id>` with its names as
 * aliases and the id in `externalIds.ucdp`, so that GED, ACD and peace-agreement rows resolve.
 */
import type { Actor, ActorKind, Aliases } from '../../model/index.ts';
import { countryCodeOf } from '../country-codes.ts';
import { FieldProblem, normaliseSafely, requiredText, splitList, ucdpReleaseOf } from '../fields.ts';
import type { DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

/** UCDP `Org`: 1 rebel group, 2 and 3 other organised groups (militias, communal groups), 4 government. */
const KIND_BY_ORG: Readonly<Record<string, ActorKind>> = {
  '1': 'armed-group',
  '2': 'armed-group',
  '3': 'armed-group',
  '4': 'government',
};

export const ucdpActors: DatasetFormat = {
  name: 'ucdp-actors',
  entity: 'actor',
  info: {
    title: 'UCDP Actor Dataset',
    author: 'Uppsala Conflict Data Program',
    publisher: 'Uppsala University',
    url: 'https://ucdp.uu.se/downloads/',
  },
  layout: { delimiter: ',', quote: '"' },
  required: ['ActorId', 'NameData', 'Org'],
  detect: (first) => ['ActorId', 'NameData', 'NameOrig', 'Org'].every((c) => first.includes(c)),
  releaseOf: (fileName, first) => first.value('Version') ?? ucdpReleaseOf(fileName),
  normalise: normaliseUcdpActorRow,
};

/** The registry id of the actor a UCDP actor becomes when the registry has none. */
export function ucdpActorId(ucdpId: string): string {
  return `ucdp-${ucdpId}`;
}

export function normaliseUcdpActorRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const rowKey = row.get('ActorId');
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(rowKey))
      throw new FieldProblem('ActorId', `expected a numeric UCDP actor id, got '${rowKey}'`);
    const name = requiredText(row, 'NameData');
    // By id only: a curated actor of the same name but another UCDP id is a different actor.
    const existing = context.actors.link({ system: 'ucdp', externalId: rowKey, name: '' });
    const id = ucdpActorId(rowKey);
    if (existing !== undefined && existing !== id) {
      return { outcome: 'skipped', rowKey, reason: `already in the registry as '${existing}'` };
    }
    const kind = KIND_BY_ORG[row.get('Org')] ?? 'armed-group';
    const english = distinct([
      name,
      row.value('NameOrig'),
      row.value('NameOrigFullEng'),
      row.value('NewNameFullEng'),
    ]);
    const original = distinct([row.value('NameOrigFull'), row.value('NewNameFullMotherTongue')]).filter(
      (n) => !english.includes(n),
    );
    const aliases: Aliases = { en: english, ...(original.length > 0 ? { und: original } : {}) };
    const locations = splitList(row.value('Location'));
    const country =
      kind === 'government'
        ? countryCodeOf(name.replace(/^Government of /, ''))
        : locations.length === 1
          ? countryCodeOf(locations[0] ?? '')
          : null;
    const gwno = splitList(row.value('GWNOLoc'))[0];
    const actor: Actor = {
      id,
      name,
      kind,
      country,
      parentId: null,
      aliases,
      externalIds: { ucdp: rowKey, ...(kind === 'government' && gwno !== undefined ? { gwno } : {}) },
      roles: [],
      designations: [],
    };
    return {
      outcome: 'entity',
      rowKey,
      item: { kind: 'actor', entity: actor },
      unresolved: [],
      coverage: { date: null, countries: country === null ? [] : [country] },
    };
  });
}

function distinct(names: (string | null)[]): string[] {
  return [...new Set(names.filter((n): n is string => n !== null && n !== ''))];
}
