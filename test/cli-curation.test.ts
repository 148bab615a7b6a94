/**
 * Curation from the CLI on a real SQLite file holding the built-in case: the drafts, a review
 * under `--by`, its history, an undo, a grade, and user errors naming the field.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pakistanTtp } from '../src/cases/pakistan-ttp/index.ts';
import type { AuditEntry } from '../src/store/store.ts';
import { runCli } from './cli-harness.ts';

let dir: string;
let db: string;
const jirga = (...args: string[]) => runCli(['--db', db, ...args]);
const json = async <T>(...args: string[]): Promise<T> => {
  const run = await jirga(...args, '--format', 'json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-cli-curation-'));
  db = join(dir, 'jirga.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jirga curation commands', () => {
  it('reviews a draft under an analyst name, shows the history, and undoes the review', async () => {
    const drafts = await json<{ kind: string; item: { id: string } }[]>('drafts', '--case', 'pakistan-ttp');
    const expected = [
      ...pakistanTtp.relations,
      ...pakistanTtp.agreements,
      ...pakistanTtp.events,
      ...pakistanTtp.negotiations,
    ].filter((item) => item.status === 'draft').length;
    expect(drafts.length).toBe(expected);
    const item = `${drafts[0]!.kind}:${drafts[0]!.item.id}`;

    const [review] = await json<AuditEntry[]>('review', item, '--status', 'disputed', '--by', 'Amina');
    expect(review).toMatchObject({ action: 'review', who: 'Amina', version: 1 });
    expect((review!.after as { status: string }).status).toBe('disputed');
    expect(await json<unknown[]>('drafts', '--case', 'pakistan-ttp')).toHaveLength(expected - 1);

    const table = await jirga('audit', item);
    expect(table.stdout).toContain(`${item} is at version 1`);
    expect(table.stdout).toContain('Amina');

    const [undo] = await json<AuditEntry[]>('undo', String(review!.id));
    expect(undo).toMatchObject({ action: 'undo', undoes: review!.id, who: 'analyst', version: 2 });
    expect(await json<unknown[]>('drafts', '--case', 'pakistan-ttp')).toHaveLength(expected);
  });

  it('grades a source with a note', async () => {
    const source = pakistanTtp.sources[0]!;
    const [entry] = await json<AuditEntry[]>(
      'grade',
      source.id,
      '--reliability',
      'C',
      '--credibility',
      '3',
      '--note',
      'Single report, not confirmed.',
    );
    expect(entry!.after).toMatchObject({
      reliability: 'C',
      credibility: 3,
      gradingNote: 'Single report, not confirmed.',
    });
  });

  it('exits 1 with one line naming the field on bad input', async () => {
    for (const [args, field] of [
      [['review', 'nonsense', '--status', 'reviewed'], "field 'item'"],
      [
        ['grade', pakistanTtp.sources[0]!.id, '--reliability', 'Z', '--credibility', '2'],
        "field 'reliability'",
      ],
      [['merge', 'actors', 'ttp', 'ttp'], "field 'merged'"],
    ] as const) {
      const run = await jirga(...args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toContain(field);
    }
    const unknown = await jirga('undo', '99999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown audit entry '99999'");
  });
});
