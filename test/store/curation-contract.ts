/**
 * The curation part of the Store contract (run by `contract.ts` on every engine): item
 * versions that advance only from the version a change was based on, even when two writers
 * race; the audit log; a change and its audit entry kept or dropped together; deleting items
 * with their side rows; items found by an id their JSON names; the drafts awaiting review,
 * by case.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../src/errors.ts';
import type { NewAuditEntry, Store } from '../../src/store/store.ts';
import * as fx from './fixtures.ts';

const entry = (over: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  at: '2026-11-25T10:00:00.000Z',
  who: 'analyst',
  kind: 'event',
  itemId: 'fx:swat-blast',
  action: 'update',
  before: { summary: 'old' },
  after: { summary: 'new', nested: { list: [1, 'two', null] } },
  version: 1,
  undoes: null,
  partOf: null,
  ...over,
});

export function runCurationContract(current: () => Store, seed: (store: Store) => Promise<void>): void {
  describe('curation', () => {
    it('advances a version only from the version it was based on', async () => {
      const store = current();
      expect(await store.getItemVersion('event', 'fx:swat-blast')).toBe(0);
      expect(await store.advanceItemVersion('event', 'fx:swat-blast', 0)).toBe(1);
      const stale = store.advanceItemVersion('event', 'fx:swat-blast', 0);
      await expect(stale).rejects.toThrow(ConflictError);
      await expect(store.advanceItemVersion('event', 'fx:swat-blast', 0)).rejects.toThrow(
        /event 'fx:swat-blast' is at version 1/,
      );
      expect(await store.advanceItemVersion('event', 'fx:swat-blast', 1)).toBe(2);
      expect(await store.getItemVersion('event', 'fx:swat-blast')).toBe(2);
      expect(await store.getItemVersion('relation', 'fx:swat-blast')).toBe(0);
    });

    it('lets exactly one of two writers racing from the same version win', async () => {
      const store = current();
      await store.advanceItemVersion('source', 'fx-ucdp-ged', 0);
      const race = async () =>
        store.transaction(async (tx) => {
          const version = await tx.advanceItemVersion('source', 'fx-ucdp-ged', 1);
          await tx.appendAudit(entry({ kind: 'source', itemId: 'fx-ucdp-ged', version }));
          return version;
        });
      const outcomes = await Promise.allSettled([race(), race(), race()]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o) => o.status === 'rejected');
      expect(won).toHaveLength(1);
      for (const o of lost) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect(await store.getItemVersion('source', 'fx-ucdp-ged')).toBe(2);
      expect(await store.listAudit({ kind: 'source', itemId: 'fx-ucdp-ged' })).toHaveLength(1);
    });

    it('appends audit entries with increasing ids and reads them back by item and group', async () => {
      const store = current();
      const first = await store.appendAudit(entry());
      const second = await store.appendAudit(entry({ kind: 'actor', itemId: 'ttp', partOf: first.id }));
      const third = await store.appendAudit(
        entry({ action: 'undo', undoes: first.id, before: null, after: null, version: 2 }),
      );
      expect(second.id).toBeGreaterThan(first.id);
      expect(third.id).toBeGreaterThan(second.id);
      expect(await store.getAudit(first.id)).toEqual(first);
      expect(await store.getAudit(third.id)).toEqual(third);
      expect(await store.getAudit(third.id + 1000)).toBeUndefined();
      expect(await store.listAudit({ kind: 'event', itemId: 'fx:swat-blast' })).toEqual([first, third]);
      expect(await store.listAudit({ partOf: first.id })).toEqual([second]);
      expect(await store.listAudit()).toEqual([first, second, third]);
      expect(await store.listAudit({ limit: 1, offset: 1 })).toEqual([second]);
    });

    it('keeps neither the change, the version nor the audit entry of a transaction that throws', async () => {
      const store = current();
      await seed(store);
      const event = fx.events.find((e) => e.id === 'fx:swat-blast')!;
      const failing = store.transaction(async (tx) => {
        const version = await tx.advanceItemVersion('event', event.id, 0);
        await tx.putEvents([{ ...event, summary: 'edited' }]);
        await tx.appendAudit(entry({ before: event, after: { ...event, summary: 'edited' }, version }));
        throw new Error('boom');
      });
      await expect(failing).rejects.toThrow('boom');
      expect(await store.getEvent(event.id)).toEqual(event);
      expect(await store.getItemVersion('event', event.id)).toBe(0);
      expect(await store.listAudit()).toEqual([]);
    });

    it('finds the items whose JSON names an id as a whole string, with LIKE wildcards taken literally', async () => {
      const store = current();
      await seed(store);
      const base = fx.events[0]!;
      const claim = { by: 'who_ever', kind: 'claimed' as const, evidence: [] };
      await store.putEvents([
        { ...base, id: 'fx:names-it', claims: [claim] },
        { ...base, id: 'fx:names-a-longer-id', claims: [{ ...claim, by: 'who_ever-else' }] },
        { ...base, id: 'fx:wildcard-lookalike', claims: [{ ...claim, by: 'whoxever' }] },
      ]);
      expect(await store.listIdsMentioning('event', 'who_ever')).toEqual(['fx:names-it']);
      expect(await store.listIdsMentioning('event', 'who%')).toEqual([]);
      const named = fx.relations[0]!.subjectId;
      expect(await store.listIdsMentioning('relation', named)).toEqual(
        fx.byId(fx.relations.filter((r) => JSON.stringify(r).includes(`"${named}"`))).map((r) => r.id),
      );
    });

    it('deletes items with their side rows, and nothing else', async () => {
      const store = current();
      await seed(store);
      const event = fx.events.find((e) => e.sourceActors.length > 0)!;
      const actor = event.sourceActors[0]!;
      const withActor = await store.countEvents({ actorIds: [actor] });
      await store.deleteItems('event', [event.id, 'fx:not-there']);
      expect(await store.getEvent(event.id)).toBeUndefined();
      expect(await store.countEvents()).toBe(fx.events.length - 1);
      expect(await store.countEvents({ actorIds: [actor] })).toBe(withActor - 1);
      const negotiation = fx.negotiations[0]!;
      await store.deleteItems('negotiation', [negotiation.id]);
      expect(await store.listNegotiations()).toEqual(
        fx.byId(fx.negotiations.filter((n) => n.id !== negotiation.id)),
      );
      await store.putNegotiations([negotiation]);
      expect(await store.getNegotiation(negotiation.id)).toEqual(negotiation);
    });

    it('lists the drafts awaiting review, of every kind or some, in a case or all', async () => {
      const store = current();
      await seed(store);
      const drafts = (items: readonly { id: string; status: string }[]) =>
        fx.byId(items.filter((item) => item.status === 'draft')).map((item) => item.id);
      const all = await store.listDrafts();
      expect(all.filter((d) => d.kind === 'event').map((d) => d.item.id)).toEqual(drafts(fx.events));
      expect(all.filter((d) => d.kind === 'relation').map((d) => d.item.id)).toEqual(drafts(fx.relations));
      expect(all.filter((d) => d.kind === 'negotiation').map((d) => d.item.id)).toEqual(
        drafts(fx.negotiations),
      );
      expect(all.length).toBe(
        drafts(fx.events).length +
          drafts(fx.relations).length +
          drafts(fx.negotiations).length +
          drafts(fx.agreements).length,
      );
      const inCase = await store.listDrafts({ caseId: fx.theCase.id, kinds: ['event', 'relation'] });
      const scoped = new Set([...fx.inCaseScope.events, ...fx.inCaseScope.relations]);
      expect(inCase.map((d) => d.item.id)).toEqual(
        all
          .filter((d) => (d.kind === 'event' || d.kind === 'relation') && scoped.has(d.item.id))
          .map((d) => d.item.id),
      );
      expect(await store.listDrafts({ limit: 1 })).toEqual(all.slice(0, 1));
    });
  });
}
