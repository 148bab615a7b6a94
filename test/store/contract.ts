/**
 * The Store contract suite: one set of tests that every engine must pass. `makeStore` gives
 * a fresh, empty, migrated store for each test; `reopen` (when the engine keeps data beyond
 * one connection) closes a store and opens the same database again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/errors.ts';
import type { Event } from '../../src/model/index.ts';
import type { Store } from '../../src/store/store.ts';
import { prepareEvent } from '../../src/store/prepared-event.ts';
import { runCurationContract } from './curation-contract.ts';
import { eventPagingContract } from './contract-event-pages.ts';
import { runSourceTextContract } from './source-texts-contract.ts';
import * as fx from './fixtures.ts';

export interface ContractOptions {
  /** Closes `store` and opens the same database again. */
  reopen?: (store: Store) => Promise<Store>;
}

/** Puts every fixture into `store`. */
export async function seed(store: Store): Promise<void> {
  await store.putActors(fx.actors);
  await store.putSources(fx.sources);
  await store.putCitations(fx.citations);
  await store.putEvents(fx.events);
  await store.putRelations(fx.relations);
  await store.putNegotiations(fx.negotiations);
  await store.putAgreements(fx.agreements);
  await store.putCase(fx.theCase);
  await store.putCase(fx.otherCase);
}

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);
const sorted = (values: readonly string[]): string[] => [...values].sort();

