/**
 * The Civil Wars Mediation dataset (DeRouen, Bercovitch & Pospieszna 2011), in its 12-column
 * cut: one conflict episode per row, whether it was mediated, when mediation began and ended,
 * and by whom. A mediated episode becomes a Negotiation between the sides with the registry's
 * mediators; an unmediated one is skipped. The file has no row id: a row is keyed by the hash
 * of its cells, so a corrected row in a later release shows as one new and one disappeared. Files are Mac Roman with CRLF; dates are M/D/YY.
 */
import { createHash } from 'node:crypto';
import type { Negotiation } from '../../model/index.ts';
import { countryCodeOf } from '../country-codes.ts';
import { normaliseSafely, optionalDate, requiredText, splitList } from '../fields.ts';
import { entityOrHeld } from './agreement-parts.ts';
import { ActorCollector, rowEvidence } from './common.ts';
import type { DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

export const cwm: DatasetFormat = {
  name: 'cwm',
  entity: 'negotiation',
  info: {
    title: 'Civil Wars Mediation (CWM) dataset',
    author: 'DeRouen, Bercovitch & Pospieszna 2011',
    publisher: 'Journal of Peace Research',
    url: null,
  },
  layout: { delimiter: ',', quote: '"' },
  required: ['country', 'sidea', 'sideb', 'Med_yes.no', 'med.begins', 'name.of.third.party'],
  detect: (first) => ['sidea', 'sideb', 'Med_yes.no', 'name.of.third.party'].every((c) => first.includes(c)),
  releaseOf: (fileName) => /(\d{4})/.exec(fileName)?.[1],
  normalise: normaliseCwmRow,
};

/**
 * A stable key for a row without an id: a hash of all its cells (two mediations of one episode
 * differ only in their third party or territory, so no subset of columns is a key).
 */
export function cwmRowKey(row: DatasetRow): string {
  const identity = row.header.names.map((c) => row.get(c.trim())).join('|');
  return createHash('sha1').update(identity).digest('hex').slice(0, 12);
}

export function normaliseCwmRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const rowKey = cwmRowKey(row);
  return normaliseSafely(row, rowKey, () => {
    const country = requiredText(row, 'country');
    if (row.get('Med_yes.no') !== '1')
      return { outcome: 'skipped', rowKey, reason: 'an episode without mediation' };
    const from = optionalDate(row, 'med.begins') ?? optionalDate(row, 'episode.start.date');
    const to = optionalDate(row, 'med.ends');
    const actors = new ActorCollector(context, from === null ? undefined : { from, to: to ?? from });
    const sideA = splitList(row.value('sidea'));
    const sideB = splitList(row.value('sideb'));
    const parties = actors.ids(
      'party',
      [...sideA, ...sideB].map((name) => ({ name })),
    );
    const mediators = actors.ids(
      'third-party',
      splitList(row.value('name.of.third.party')).map((name) => ({ name })),
    );
    const negotiation: Negotiation = {
      id: `cwm:${rowKey}`,
      name: `Mediation in ${country}: ${row.get('sidea')} – ${row.get('sideb')}`,
      parties,
      mediators: mediators.filter((id) => !parties.includes(id)),
      from,
      to: to !== null && from !== null && to < from ? null : to,
      outcome: null,
      status: 'reviewed',
      rounds: [],
      evidence: [rowEvidence(context, rowKey, row.value('name.of.third.party'))],
    };
    const code = countryCodeOf(country);
    return entityOrHeld(rowKey, { kind: 'negotiation', entity: negotiation }, parties, actors.unresolved, {
      date: from,
      countries: code === null ? [] : [code],
    });
  });
}
