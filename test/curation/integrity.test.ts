/**
 * Curation stays honest about changes made outside it, on SQLite and on PostgreSQL (skipped by
 * name without a server): an import that rewrites an already-curated event makes a later edit
 * based on the older version, or an undo of the earlier curation, fail as a conflict naming the
 * event instead of silently reverting the import; and merging two actors rewrites the claims
 * and the dataset actor links that name the duplicate, all undone exactly by one undo; linking a
 * dataset name to an actor is one audited group (the link and each event it changed), which
 * one undo takes back with the unresolved names, and an undo of that undo makes again.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteItem, updateItem } from '../../src/app/curation/edit.ts';
import { mergeActors } from '../../src/app/curation/merge.ts';
import { reviewItems } from '../../src/app/curation/review.ts';
import { changeGroup, itemHistory, undoChange } from '../../src/app/curation/undo.ts';
import { importDataset } from '../../src/app/import.ts';
import { linkActor } from '../../src/app/link-actor.ts';
import { ConflictError } from '../../src/errors.ts';
import type { Actor, Event, Relation } from '../../src/model/index.ts';
import { openStore } from '../../src/store/open.ts';
import type { DatasetActorLink, DatasetActorName, Store } from '../../src/store/store.ts';
import { GED_49, gedRow, INGEST_ACTORS, tempDir, writeCsv } from '../ingest/fixtures.ts';
import { describePostgres, probePostgres, ThrowAwaySchemas } from '../store/postgres-server.ts';
import { event, relations } from '../store/fixtures.ts';

/** A duplicate of the TTP, as an analyst might have entered it by hand. */
const DUPLICATE: Actor = {
  id: 'ttp-duplicate',
  name: 'Tehreek-e-Taliban (entered twice)',
  kind: 'armed-group',
  country: 'PAK',
  parentId: null,
  aliases: { en: ['TeT'] },
  externalIds: {},
  roles: [],
  designations: [],
};

/** An armed group active in March 2014 only: a name linked to it holds in that month. */
const MARCH_FRONT: Actor = {
  ...DUPLICATE,
  id: 'march-front',
  name: 'March Front',
  aliases: {},
  periods: [
    {
      from: '2014-03-01',
      to: '2014-03-31',
      evidence: [{ sourceId: 'fx-wire', quote: 'The front fought through March.' }],
    },
  ],
};

/** Names the duplicate only in its claims and attributions, never as a source or a target. */
const CLAIMED_ONLY: Event = event({
  id: 'fx:claimed-only',
  date: '2014-05-02',
  sourceActors: ['pakistan-government'],
  targetActors: ['pakistan'],
  claims: [
    {
      by: 'ttp-duplicate',
      kind: 'claimed',
      evidence: [
        { sourceId: 'fx-wire', quote: 'A spokesman said the group did it.', claimedBy: 'ttp-duplicate' },
      ],
    },
    { by: 'pakistan-government', kind: 'attributed', about: 'ttp-duplicate', evidence: [] },
  ],
});

/** An event with the duplicate as its source (the merge found these before). */
const AS_SOURCE: Event = event({
  id: 'fx:as-source',
  date: '2014-05-03',
  sourceActors: ['ttp-duplicate'],
  targetActors: ['pakistan-government'],
});

/** A relation the duplicate only claims. */
const CLAIMED_RELATION: Relation = {
  ...relations[0]!,
  id: 'fx-rel:claimed-by-duplicate',
  subjectId: 'afghan-taliban',
  objectId: 'pakistan',
  stance: 'reported',
  claimedBy: 'ttp-duplicate',
};

const LINKS: DatasetActorLink[] = [
  {
    dataset: 'ucdp-ged',
    name: 'Tehreek e Taliban',
    actorId: 'ttp-duplicate',
    linked: '2024-01-02T03:04:05.000Z',
  },
  { dataset: null, name: 'TeT', actorId: 'ttp-duplicate', linked: '2024-02-03T04:05:06.000Z' },
  { dataset: 'acled', name: 'Pakistani Taliban', actorId: 'ttp', linked: '2024-03-04T05:06:07.000Z' },
];

