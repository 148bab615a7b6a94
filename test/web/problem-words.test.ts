/**
 * The curation form's problems in plain words: zod's own wording is replaced (a period without
 * a source, an empty name, an unknown kind), a message the model's schema sets itself is kept;
 * and the addresses that open an item's form from another view read back as written.
 */
import { describe, expect, it } from 'vitest';
import { blankItem, firstProblem } from '../../web/src/lib/item-fields.ts';
import { editHash, itemInHash, viewInHash } from '../../web/src/lib/view-hash.ts';

const actor = (changes: Record<string, unknown>) => ({
  ...(blankItem('actor', '2024-03-01') as object),
  id: 'a-front',
  name: 'A Front',
  ...changes,
});
const period = (from: string | null, to: string | null, sources: string[]) => ({
  from,
  to,
  evidence: sources.map((sourceId) => ({ sourceId })),
});

describe('plain problems in the curation form', () => {
  it('says a period needs a source, at the period’s evidence, instead of zod’s words', () => {
    expect(firstProblem('actor', actor({}))).toBeNull();
    const problem = firstProblem('actor', actor({ periods: [period('2020-01-01', null, [])] }));
    expect(problem).toEqual({ field: 'periods.0.evidence', message: 'A period needs at least one source.' });
  });

  it('words an empty name and a value outside its list plainly', () => {
    expect(firstProblem('actor', actor({ name: '' }))).toEqual({ field: 'name', message: 'Fill this in.' });
    const kind = firstProblem('actor', actor({ kind: 'militia-ish' }));
    expect(kind?.field).toBe('kind');
    expect(kind?.message).toMatch(/^Choose one of: .*armed-group/);
  });

  it('asks for a field left empty even where the model words the form of a value', () => {
    expect(firstProblem('actor', actor({ id: '' }))).toEqual({ field: 'id', message: 'Fill this in.' });
  });

  it('keeps the messages the model sets itself', () => {
    const backwards = firstProblem(
      'actor',
      actor({ periods: [period('2020-01-01', '2019-01-01', ['src-1'])] }),
    );
    expect(backwards).toEqual({ field: 'periods.0.to', message: 'the period ends before it starts' });
    expect(firstProblem('actor', actor({ parentId: 'Not A Slug' }))?.message).toMatch(/^expected a slug/);
  });
});

describe('addresses of an item’s form', () => {
  it('reads back the kind and id it was written with, the view first', () => {
    const hash = editHash('event', 'ucdp-ged:244657/2');
    expect(viewInHash(hash)).toBe('curation');
    expect(itemInHash(hash)).toEqual({ kind: 'event', id: 'ucdp-ged:244657/2' });
    expect(itemInHash('#/curation')).toBeNull();
    expect(itemInHash('#/actor')).toBeNull();
    expect(viewInHash('#/actor')).toBe('actor');
  });
});
