/**
 * The row hash leaves out the release and the release's Source id with a fast textual pass;
 * it must give exactly the text of `JSON.stringify` with a replacer dropping them, or stored
 * hashes would change and re-imports stop being idempotent.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, withoutRelease } from '../../src/app/row-hash.ts';

const byReplacer = (value: unknown): string =>
  JSON.stringify(value, (key, inner: unknown) =>
    key === 'release' || (key === 'sourceId' && typeof inner === 'string' && inner.startsWith('dataset:'))
      ? undefined
      : inner,
  );

const tricky = fc.constantFrom(
  '"release":"x"',
  ',"release":1',
  '{"sourceId":"dataset:a"}',
  '\\',
  '"',
  'dataset:',
  '',
);
const text = fc.oneof(
  fc.string(),
  tricky,
  fc.tuple(tricky, fc.string()).map(([a, b]) => a + b),
);
const key = fc.oneof(
  fc.constantFrom('release', 'sourceId', 'dataset', 'row', 'quote'),
  fc.string({ maxLength: 4 }),
);
const json = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    text.map((t) => `dataset:${t}`),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('withoutRelease', () => {
  it('is JSON.stringify with the release replacer, on any JSON value', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(withoutRelease(value)).toBe(byReplacer(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('drops members first, last, alone and in a row', () => {
    for (const value of [
      { release: 'a' },
      { release: 'a', sourceId: 'dataset:x' },
      { a: 1, release: 'x' },
      {
        sourceId: 'dataset:u:1',
        dataset: 'u',
        release: '1',
        row: '7',
        quote: 'a "release":"x", {"release":1}',
      },
      [{ release: 'a' }, { b: 1, release: 'c', sourceId: 'doc:1' }],
      { release: 'a', sourceId: 'dataset:x', b: 1 },
      { sourceId: 'dataset:x', release: 2, a: { release: null, sourceId: 'dataset:y' }, b: [] },
      { a: 1, release: 'x', sourceId: 'dataset:y' },
      { 'a"release': [1], release: 'x' },
      { release: 'x', a: { release: ['y'] } },
    ])
      expect(withoutRelease(value)).toBe(byReplacer(value));
  });
});

describe('contentHash', () => {
  it('is the base64 SHA-1 of that text, as stored hashes were made', () => {
    fc.assert(
      fc.property(json, (value) => {
        const expected = createHash('sha1').update(byReplacer(value)).digest('base64');
        expect(contentHash(value)).toBe(expected);
      }),
      { numRuns: 500 },
    );
    // A value whose text is not ASCII: hashed as UTF-8 bytes.
    const value = { name: 'Tehrik-i-Taliban – Pakistan ş', release: '23.1' };
    expect(contentHash(value)).toBe(
      createHash('sha1').update('{"name":"Tehrik-i-Taliban – Pakistan ş"}').digest('base64'),
    );
  });
});