export function runStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  options: ContractOptions = {},
): void {
  describe(name, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('round trip', () => {
      beforeEach(() => seed(store));

      it('returns every kind of entity equal to what was put', async () => {
        expect(await store.listCases()).toEqual(fx.byId([fx.theCase, fx.otherCase]));
        expect(await store.getCase(fx.theCase.id)).toEqual(fx.theCase);
        expect(await store.listActors()).toEqual(fx.byId(fx.actors));
        expect(await store.listSources()).toEqual(fx.byId(fx.sources));
        expect(await store.listEvents()).toEqual(fx.byDateThenId(fx.events));
        expect(await store.listRelations()).toEqual(fx.byId(fx.relations));
        expect(await store.listNegotiations()).toEqual(fx.byId(fx.negotiations));
        expect(await store.listAgreements()).toEqual(fx.byId(fx.agreements));
        for (const actor of fx.actors) expect(await store.getActor(actor.id)).toEqual(actor);
        for (const source of fx.sources) expect(await store.getSource(source.id)).toEqual(source);
        for (const event of fx.events) expect(await store.getEvent(event.id)).toEqual(event);
        for (const relation of fx.relations) expect(await store.getRelation(relation.id)).toEqual(relation);
        for (const item of fx.negotiations) expect(await store.getNegotiation(item.id)).toEqual(item);
        for (const item of fx.agreements) expect(await store.getAgreement(item.id)).toEqual(item);
      });

      it('keeps citations, optionally listed by citing source', async () => {
        const key = (c: { fromSourceId: string; toSourceId: string; marker: string }) =>
          `${c.fromSourceId} ${c.toSourceId} ${c.marker}`;
        expect((await store.listCitations()).map(key)).toEqual(fx.citations.map(key).sort());
        expect(await store.listCitations('fx-analysis-tr')).toEqual([
          { fromSourceId: 'fx-analysis-tr', toSourceId: 'fx-dawn-2022-11-28', marker: '1' },
          { fromSourceId: 'fx-analysis-tr', toSourceId: 'fx-ucdp-ged', marker: '2' },
        ]);
        expect(await store.listCitations('fx-unknown')).toEqual([]);
      });

      it('answers undefined for unknown ids', async () => {
        expect(await store.getCase('nope')).toBeUndefined();
        expect(await store.getActor('nope')).toBeUndefined();
        expect(await store.getSource('nope')).toBeUndefined();
        expect(await store.getEvent('nope')).toBeUndefined();
        expect(await store.getRelation('nope')).toBeUndefined();
        expect(await store.getNegotiation('nope')).toBeUndefined();
        expect(await store.getAgreement('nope')).toBeUndefined();
      });
    });

    describe('upserts', () => {
      beforeEach(() => seed(store));

      it('putting the same entities again leaves one row each', async () => {
        await seed(store);
        await store.putCitations(fx.citations);
        expect(await store.countEvents()).toBe(fx.events.length);
        expect(await store.listEvents()).toEqual(fx.byDateThenId(fx.events));
        expect(await store.listActors()).toHaveLength(fx.actors.length);
        expect(await store.listSources()).toHaveLength(fx.sources.length);
        expect(await store.listCitations()).toHaveLength(fx.citations.length);
        expect(await store.listRelations()).toHaveLength(fx.relations.length);
        expect(await store.listNegotiations()).toHaveLength(fx.negotiations.length);
        expect(await store.listAgreements()).toHaveLength(fx.agreements.length);
        expect(await store.listCases()).toHaveLength(2);
        expect(await store.aggregateDyadMonth({ from: '2023-01-01', to: '2023-01-31' })).toEqual([
          { sourceActor: 'ttp', targetActor: 'pakistan', month: '2023-01', events: 2, fatalitiesBest: 101 },
          {
            sourceActor: 'ttp',
            targetActor: 'pakistan-army',
            month: '2023-01',
            events: 1,
            fatalitiesBest: 101,
          },
        ]);
      });

      it('a changed event replaces the stored one, actors included', async () => {
        const before = fx.events.find((e) => e.id === 'fx:lakki-marwat') as Event;
        const changed: Event = {
          ...before,
          date: '2023-02-02',
          sourceActors: ['afghan-taliban'],
          targetActors: ['china'],
          fatalities: { low: 1, best: 3, high: 4 },
        };
        await store.putEvents([changed]);
        expect(await store.getEvent(changed.id)).toEqual(changed);
        expect(await store.countEvents()).toBe(fx.events.length);
        expect(ids(await store.listEvents({ actorIds: ['afghan-taliban'] }))).toContain(changed.id);
        expect(
          ids(await store.listEvents({ actorIds: ['ttp'], from: '2023-01-01', to: '2023-12-31' })),
        ).toEqual(['fx:peshawar-mosque']);
        expect(await store.aggregateDyadMonth({ from: '2023-01-01', to: '2023-02-28' })).toEqual([
          { sourceActor: 'ttp', targetActor: 'pakistan', month: '2023-01', events: 1, fatalitiesBest: 101 },
          {
            sourceActor: 'ttp',
            targetActor: 'pakistan-army',
            month: '2023-01',
            events: 1,
            fatalitiesBest: 101,
          },
          {
            sourceActor: 'afghan-taliban',
            targetActor: 'china',
            month: '2023-02',
            events: 1,
            fatalitiesBest: 3,
          },
        ]);
      });

      it('prepared events are stored as putEvents stores them: documents, columns and actors', async () => {
        const before = fx.events.find((e) => e.id === 'fx:lakki-marwat') as Event;
        const changed: Event = {
          ...before,
          date: '2023-02-03',
          sourceActors: ['afghan-taliban'],
          targetActors: [],
        };
        await store.putPreparedEvents([prepareEvent(changed)]);
        expect(await store.getEvent(changed.id)).toEqual(changed);
        expect(await store.countEvents()).toBe(fx.events.length);
        // The columns and the actor rows follow the prepared record, as for putEvents.
        expect(
          ids(await store.listEvents({ actorIds: ['afghan-taliban'], from: '2023-02-03', to: '2023-02-03' })),
        ).toEqual([changed.id]);
        expect(
          ids(await store.listEvents({ actorIds: ['ttp'], from: '2023-02-01', to: '2023-02-28' })),
        ).toEqual([]);
        const fresh: Event = { ...before, id: 'fx:prepared-new', date: '2023-03-01' };
        await store.putPreparedEvents([prepareEvent(fresh)]);
        expect(await store.getEvent(fresh.id)).toEqual(fresh);
        expect(
          ids(
            await store.listEvents({ actorIds: before.sourceActors, from: '2023-03-01', to: '2023-03-01' }),
          ),
        ).toEqual([fresh.id]);
      });

      it('changed actors, sources, relations, negotiations, agreements and cases replace the stored ones', async () => {
        const actor = { ...fx.actors[0]!, name: 'Pakistan (changed)', aliases: { en: ['PK'] } };
        const source = { ...fx.sources[0]!, title: 'Changed title', reliability: 'C' as const };
        const relation = { ...fx.relations[0]!, sign: -1, to: '2024-01-01' };
        const negotiation = { ...fx.negotiations[0]!, parties: ['usa', 'china'] };
        const agreement = { ...fx.agreements[0]!, parties: ['usa', 'china'], ended: null };
        const kase = { ...fx.theCase, title: 'Renamed', scope: { ...fx.theCase.scope, actors: ['usa'] } };
        await store.putActors([actor]);
        await store.putSources([source]);
        await store.putRelations([relation]);
        await store.putNegotiations([negotiation]);
        await store.putAgreements([agreement]);
        await store.putCase(kase);
        expect(await store.getActor(actor.id)).toEqual(actor);
        expect(await store.getSource(source.id)).toEqual(source);
        expect(await store.getRelation(relation.id)).toEqual(relation);
        expect(await store.getNegotiation(negotiation.id)).toEqual(negotiation);
        expect(await store.getAgreement(agreement.id)).toEqual(agreement);
        expect(await store.listRelations()).toHaveLength(fx.relations.length);
        expect(await store.getCase(kase.id)).toEqual(kase);
        // The parties were replaced too: the case (now scoped to the USA) sees the new ones.
        expect(ids(await store.listNegotiations({ caseId: kase.id }))).toEqual(
          sorted([negotiation.id, 'fx-neg:doha']),
        );
        expect(ids(await store.listAgreements({ caseId: kase.id }))).toEqual(
          sorted([agreement.id, 'fx-agr:doha-2020']),
        );
      });

      it('when one batch repeats an id, the last one wins', async () => {
        const first = fx.event({ id: 'fx:twice', date: '2020-01-01', sourceActors: ['usa'] });
        const last = fx.event({ id: 'fx:twice', date: '2020-01-02', sourceActors: ['china'] });
        await store.putEvents([first, last]);
        expect(await store.getEvent('fx:twice')).toEqual(last);
        expect(await store.countEvents({ actorIds: ['usa'], to: '2020-12-31' })).toBe(0);
        await store.putActors([fx.actors[1]!, { ...fx.actors[1]!, name: 'Army' }]);
        expect((await store.getActor(fx.actors[1]!.id))?.name).toBe('Army');
      });
    });

    describe('event filters', () => {
      beforeEach(() => seed(store));

      it('from and to are inclusive bounds on the date', async () => {
        expect(ids(await store.listEvents({ from: '2022-11-28', to: '2023-01-30' }))).toEqual([
          'fx:ceasefire-ends',
          'fx:lakki-marwat',
          'fx:peshawar-mosque',
        ]);
        expect(ids(await store.listEvents({ from: '2024-01-01' }))).toEqual(['fx:khost-strikes']);
        expect(ids(await store.listEvents({ to: '2021-12-31' }))).toEqual(['fx:kabul-falls']);
      });

      it('actorIds match source or target actors', async () => {
        expect(ids(await store.listEvents({ actorIds: ['pakistan-army'] }))).toEqual(['fx:peshawar-mosque']);
        expect(ids(await store.listEvents({ actorIds: ['usa', 'china'] }))).toEqual([
          'fx:kabul-falls',
          'fx:beijing-visit',
        ]);
        expect(ids(await store.listEvents({ actorIds: ['nobody'] }))).toEqual([]);
        expect(await store.countEvents({ actorIds: [] })).toBe(fx.events.length);
      });

      it('types select PLOVER types', async () => {
        expect(ids(await store.listEvents({ types: ['CONSULT', 'REJECT'] }))).toEqual([
          'fx:kabul-talks',
          'fx:ceasefire-ends',
          'fx:beijing-visit',
        ]);
      });

      it('bbox selects located events inside the box, including across the antimeridian', async () => {
        // Khyber Pakhtunkhwa, roughly.
        expect(ids(await store.listEvents({ bbox: [70, 31, 74, 36] }))).toEqual([
          'fx:swat-blast',
          'fx:lakki-marwat',
          'fx:peshawar-mosque',
        ]);
        // From 100°E eastwards across 180° to 60°W: only Beijing.
        expect(ids(await store.listEvents({ bbox: [100, -90, -60, 90] }))).toEqual(['fx:beijing-visit']);
      });

      it('orders by date then id and pages with limit and offset', async () => {
        await store.putEvents([
          fx.event({ id: 'fx:same-day-b', date: '2022-05-18' }),
          fx.event({ id: 'fx:same-day-a', date: '2022-05-18' }),
        ]);
        const all = ids(await store.listEvents());
        expect(all.slice(1, 4)).toEqual(['fx:kabul-talks', 'fx:same-day-a', 'fx:same-day-b']);
        expect(ids(await store.listEvents({ limit: 3 }))).toEqual(all.slice(0, 3));
        expect(ids(await store.listEvents({ limit: 3, offset: 2 }))).toEqual(all.slice(2, 5));
        expect(ids(await store.listEvents({ offset: 8 }))).toEqual(all.slice(8));
        expect(await store.listEvents({ limit: 0 })).toEqual([]);
      });

      it('combines filters, and countEvents counts what listEvents lists', async () => {
        const filters = [
          {},
          { from: '2022-01-01', to: '2022-12-31' },
          { actorIds: ['ttp'], types: ['ASSAULT' as const] },
          {
            actorIds: ['ttp'],
            from: '2023-01-01',
            bbox: [70, 30, 72, 35] as [number, number, number, number],
          },
          { caseId: fx.theCase.id, types: ['ASSAULT' as const] },
        ];
        for (const filter of filters) {
          expect(await store.countEvents(filter)).toBe((await store.listEvents(filter)).length);
        }
        expect(ids(await store.listEvents(filters[3]))).toEqual(['fx:lakki-marwat', 'fx:peshawar-mosque']);
        expect(ids(await store.listEvents(filters[4]))).toEqual([
          'fx:swat-blast',
          'fx:lakki-marwat',
          'fx:peshawar-mosque',
        ]);
      });

      it('rejects a negative or fractional limit', async () => {
        await expect(store.listEvents({ limit: -1 })).rejects.toThrow(ValidationError);
        await expect(store.listActors({ offset: 1.5 })).rejects.toThrow(/offset/);
      });
    });

    describe('other filters', () => {
      beforeEach(() => seed(store));

      it('lists actors by kind and relations by actor', async () => {
        expect(ids(await store.listActors({ kinds: ['state'] }))).toEqual(['china', 'pakistan', 'usa']);
        expect(ids(await store.listActors({ kinds: ['person', 'military'] }))).toEqual([
          'amir-khan-muttaqi',
          'pakistan-army',
        ]);
        expect(ids(await store.listRelations({ actorIds: ['ttp'] }))).toEqual([
          'fx-rel:taliban-harbours-ttp',
          'fx-rel:taliban-mediates',
        ]);
        expect(ids(await store.listRelations({ actorIds: ['usa'], limit: 1 }))).toEqual([
          'fx-rel:usa-hostile-taliban',
        ]);
      });
    });

    describe('case membership', () => {
      beforeEach(() => seed(store));

      it('includes the items inside the case scope, and only those', async () => {
        const caseId = fx.theCase.id;
        expect(sorted(ids(await store.listEvents({ caseId })))).toEqual(sorted(fx.inCaseScope.events));
        expect(await store.countEvents({ caseId })).toBe(fx.inCaseScope.events.length);
        expect(ids(await store.listActors({ caseId }))).toEqual(sorted(fx.inCaseScope.actors));
        expect(ids(await store.listRelations({ caseId }))).toEqual(sorted(fx.inCaseScope.relations));
        expect(ids(await store.listNegotiations({ caseId }))).toEqual(fx.inCaseScope.negotiations);
        expect(ids(await store.listAgreements({ caseId }))).toEqual(fx.inCaseScope.agreements);
        expect(await store.listSources({ caseId })).toEqual([]);
      });

      it('treats null scope bounds as open', async () => {
        const caseId = fx.otherCase.id;
        expect(ids(await store.listEvents({ caseId }))).toEqual(['fx:kabul-falls']);
        expect(ids(await store.listNegotiations({ caseId }))).toEqual(['fx-neg:doha']);
        expect(ids(await store.listAgreements({ caseId }))).toEqual(['fx-agr:doha-2020']);
        expect(ids(await store.listActors({ caseId }))).toEqual(['afghan-taliban', 'usa']);
      });

      it('includes items linked explicitly, of every kind, and linking twice changes nothing', async () => {
        const caseId = fx.theCase.id;
        const links = [
          { kind: 'event' as const, id: 'fx:khost-strikes' },
          { kind: 'actor' as const, id: 'china' },
          { kind: 'source' as const, id: 'fx-dawn-2022-11-28' },
          { kind: 'relation' as const, id: 'fx-rel:usa-hostile-taliban' },
          { kind: 'negotiation' as const, id: 'fx-neg:doha' },
          { kind: 'agreement' as const, id: 'fx-agr:doha-2020' },
        ];
        await store.linkToCase(caseId, links);
        await store.linkToCase(caseId, links);
        expect(sorted(ids(await store.listEvents({ caseId })))).toEqual(
          sorted([...fx.inCaseScope.events, 'fx:khost-strikes']),
        );
        expect(ids(await store.listActors({ caseId }))).toEqual(sorted([...fx.inCaseScope.actors, 'china']));
        expect(ids(await store.listSources({ caseId }))).toEqual(['fx-dawn-2022-11-28']);
        expect(ids(await store.listRelations({ caseId }))).toEqual(
          sorted([...fx.inCaseScope.relations, 'fx-rel:usa-hostile-taliban']),
        );
        expect(ids(await store.listNegotiations({ caseId }))).toEqual(
          sorted([...fx.inCaseScope.negotiations, 'fx-neg:doha']),
        );
        expect(ids(await store.listAgreements({ caseId }))).toEqual(
          sorted([...fx.inCaseScope.agreements, 'fx-agr:doha-2020']),
        );
        // A link of one kind does not pull in an item of another kind with the same id.
        await store.linkToCase(caseId, [{ kind: 'event', id: 'usa' }]);
        expect(ids(await store.listActors({ caseId }))).not.toContain('usa');
      });

      it('a case with an empty scope holds only its explicit links', async () => {
        const empty = {
          ...fx.otherCase,
          id: 'empty',
          scope: { countries: [], actors: [], from: null, to: null },
        };
        await store.putCase(empty);
        expect(await store.listEvents({ caseId: 'empty' })).toEqual([]);
        await store.linkToCase('empty', [{ kind: 'event', id: 'fx:swat-blast' }]);
        expect(ids(await store.listEvents({ caseId: 'empty' }))).toEqual(['fx:swat-blast']);
        expect(await store.listActors({ caseId: 'empty' })).toEqual([]);
        expect(await store.listCasesLinking('event', 'fx:swat-blast')).toEqual(['empty']);
        expect(await store.listCasesLinking('actor', 'fx:swat-blast')).toEqual([]);
      });

      it('raises NotFoundError for an unknown case', async () => {
        const caseId = 'no-such-case';
        await expect(store.listEvents({ caseId })).rejects.toThrow(NotFoundError);
        await expect(store.countEvents({ caseId })).rejects.toThrow(NotFoundError);
        await expect(store.aggregateDyadMonth({ caseId })).rejects.toThrow(NotFoundError);
        await expect(store.listActors({ caseId })).rejects.toThrow(NotFoundError);
        await expect(store.listSources({ caseId })).rejects.toThrow(NotFoundError);
        await expect(store.listRelations({ caseId })).rejects.toThrow(NotFoundError);
        await expect(store.listNegotiations({ caseId })).rejects.toThrow(NotFoundError);
        await expect(store.listAgreements({ caseId })).rejects.toThrow("unknown case 'no-such-case'");
        await expect(store.linkToCase(caseId, [{ kind: 'event', id: 'fx:swat-blast' }])).rejects.toThrow(
          NotFoundError,
        );
        await expect(store.deleteCase(caseId)).rejects.toThrow(NotFoundError);
      });

      it('deleteCase removes the case and its links, and nothing else', async () => {
        await store.linkToCase(fx.theCase.id, [{ kind: 'event', id: 'fx:khost-strikes' }]);
        await store.deleteCase(fx.theCase.id);
        expect(await store.getCase(fx.theCase.id)).toBeUndefined();
        expect(ids(await store.listCases())).toEqual([fx.otherCase.id]);
        expect(await store.countEvents()).toBe(fx.events.length);
        expect(await store.listActors()).toHaveLength(fx.actors.length);
        // Re-creating the case does not bring the old links back.
        await store.putCase(fx.theCase);
        expect(ids(await store.listEvents({ caseId: fx.theCase.id }))).not.toContain('fx:khost-strikes');
      });
    });

    describe('aggregateDyadMonth', () => {
      beforeEach(() => seed(store));

      it('counts events and sums best fatalities per source, target and month', async () => {
        expect(await store.aggregateDyadMonth()).toEqual([
          {
            sourceActor: 'afghan-taliban',
            targetActor: 'usa',
            month: '2021-08',
            events: 1,
            fatalitiesBest: 0,
          },
          { sourceActor: 'pakistan', targetActor: 'ttp', month: '2022-05', events: 1, fatalitiesBest: 0 },
          { sourceActor: 'ttp', targetActor: 'pakistan', month: '2022-11', events: 1, fatalitiesBest: 0 },
          { sourceActor: 'ttp', targetActor: 'pakistan', month: '2023-01', events: 2, fatalitiesBest: 101 },
          {
            sourceActor: 'ttp',
            targetActor: 'pakistan-army',
            month: '2023-01',
            events: 1,
            fatalitiesBest: 101,
          },
          { sourceActor: 'china', targetActor: 'pakistan', month: '2023-06', events: 1, fatalitiesBest: 0 },
          { sourceActor: 'pakistan', targetActor: 'ttp', month: '2024-03', events: 1, fatalitiesBest: 8 },
        ]);
      });

      it('applies the event filter, case included', async () => {
        expect(await store.aggregateDyadMonth({ caseId: fx.theCase.id, actorIds: ['china'] })).toEqual([
          { sourceActor: 'china', targetActor: 'pakistan', month: '2023-06', events: 1, fatalitiesBest: 0 },
        ]);
        expect(await store.aggregateDyadMonth({ types: ['PROTEST'] })).toEqual([]);
      });

      it('pairs every source with every target of an event', async () => {
        await store.putEvents([
          fx.event({
            id: 'fx:many',
            date: '2019-12-31',
            sourceActors: ['usa', 'china'],
            targetActors: ['ttp', 'afghan-taliban'],
            fatalities: { low: null, best: 7, high: null },
          }),
        ]);
        expect(await store.aggregateDyadMonth({ to: '2019-12-31' })).toEqual([
          {
            sourceActor: 'china',
            targetActor: 'afghan-taliban',
            month: '2019-12',
            events: 1,
            fatalitiesBest: 7,
          },
          { sourceActor: 'china', targetActor: 'ttp', month: '2019-12', events: 1, fatalitiesBest: 7 },
          {
            sourceActor: 'usa',
            targetActor: 'afghan-taliban',
            month: '2019-12',
            events: 1,
            fatalitiesBest: 7,
          },
          { sourceActor: 'usa', targetActor: 'ttp', month: '2019-12', events: 1, fatalitiesBest: 7 },
        ]);
      });
    });

    describe('transactions', () => {
      it('keeps nothing of a transaction whose work throws half-way', async () => {
        await store.putCase(fx.theCase);
        const failing = store.transaction(async (tx) => {
          await tx.putActors(fx.actors);
          await tx.putEvents(fx.events);
          await tx.linkToCase(fx.theCase.id, [{ kind: 'source', id: 'fx-ucdp-ged' }]);
          await tx.deleteCase(fx.theCase.id);
          expect(await tx.countEvents()).toBe(fx.events.length);
          throw new Error('boom');
        });
        await expect(failing).rejects.toThrow('boom');
        expect(await store.countEvents()).toBe(0);
        expect(await store.listActors()).toEqual([]);
        expect(await store.getCase(fx.theCase.id)).toEqual(fx.theCase);
        expect(await store.listSources({ caseId: fx.theCase.id })).toEqual([]);
      });

      it('commits all the writes of work that succeeds, and returns its value', async () => {
        const result = await store.transaction(async (tx) => {
          await tx.putActors(fx.actors);
          await tx.putEvents(fx.events);
          return tx.countEvents();
        });
        expect(result).toBe(fx.events.length);
        expect(await store.countEvents()).toBe(fx.events.length);
        expect(await store.listActors()).toHaveLength(fx.actors.length);
      });

      it('bulkTransaction commits like a transaction and keeps nothing of work that throws', async () => {
        const failing = store.bulkTransaction(async (tx) => {
          await tx.putActors(fx.actors);
          await tx.putEvents(fx.events);
          throw new Error('boom');
        });
        await expect(failing).rejects.toThrow('boom');
        expect(await store.countEvents()).toBe(0);
        expect(await store.listActors()).toEqual([]);
        const { result } = await store.bulkTransaction(async (tx) => {
          await tx.putActors(fx.actors);
          await tx.putEvents(fx.events);
          return tx.countEvents();
        });
        expect(result).toBe(fx.events.length);
        expect(await store.countEvents()).toBe(fx.events.length);
      });

      it('writes none of a batch with an invalid item in the middle', async () => {
        const bad = { ...fx.events[3]!, id: 'fx:bad', fatalities: { low: 10, best: 5, high: null } };
        const batch = [...fx.events.slice(0, 3), bad, ...fx.events.slice(3)];
        await expect(store.putEvents(batch)).rejects.toThrow(ValidationError);
        expect(await store.countEvents()).toBe(0);
      });
    });

    describe('validation', () => {
      const invalid = async (work: Promise<unknown>): Promise<ValidationError> => {
        const error: unknown = await work.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ValidationError);
        return error as ValidationError;
      };

      it('names the entity id and the field path of the first problem', async () => {
        const base = fx.events[0]!;
        const lat = await invalid(store.putEvents([{ ...base, location: { ...base.location, lat: 123 } }]));
        expect(lat.location.field).toBe('location.lat');
        expect(lat.message).toContain(`'${base.id}'`);
        expect(lat.message).toContain("field 'location.lat'");

        const evidence = await invalid(store.putEvents([{ ...base, evidence: [{ sourceId: 'Not An Id' }] }]));
        expect(evidence.location.field).toBe('evidence[0].sourceId');

        const date = await invalid(store.putEvents([{ ...base, date: '2023-02-30' }]));
        expect(date.location.field).toBe('date');

        const actor = await invalid(store.putActors([{ ...fx.actors[0]!, country: 'pk' }]));
        expect(actor.location.field).toBe('country');
        expect(actor.message).toContain("'pakistan'");

        const kase = await invalid(
          store.putCase({ ...fx.theCase, scope: { ...fx.theCase.scope, from: 'soon' } }),
        );
        expect(kase.location.field).toBe('scope.from');

        const relation = await invalid(store.putRelations([{ ...fx.relations[0]!, evidence: [] }]));
        expect(relation.location.field).toBe('evidence');

        await invalid(store.putSources([{ ...fx.sources[0]!, credibility: 9 }]));
        await invalid(store.putCitations([{ fromSourceId: 'a', toSourceId: 'b', marker: '' }]));
        await invalid(store.putNegotiations([{ ...fx.negotiations[0]!, parties: ['pakistan'] }]));
        await invalid(store.putAgreements([{ ...fx.agreements[0]!, kind: 'truce' as 'ceasefire' }]));
        await store.putCase(fx.theCase);
        await invalid(store.linkToCase(fx.theCase.id, [{ kind: 'dataset' as 'source', id: 'x' }]));
      });

      it('rejects unknown fields rather than dropping them', async () => {
        const extra = { ...fx.actors[0]!, nickname: 'PK' };
        const error = await invalid(store.putActors([extra]));
        expect(error.message).toContain('nickname');
        expect(await store.listActors()).toEqual([]);
      });
    });

    describe('scale', () => {
      it('writes a batch larger than one statement, and replaces it in place', async () => {
        const many = Array.from({ length: 2500 }, (_, i) =>
          fx.event({
            id: `fx:bulk-${String(i).padStart(5, '0')}`,
            date: `20${String(10 + (i % 10))}-0${1 + (i % 9)}-1${i % 10}`,
            sourceActors: [`actor-${i % 7}`, `actor-${(i + 1) % 7}`],
            targetActors: [`actor-${(i + 3) % 7}`],
            fatalities: { low: null, best: i % 5, high: null },
          }),
        );
        await store.putEvents(many);
        await store.putEvents(many);
        expect(await store.countEvents()).toBe(many.length);
        expect(await store.countEvents({ actorIds: ['actor-0'] })).toBe(
          many.filter((e) => e.sourceActors.includes('actor-0') || e.targetActors.includes('actor-0')).length,
        );
        const dyads = await store.aggregateDyadMonth();
        expect(dyads.reduce((sum, row) => sum + row.events, 0)).toBe(many.length * 2);
        expect(dyads.reduce((sum, row) => sum + row.fatalitiesBest, 0)).toBe(
          2 * many.reduce((sum, e) => sum + (e.fatalities.best ?? 0), 0),
        );
        expect(await store.listEvents()).toEqual(fx.byDateThenId(many));
      });
    });

    runCurationContract(() => store, seed);
    runSourceTextContract(() => store, seed);

    describe('migrations', () => {
      it('applies nothing more when run again, and keeps the data', async () => {
        await seed(store);
        expect(await store.migrate()).toEqual([]);
        expect(await store.countEvents()).toBe(fx.events.length);
      });

      it.skipIf(options.reopen === undefined)(
        'applies nothing on reopen, and the data persists',
        async () => {
          await seed(store);
          store = await options.reopen!(store);
          expect(await store.migrate()).toEqual([]);
          expect(await store.listEvents()).toEqual(fx.byDateThenId(fx.events));
          expect(await store.listCases()).toEqual(fx.byId([fx.theCase, fx.otherCase]));
        },
      );
    });

    eventPagingContract(() => store);

    it('reports its engine, capabilities and location', () => {
      expect(['sqlite', 'postgres']).toContain(store.engine);
      expect(store.capabilities.embedded).toBe(store.engine === 'sqlite');
      expect(store.location).not.toBe('');
    });
  });
}
