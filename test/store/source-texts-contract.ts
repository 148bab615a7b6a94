/**
 * The source-text part of the Store contract (run by `contract.ts` on every engine): the body
 * of a stored Source comes back as it was put, with its SHA-256 computed by the store; the
 * same body again changes nothing; another body replaces it; an unknown Source or a bad
 * timestamp is refused; a transaction that fails keeps no body; deleting the Source drops it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/errors.ts';
import type { Store } from '../../src/store/store.ts';
import * as fx from './fixtures.ts';

const hashOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A body that is easy to damage in transit: combining marks, astral characters, CR LF, NUL-free control text. */
const BODY =
  'Talks in Doha\r\n\r\nThe envoys met; “no deal” 🕊 was said in Urdu: بات چیت\tand then\u00a0left.\n';

export function runSourceTextContract(current: () => Store, seed: (store: Store) => Promise<void>): void {
  describe('source texts', () => {
    const sourceId = (): string => fx.sources[0]!.id;

    it('returns the body as put, with its hash, language and time', async () => {
      const store = current();
      await seed(store);
      expect(await store.getSourceText(sourceId())).toBeUndefined();
      const action = await store.putSourceText({
        sourceId: sourceId(),
        body: BODY,
        language: 'en',
        storedAt: '2026-11-25T10:00:00.000Z',
      });
      expect(action).toBe('stored');
      expect(await store.getSourceText(sourceId())).toEqual({
        sourceId: sourceId(),
        body: BODY,
        sha256: hashOf(BODY),
        language: 'en',
        storedAt: '2026-11-25T10:00:00.000Z',
      });
      expect(await store.getSourceText(fx.sources[1]!.id)).toBeUndefined();
    });

    it('keeps the first time for the same body, and replaces another body', async () => {
      const store = current();
      await seed(store);
      const first = {
        sourceId: sourceId(),
        body: BODY,
        language: null,
        storedAt: '2026-11-25T10:00:00.000Z',
      };
      await store.putSourceText(first);
      expect(await store.putSourceText({ ...first, storedAt: '2026-11-26T10:00:00.000Z' })).toBe('unchanged');
      expect((await store.getSourceText(sourceId()))?.storedAt).toBe(first.storedAt);
      const changed = { ...first, body: `${BODY}Second edition.`, storedAt: '2026-11-27T10:00:00.000Z' };
      expect(await store.putSourceText(changed)).toBe('stored');
      expect(await store.getSourceText(sourceId())).toEqual({ ...changed, sha256: hashOf(changed.body) });
      // Rewriting the Source itself (an upsert) keeps its body.
      await store.putSources([{ ...fx.sources[0]!, title: 'Retitled' }]);
      expect((await store.getSourceText(sourceId()))?.body).toBe(changed.body);
    });

    it('refuses the body of an unknown source and a bad timestamp', async () => {
      const store = current();
      await seed(store);
      await expect(
        store.putSourceText({
          sourceId: 'nope',
          body: BODY,
          language: null,
          storedAt: '2026-11-25T10:00:00Z',
        }),
      ).rejects.toThrow(NotFoundError);
      const bad = store.putSourceText({ sourceId: sourceId(), body: BODY, language: null, storedAt: 'soon' });
      await expect(bad).rejects.toThrow(ValidationError);
      await expect(bad).rejects.toThrow("field 'storedAt'");
      expect(await store.getSourceText(sourceId())).toBeUndefined();
    });

    it('keeps no body of a transaction that fails, and drops the body with its source', async () => {
      const store = current();
      await seed(store);
      const text = { sourceId: sourceId(), body: BODY, language: 'en', storedAt: '2026-11-25T10:00:00Z' };
      const failing = store.transaction(async (tx) => {
        await tx.putSourceText(text);
        expect((await tx.getSourceText(sourceId()))?.body).toBe(BODY);
        throw new Error('boom');
      });
      await expect(failing).rejects.toThrow('boom');
      expect(await store.getSourceText(sourceId())).toBeUndefined();
      await store.putSourceText(text);
      await store.deleteItems('source', [sourceId()]);
      expect(await store.getSourceText(sourceId())).toBeUndefined();
    });
  });
}
