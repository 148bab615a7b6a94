// Dataset actor links in the workbench's audit views: dataset, name and old actor → new actor,
// from the entry's before and after, or from its id when a side is missing; other kinds get none.
import { describe, expect, it } from 'vitest';
import { actorLinkWords } from '../../web/src/lib/audit-words.ts';

const names: Record<string, string> = { ttp: 'Tehrik-i-Taliban Pakistan' };
const nameOf = (id: string) => names[id] ?? id;
const link = (actorId: string, dataset: string | null = 'ucdp-ged') => ({
  dataset,
  name: 'Tehreek e Taliban',
  actorId,
  linked: '2024-01-02T03:04:05.000Z',
});

describe('actorLinkWords', () => {
  it('names the dataset, the dataset’s name and the actors before and after a merge re-pointed it', () => {
    const entry = {
      kind: 'actor-link',
      itemId: 'ucdp-ged:Tehreek e Taliban',
      before: link('ttp-duplicate'),
      after: link('ttp'),
    };
    expect(actorLinkWords(entry, nameOf)).toEqual({
      dataset: 'ucdp-ged',
      name: 'Tehreek e Taliban',
      from: 'ttp-duplicate',
      to: 'Tehrik-i-Taliban Pakistan',
    });
  });

  it('reads a link of every dataset, and a side that is missing as no link', () => {
    const entry = {
      kind: 'actor-link',
      itemId: '*:TeT',
      before: null,
      after: { ...link('ttp', null), name: 'TeT' },
    };
    expect(actorLinkWords(entry, nameOf)).toEqual({
      dataset: null,
      name: 'TeT',
      from: null,
      to: 'Tehrik-i-Taliban Pakistan',
    });
    const gone = { kind: 'actor-link', itemId: 'acled:Pakistani: Taliban', before: null, after: null };
    expect(actorLinkWords(gone, nameOf)).toEqual({
      dataset: 'acled',
      name: 'Pakistani: Taliban',
      from: null,
      to: null,
    });
  });

  it('says nothing for other kinds', () => {
    expect(
      actorLinkWords({ kind: 'actor', itemId: 'ttp', before: null, after: null }, nameOf),
    ).toBeUndefined();
  });
});
