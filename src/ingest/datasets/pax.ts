/**
 * PA-X, the Peace Agreements Database (Bell & Badanjak 2019): one agreement per row (266
 * columns, UTF-8 with BOM and CRLF, long quoted cells with newlines). Parties are free text
 * (`Part`), so only names the registry knows become parties; for inter-state agreements the
 * states of `Con` ("Afghanistan/Pakistan") are parties too. `ThrdPart` lists third parties one
 * per line; each the registry knows becomes a mediator, guarantor, host or witness by its words.
 */
import type { Agreement, AgreementKind, ThirdParty } from '../../model/index.ts';
import { FieldProblem, normaliseSafely, requiredDate, requiredText, splitList } from '../fields.ts';
import { entityOrHeld } from './agreement-parts.ts';
import { ActorCollector, rowEvidence } from './common.ts';
import type { DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

/** PA-X `Stage`: pre-negotiation, substantive (partial, comprehensive), implementation, renewal, ceasefire. */
const KINDS: Readonly<Record<string, AgreementKind>> = {
  Pre: 'framework',
  SubPar: 'partial',
  SubComp: 'peace',
  Imp: 'implementation',
  Ren: 'implementation',
  Cea: 'ceasefire',
  Oth: 'other',
};

export const pax: DatasetFormat = {
  name: 'pax',
  entity: 'agreement',
  info: {
    title: 'PA-X Peace Agreements Database',
    author: 'Bell & Badanjak 2019, University of Edinburgh',
    publisher: 'University of Edinburgh',
    url: 'https://www.peaceagreements.org/',
  },
  layout: { delimiter: ',', quote: '"' },
  required: ['AgtId', 'Agt', 'Dat', 'Con', 'Part', 'ThrdPart', 'Stage'],
  detect: (first) => ['AgtId', 'Agt', 'Dat', 'ThrdPart'].every((c) => first.includes(c)),
  releaseOf: () => undefined,
  normalise: normalisePaxRow,
};

export function normalisePaxRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const rowKey = row.get('AgtId');
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(rowKey))
      throw new FieldProblem('AgtId', `expected a numeric agreement id, got '${rowKey}'`);
    const name = requiredText(row, 'Agt');
    const signed = requiredDate(row, 'Dat');
    const actors = new ActorCollector(context, { from: signed, to: signed });
    const partyNames = splitList(row.value('Part'), /\s*(?:\r?\n|;)\s*/);
    const states = row.get('Agtp').startsWith('Inter') ? splitList(row.value('Con'), /\s*\/\s*/) : [];
    const parties = actors.ids(
      'party',
      [...states, ...partyNames].map((text) => ({ name: text })),
    );
    const thirdParties: ThirdParty[] = [];
    for (const text of splitList(row.value('ThrdPart'), /\s*(?:\r?\n|;)\s*/)) {
      const [actorId] = actors.ids('third-party', [{ name: text }]);
      if (actorId !== undefined && !thirdParties.some((t) => t.actorId === actorId))
        thirdParties.push({ actorId, role: roleOf(text) });
    }
    const agreement: Agreement = {
      id: `pax:${rowKey}`,
      name,
      kind: KINDS[row.get('Stage')] ?? 'other',
      parties,
      thirdParties,
      signed,
      signedPrecision: 'day',
      written: true,
      ended: null,
      provisions: [],
      status: 'reviewed',
      evidence: [rowEvidence(context, rowKey, row.value('ThrdPart'))],
    };
    const countries = splitList(row.value('Loc1ISO'))
      .concat(splitList(row.value('Loc2ISO')))
      .filter((c) => /^[A-Z]{3}$/.test(c));
    return entityOrHeld(rowKey, { kind: 'agreement', entity: agreement }, parties, actors.unresolved, {
      date: signed,
      countries,
    });
  });
}

function roleOf(text: string): ThirdParty['role'] {
  if (/mediat|facilitat|broker/i.test(text)) return 'mediator';
  if (/guarant/i.test(text)) return 'guarantor';
  if (/host/i.test(text)) return 'host';
  return 'witness';
}
