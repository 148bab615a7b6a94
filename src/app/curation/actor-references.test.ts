/** Unit tests of renaming actor references for a merge, and of the kept actor absorbing the duplicate. */
import { describe, expect, it } from 'vitest';
import { pakistanTtp } from '../../cases/pakistan-ttp/index.ts';
import type { Actor, Negotiation } from '../../model/index.ts';
import {
  absorbActor,
  changed,
  renameInActor,
  renameInEvent,
  renameInNegotiation,
  renameInRelation,
} from './actor-references.ts';

const event = pakistanTtp.events.find((e) => e.sourceActors.length > 0 && e.targetActors.length > 0)!;
const from = event.sourceActors[0]!;

describe('renaming an actor in items', () => {
  it('rewrites event sides, claims and attributions, leaving one entry where both names were listed', () => {
    const other = event.targetActors[0]!;
    const renamed = renameInEvent(
      {
        ...event,
        sourceActors: [from, 'dup'],
        claims: [
          { by: 'dup', kind: 'claimed', about: 'dup', evidence: [{ sourceId: 's', claimedBy: 'dup' }] },
        ],
        evidence: [{ ...event.evidence[0]!, claimedBy: 'dup' }],
      },
      'dup',
      from,
    );
    expect(renamed.sourceActors).toEqual([from]);
    expect(renamed.targetActors).toEqual(event.targetActors);
    expect(renamed.claims[0]).toMatchObject({ by: from, about: from, evidence: [{ claimedBy: from }] });
    expect(renamed.evidence[0]!.claimedBy).toBe(from);
    expect(changed(event, renameInEvent(event, 'nobody', other))).toBe(false);
  });

  it('rewrites every place of a relation and of a negotiation round', () => {
    const relation = pakistanTtp.relations.find((r) => r.secondObjectId !== undefined)!;
    const renamed = renameInRelation(relation, relation.secondObjectId!, 'kept');
    expect(renamed.secondObjectId).toBe('kept');
    expect(renamed.subjectId).toBe(relation.subjectId);
    const negotiation: Negotiation = {
      ...pakistanTtp.negotiations[0]!,
      parties: ['a', 'dup'],
      mediators: ['dup'],
      rounds: [
        {
          ...pakistanTtp.negotiations[0]!.rounds[0]!,
          hosts: ['dup'],
          mediators: [],
          delegations: [{ actorId: 'dup', members: ['dup', 'Someone'] }],
          demands: [{ by: 'dup', text: 'a demand' }],
        },
      ],
    };
    const moved = renameInNegotiation(negotiation, 'dup', 'a');
    expect(moved.parties).toEqual(['a']);
    expect(moved.mediators).toEqual(['a']);
    expect(moved.rounds[0]).toMatchObject({
      hosts: ['a'],
      delegations: [{ actorId: 'a', members: ['a', 'Someone'] }],
      demands: [{ by: 'a', text: 'a demand' }],
    });
  });

  it('never makes an actor its own parent', () => {
    const child: Actor = { ...pakistanTtp.actors[0]!, id: 'kept', parentId: 'dup' };
    expect(renameInActor(child, 'dup', 'kept').parentId).toBeNull();
    expect(renameInActor({ ...child, id: 'other' }, 'dup', 'kept').parentId).toBe('kept');
  });
});

describe('absorbing a duplicate actor', () => {
  const kept: Actor = {
    ...pakistanTtp.actors.find((a) => a.id === 'ttp')!,
    aliases: { en: ['TTP'] },
    externalIds: { ucdp: '1' },
    country: null,
  };
  const dup: Actor = {
    ...kept,
    id: 'ttp-2',
    name: 'Tehrik-e-Taliban',
    aliases: { en: ['TTP', 'Pakistani Taliban'], ur: ['تحریک طالبان'] },
    externalIds: { ucdp: '2', acled: 'x' },
    country: 'PAK',
  };

  it('keeps the duplicate name, id and aliases as aliases, without repeats', () => {
    const merged = absorbActor(kept, dup);
    expect(merged.id).toBe('ttp');
    expect(merged.name).toBe(kept.name);
    expect(merged.aliases.en).toEqual(['TTP', 'Pakistani Taliban', 'Tehrik-e-Taliban', 'ttp-2']);
    expect(merged.aliases.ur).toEqual(['تحریک طالبان']);
  });

  it('keeps its own external ids and fills in the missing ones and the country', () => {
    const merged = absorbActor(kept, dup);
    expect(merged.externalIds).toEqual({ ucdp: '1', acled: 'x' });
    expect(merged.country).toBe('PAK');
    expect(kept.aliases.en).toEqual(['TTP']);
  });
});
