/**
 * The UCDP Peace Agreement Dataset: one agreement per row, its signatories as UCDP actor ids
 * and names (multi-valued cells, "130, 296"), the kind (full, partial, process), whether it
 * ended, and its provisions as 0/1 columns. `pa_3rd` (third parties, mediators) is the quote
 * of its evidence. Fewer than two parties in the registry: the row is held, not rejected.
 */
import type { Agreement, AgreementKind } from '../../model/index.ts';
import {
  FieldProblem,
  normaliseSafely,
  requiredDate,
  requiredText,
  splitList,
  ucdpReleaseOf,
} from '../fields.ts';
import { entityOrHeld } from './agreement-parts.ts';
import { ActorCollector, pairIdsWithNames, rowEvidence } from './common.ts';
import type { DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

/** `pa_type`: 1 full peace agreement, 2 partial, 3 peace-process agreement. */
const KINDS: Readonly<Record<string, AgreementKind>> = { '1': 'peace', '2': 'partial', '3': 'framework' };

/** Provision columns (1 = the agreement has it) and how we name them. */
const PROVISIONS: readonly [string, string][] = [
  ['cease', 'ceasefire'],
  ['intarmy', 'integration into the army'],
  ['ddr', 'disarmament, demobilisation and reintegration'],
  ['withd', 'withdrawal of foreign forces'],
  ['pp', 'political power sharing'],
  ['intgov', 'integration into government'],
  ['intciv', 'integration into the civil service'],
  ['elections', 'elections'],
  ['interim', 'interim government'],
  ['natalks', 'national talks'],
  ['shagov', 'shared government'],
  ['aut', 'autonomy'],
  ['fed', 'federalism'],
  ['ind', 'independence'],
  ['ref', 'referendum'],
  ['shaloc', 'local power sharing'],
  ['regdev', 'regional development'],
  ['cul', 'cultural freedoms'],
  ['demarcation', 'border demarcation'],
  ['locgov', 'local government'],
  ['amn', 'amnesty'],
  ['pris', 'prisoner release'],
  ['recon', 'reconciliation'],
  ['return', 'return of refugees'],
  ['pko', 'peacekeeping operation'],
  ['gender', 'gender provisions'],
];

export const ucdpPeace: DatasetFormat = {
  name: 'ucdp-peace',
  entity: 'agreement',
  info: {
    title: 'UCDP Peace Agreement Dataset',
    author: 'Uppsala Conflict Data Program (Pettersson, Högbladh & Öberg 2019)',
    publisher: 'Uppsala University',
    url: 'https://ucdp.uu.se/downloads/',
  },
  layout: { delimiter: ',', quote: '"' },
  required: ['paid', 'pa_name', 'pa_date', 'actor_id', 'actor_name'],
  detect: (first) => ['paid', 'pa_name', 'pa_date', 'pa_3rd'].every((c) => first.includes(c)),
  releaseOf: (fileName, first) => first.value('version') ?? ucdpReleaseOf(fileName),
  normalise: normaliseUcdpPeaceRow,
};

export function normaliseUcdpPeaceRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const rowKey = row.get('paid');
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(rowKey))
      throw new FieldProblem('paid', `expected a numeric agreement id, got '${rowKey}'`);
    const name = requiredText(row, 'pa_name');
    const signed = requiredDate(row, 'pa_date');
    const kind = KINDS[row.get('pa_type')] ?? (row.get('cease') === '1' ? 'ceasefire' : 'other');
    const actors = new ActorCollector(context, { from: signed, to: signed });
    const queries = pairIdsWithNames(splitList(row.value('actor_id')), splitList(row.value('actor_name')));
    const parties = actors.ids(
      'party',
      queries.map((q) => ({ system: 'ucdp' as const, ...q })),
    );
    const quote = row.value('pa_3rd') ?? row.value('pa_comment');
    const agreement: Agreement = {
      id: `ucdp-peace:${rowKey}`,
      name,
      kind,
      parties,
      thirdParties: [],
      signed,
      signedPrecision: 'day',
      written: true,
      ended: row.get('ended') === 'True' ? { date: null, how: 'ended', by: [] } : null,
      provisions: PROVISIONS.filter(([column]) => row.get(column) === '1').map(([, text]) => text),
      status: 'reviewed',
      evidence: [rowEvidence(context, rowKey, quote)],
    };
    return entityOrHeld(rowKey, { kind: 'agreement', entity: agreement }, parties, actors.unresolved, {
      date: signed,
      countries: [],
    });
  });
}