function scenario(open: () => Promise<Store>): void {
  let store: Store;
  const dir = tempDir();
  beforeAll(async () => {
    store = await open();
    await store.putActors([...INGEST_ACTORS, DUPLICATE, MARCH_FRONT]);
  });
  afterAll(async () => {
    await store.close();
  });

  const importGed = (name: string, best: string) =>
    importDataset(store, {
      format: 'ucdp-ged',
      file: writeCsv(join(dir, name), GED_49, [gedRow('1', { best, low: best, high: best })]),
    });

  it('refuses an undo or a stale edit that would revert what an import changed, naming the event', async () => {
    await importGed('ged-first.csv', '5');
    const id = 'ucdp-ged:1';
    const imported = (await store.getEvent(id))!;
    expect(imported.fatalities.best).toBe(5);
    const review = await reviewItems(store, [{ kind: 'event', id }], 'disputed', 'Amina');
    expect(review.audit).toHaveLength(1);

    // A corrected row: the import rewrites the curated event, outside curation.
    await importGed('ged-corrected.csv', '9');
    expect((await store.getEvent(id))!.fatalities.best).toBe(9);

    // Read before curation meets the item: the change shows, unrecorded, and nothing is written.
    const seen = await itemHistory(store, 'event', id);
    expect(seen.version).toBe(1);
    expect(seen.entries.map((e) => [e.action, e.id, e.version])).toEqual([
      ['review', review.audit[0]!.id, 1],
      ['external', null, 1],
    ]);
    expect(seen.entries[1]).toMatchObject({ recorded: false, who: 'outside curation' });
    expect((seen.entries[1]!.before as Event).fatalities.best).toBe(5);
    expect((seen.entries[1]!.after as Event).fatalities.best).toBe(9);
    expect(await store.listAudit({ kind: 'event', itemId: id })).toHaveLength(1);
    expect(await store.getItemVersion('event', id)).toBe(1);

    const undo = undoChange(store, review.audit[0]!.id, 'Amina');
    await expect(undo).rejects.toThrow(ConflictError);
    await expect(undo).rejects.toThrow(`event '${id}'`);
    const edit = updateItem(store, 'event', id, { ...imported, summary: 'edited' }, 1, 'Bilal');
    await expect(edit).rejects.toThrow(ConflictError);
    await expect(edit).rejects.toThrow(`event '${id}'`);
    await expect(deleteItem(store, 'event', id, 1, 'Bilal')).rejects.toThrow(ConflictError);
    expect((await store.getEvent(id))!.fatalities.best).toBe(9);

    // The history now shows the import's change, and an edit based on it goes through.
    const history = await itemHistory(store, 'event', id);
    expect(history.version).toBe(2);
    expect(history.entries.map((e) => e.action)).toEqual(['review', 'external']);
    expect(history.entries[1]!.id).toEqual(expect.any(Number));
    expect((history.entries[1]!.after as Event).fatalities.best).toBe(9);
    const current = (await store.getEvent(id))!;
    const done = await updateItem(store, 'event', id, { ...current, summary: 'edited' }, 2, 'Bilal');
    expect(done.version).toBe(3);
    expect((await store.getEvent(id))!).toMatchObject({ summary: 'edited', fatalities: { best: 9 } });
  });

  it('lets curation that built on the stored item through, and undoes it to the imported state', async () => {
    const id = 'ucdp-ged:1';
    await importGed('ged-again.csv', '11');
    const stored = (await store.getEvent(id))!;
    // A review without a version applies to the item as stored: nothing of the import is lost.
    const review = await reviewItems(store, [{ kind: 'event', id }], 'rejected', 'Amina');
    expect((review.audit[0]!.before as Event).fatalities.best).toBe(11);
    await undoChange(store, review.audit[0]!.id, 'Amina');
    expect(await store.getEvent(id)).toEqual(stored);
  });

  it('merges actors rewriting claims, claimed relations and dataset links; one undo restores them exactly', async () => {
    await store.putEvents([CLAIMED_ONLY, AS_SOURCE]);
    await store.putRelations([CLAIMED_RELATION]);
    await store.putDatasetActorLinks(LINKS);
    // A case that links the duplicate explicitly (its scope names no actor).
    await store.putCase({
      id: 'links-only',
      title: 'Links only',
      question: 'Which actors are linked?',
      scope: { countries: [], actors: [], from: null, to: null },
      description: '',
    });
    await store.linkToCase('links-only', [{ kind: 'actor', id: 'ttp-duplicate' }]);
    const linked = async () => (await store.listActors({ caseId: 'links-only' })).map((a) => a.id);
    expect(await linked()).toEqual(['ttp-duplicate']);
    const entries = await mergeActors(store, { into: 'ttp', merged: 'ttp-duplicate' }, 'Amina');
    expect(await linked()).toEqual(['ttp']);
    expect(entries.every((e) => e.partOf === null || e.partOf === entries[0]!.id)).toBe(true);

    const claimed = (await store.getEvent(CLAIMED_ONLY.id))!;
    expect(claimed.claims.map((c) => [c.by, c.about ?? null])).toEqual([
      ['ttp', null],
      ['pakistan-government', 'ttp'],
    ]);
    expect(claimed.claims[0]!.evidence[0]!.claimedBy).toBe('ttp');
    expect((await store.getEvent(AS_SOURCE.id))!.sourceActors).toEqual(['ttp']);
    expect((await store.getRelation(CLAIMED_RELATION.id))!.claimedBy).toBe('ttp');
    expect(await store.listDatasetActorLinks()).toEqual(
      [{ ...LINKS[1]!, actorId: 'ttp' }, { ...LINKS[2]! }, { ...LINKS[0]!, actorId: 'ttp' }].sort(
        byDatasetThenName,
      ),
    );
    expect(await store.getActor('ttp-duplicate')).toBeUndefined();

    await undoChange(store, entries[0]!.id, 'Amina');
    expect(await store.getEvent(CLAIMED_ONLY.id)).toEqual(CLAIMED_ONLY);
    expect(await store.getEvent(AS_SOURCE.id)).toEqual(AS_SOURCE);
    expect(await store.getRelation(CLAIMED_RELATION.id)).toEqual(CLAIMED_RELATION);
    expect(await store.listDatasetActorLinks()).toEqual([...LINKS].sort(byDatasetThenName));
    expect(await store.getActor('ttp-duplicate')).toEqual(DUPLICATE);
    expect(await linked()).toEqual(['ttp', 'ttp-duplicate']);
  });

  it('audits a dataset actor link with the events it changed; undo takes it all back, names included', async () => {
    const unknown = (day: string) => ({
      side_b: 'Front of the Gorge',
      side_b_new_id: '9931',
      side_b_dset_id: '9931',
      date_start: `2014-${day} 00:00:00`,
      date_end: `2014-${day} 00:00:00`,
    });
    await importDataset(store, {
      format: 'ucdp-ged',
      file: writeCsv(join(dir, 'ged-front.csv'), GED_49, [
        gedRow('31', unknown('03-05')),
        gedRow('32', unknown('05-05')),
        gedRow('33', unknown('03-06')),
      ]),
    });
    const ids = ['ucdp-ged:31', 'ucdp-ged:32', 'ucdp-ged:33'];
    const events = async () => Promise.all(ids.map(async (id) => (await store.getEvent(id))!));
    const names = async () => sortNames(await store.listDatasetActorNames(ids));
    const importedEvents = await events();
    const importedNames = await names();
    expect(importedNames.map((n) => [n.itemId, n.name])).toEqual(ids.map((id) => [id, 'Front of the Gorge']));
    // One of the events was curated before: the link must not look like a change made outside.
    expect(
      (await reviewItems(store, [{ kind: 'event', id: 'ucdp-ged:33' }], 'disputed', 'Amina')).audit,
    ).toHaveLength(1);
    const reviewed = (await store.getEvent('ucdp-ged:33'))!;

    const linked = await linkActor(
      store,
      { name: 'Front of the Gorge', actor: 'march-front', dataset: 'ucdp-ged' },
      'Bilal',
    );
    expect(linked).toMatchObject({ eventsUpdated: 2, outsidePeriods: 1 });
    const head = linked.audit;
    expect(head).toMatchObject({
      who: 'Bilal',
      kind: 'actor-link',
      itemId: 'ucdp-ged:Front of the Gorge',
      action: 'link',
      before: null,
      version: 1,
      partOf: null,
      after: {
        dataset: 'ucdp-ged',
        name: 'Front of the Gorge',
        actorId: 'march-front',
        resolved: { events: 2, outsidePeriods: 1 },
      },
    });
    const group = await changeGroup(store, head.id);
    expect(group.parts.map((e) => [e.kind, e.itemId, e.who, e.partOf])).toEqual([
      ['event', 'ucdp-ged:31', 'Bilal', head.id],
      ['event', 'ucdp-ged:33', 'Bilal', head.id],
    ]);
    // The events' histories say the link changed them; nothing shows as changed outside curation.
    const curatedBefore = await itemHistory(store, 'event', 'ucdp-ged:33');
    expect(curatedBefore.version).toBe(2);
    expect(curatedBefore.entries.map((e) => [e.action, e.partOf])).toEqual([
      ['review', null],
      ['update', head.id],
    ]);
    const fresh = await itemHistory(store, 'event', 'ucdp-ged:31');
    expect(fresh.entries.map((e) => [e.id, e.partOf, e.version])).toEqual([[group.parts[0]!.id, head.id, 1]]);
    expect((await itemHistory(store, 'actor-link', head.itemId)).entries).toHaveLength(1);
    expect(await store.getItemVersion('event', 'ucdp-ged:32')).toBe(0);
    const [march, may, marchAgain] = await events();
    expect(march!.targetActors).toContain('march-front');
    expect(may!.targetActors).not.toContain('march-front');
    expect(marchAgain!.targetActors).toContain('march-front');
    expect((await names()).map((n) => n.itemId)).toEqual(['ucdp-ged:32']);

    // One undo: the events as they were, the link gone, the names unresolved again.
    const undone = await undoChange(store, head.id, 'Amina');
    expect(await events()).toEqual([importedEvents[0], importedEvents[1], reviewed]);
    expect(await names()).toEqual(importedNames);
    expect((await store.listDatasetActorLinks('ucdp-ged')).map((l) => l.name)).not.toContain(
      'Front of the Gorge',
    );
    const pending = await store.listUnresolvedNames({ dataset: 'ucdp-ged' });
    expect(pending.find((n) => n.name === 'Front of the Gorge')?.items).toBe(3);

    // Undoing the undo makes the link again, names taken off again.
    await undoChange(store, undone[0]!.id, 'Bilal');
    expect((await events()).map((e) => e.targetActors.includes('march-front'))).toEqual([true, false, true]);
    expect((await names()).map((n) => n.itemId)).toEqual(['ucdp-ged:32']);
    expect(await store.listDatasetActorLinks('ucdp-ged')).toContainEqual(
      expect.objectContaining({ name: 'Front of the Gorge', actorId: 'march-front' }),
    );
  });
}

/** Unresolved names in a stable order: by item, then role. */
function sortNames(names: DatasetActorName[]): DatasetActorName[] {
  const key = (n: DatasetActorName) => `${n.itemId}\u0000${n.role}\u0000${n.name}`;
  return [...names].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

/** The store lists links by dataset ('' for every dataset, first) then name. */
function byDatasetThenName(x: DatasetActorLink, y: DatasetActorLink): number {
  const key = (l: DatasetActorLink) => `${l.dataset ?? ''}\u0000${l.name}`;
  return key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0;
}

describe('curation integrity on SQLite', () => {
  scenario(() => openStore({ path: ':memory:' }));
});

const problem = await probePostgres();
const schemas = new ThrowAwaySchemas();
describePostgres('curation integrity on PostgreSQL', problem, () => {
  afterAll(() => schemas.dropAll());
  scenario(() => schemas.open());
});
