/**
 * The CLI end to end on a real SQLite file: the built-in case loads on first use, every list
 * command prints PRODUCT.md's shapes in JSON, filters work, and user errors exit 1 with one
 * line naming what is wrong.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pakistanTtp } from '../src/cases/pakistan-ttp/index.ts';
import { Actor, Agreement, Event, Negotiation, Relation, Source } from '../src/model/index.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { runCli } from './cli-harness.ts';

let dir: string;
let db: string;
const jirga = (...args: string[]) => runCli(['--db', db, ...args]);
const json = async (...args: string[]): Promise<unknown[]> => {
  const run = await jirga(...args, '--format', 'json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as unknown[];
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-cli-'));
  db = join(dir, 'nested', 'jirga.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jirga CLI on SQLite', () => {
  it('creates the store on first use and shows the built-in case', async () => {
    const run = await jirga('start', '--no-serve');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Can the Afghan Taliban mediate between Pakistan and the TTP');
    expect(run.stdout).toContain(`${pakistanTtp.events.length} events`);
    // The founding question's answer, as of the case's last event, with all three prospects.
    const lastEvent = pakistanTtp.events
      .map((e) => e.date)
      .sort()
      .at(-1)!;
    expect(run.stdout).toContain(`Answer as of ${lastEvent}`);
    for (const prospect of ['Onset', 'Agreement', 'Durability'])
      expect(run.stdout).toMatch(new RegExp(`^  ${prospect} \\(.*\\): .*`, 'm'));
    // A store holding exactly this version's case gets no note about it.
    expect(run.stdout).not.toContain('Note:');
  });

  it("notes when the store's built-in case differs from this version's data, until it is reloaded", async () => {
    const store = await openSqliteStore(db);
    try {
      const ttp = (await store.getActor('ttp'))!;
      await store.putActors([{ ...ttp, name: 'Renamed by an older version' }]);
    } finally {
      await store.close();
    }
    const stale = await jirga('start', '--no-serve');
    expect(stale.stdout).toMatch(
      /Note: 1 item of the built-in case pakistan-ttp differs from this version's data \(1 changed, 0 missing/,
    );
    expect(stale.stdout).toContain('npx jirga case reload pakistan-ttp');
    expect((await jirga('case', 'reload', 'pakistan-ttp')).code).toBe(0);
    expect((await jirga('start', '--no-serve')).stdout).not.toContain('Note:');
  });

  it('lists the cases', async () => {
    const cases = await json('case', 'list');
    expect(cases.map((c) => (c as { id: string }).id)).toContain('pakistan-ttp');
  });

  it('prints every entity kind in the domain shapes', async () => {
    const actors = await json('actors', '--case', 'pakistan-ttp');
    expect(actors.length).toBe(pakistanTtp.actors.length);
    for (const item of actors) Actor.parse(item);
    const events = await json('events', '--case', 'pakistan-ttp');
    expect(events.length).toBe(pakistanTtp.events.length);
    for (const item of events) Event.parse(item);
    for (const item of await json('relations', '--case', 'pakistan-ttp')) Relation.parse(item);
    for (const item of await json('agreements', '--case', 'pakistan-ttp')) Agreement.parse(item);
    for (const item of await json('negotiations', '--case', 'pakistan-ttp')) Negotiation.parse(item);
    const sources = await json('sources', '--case', 'pakistan-ttp');
    for (const item of sources) Source.parse(item);
    expect(sources.map((s) => (s as { id: string }).id)).toContain('ankasam-2023-taliban-mediation');
  });

  it('filters events by date and actor, and writes CSV', async () => {
    const run = await jirga(
      'events',
      '--case',
      'pakistan-ttp',
      '--from',
      '2022-01-01',
      '--to',
      '2023-06-30',
      '--actor',
      'ttp',
      '--format',
      'csv',
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,date,/);
    const expected = pakistanTtp.events.filter(
      (e) =>
        e.date >= '2022-01-01' &&
        e.date <= '2023-06-30' &&
        (e.sourceActors.includes('ttp') || e.targetActors.includes('ttp')),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(lines.length - 1).toBe(expected.length);
  });

  it('resolves an actor by a variant spelling', async () => {
    const byName = await json('events', '--case', 'pakistan-ttp', '--actor', 'Tehreek-e-Taliban Pakistan');
    const byId = await json('events', '--case', 'pakistan-ttp', '--actor', 'ttp');
    expect(byName).toEqual(byId);
  });

  it('creates a case and refuses a duplicate', async () => {
    const created = await json(
      'case',
      'create',
      'my-case',
      '--title',
      'Baloch insurgency',
      '--question',
      'Who could mediate with the BLA?',
      '--actors',
      'bla,pakistan',
      '--from',
      '2020-01-01',
    );
    expect(created[0]).toMatchObject({
      id: 'my-case',
      scope: { actors: ['bla', 'pakistan'], from: '2020-01-01' },
    });
    const again = await jirga('case', 'create', 'my-case', '--title', 't', '--question', 'q');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already/);
  });

  it('names the closest actors when an actor is unknown', async () => {
    const run = await jirga('events', '--actor', 'tpx');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/did you mean: .*TTP/);
  });

  it('rejects an absurd date naming the flag', async () => {
    const run = await jirga('events', '--from', '2023-02-30');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--from/);
  });

  it('reports an unknown case with the known ones', async () => {
    const run = await jirga('case', 'show', 'nowhere');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/unknown case 'nowhere'.*pakistan-ttp/);
  });

  it('rejects an unknown format', async () => {
    const run = await jirga('actors', '--format', 'xml');
    expect(run.code).toBe(1);
  });
});

describe('jirga case reload', () => {
  it('rewrites a built-in case idempotently and refuses an unknown one', async () => {
    const before = await json('events', '--case', 'pakistan-ttp');
    const run = await jirga('case', 'reload', 'pakistan-ttp');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^reloaded pakistan-ttp: \d+ actors/);
    expect(await json('events', '--case', 'pakistan-ttp')).toEqual(before);
    const unknown = await jirga('case', 'reload', 'my-case');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown built-in case 'my-case'/);
  });
});

describe('jirga assess and network', () => {
  it('assesses the founding question with evidence that resolves through the list commands', async () => {
    const run = await jirga(
      'assess',
      '--case',
      'pakistan-ttp',
      '--mediator',
      'afghan-taliban',
      '--parties',
      'pakistan',
      'ttp',
      '--as-of',
      '2023-05-09',
      '--format',
      'json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      asOf: string;
      indicators: { id: string; evidence: { events: string[]; relations: string[] } }[];
      prospects: Record<'onset' | 'agreement' | 'durability', { term: string; confidence: string }>;
    };
    expect(result.asOf).toBe('2023-05-09');
    expect(result.indicators.length).toBeGreaterThanOrEqual(14);
    for (const key of ['onset', 'agreement', 'durability'] as const) {
      expect(result.prospects[key].confidence).toMatch(/^(low|moderate|high)$/);
    }
    const eventIds = new Set(
      (await json('events', '--case', 'pakistan-ttp')).map((e) => (e as { id: string }).id),
    );
    const relationIds = new Set(
      (await json('relations', '--case', 'pakistan-ttp')).map((r) => (r as { id: string }).id),
    );
    for (const indicator of result.indicators) {
      for (const id of indicator.evidence.events)
        expect(eventIds.has(id), `${indicator.id}: ${id}`).toBe(true);
      for (const id of indicator.evidence.relations)
        expect(relationIds.has(id), `${indicator.id}: ${id}`).toBe(true);
    }
  });

  it('exports the network as GraphML', async () => {
    const run = await jirga(
      'network',
      '--case',
      'pakistan-ttp',
      '--from',
      '2022-01-01',
      '--to',
      '2023-05-09',
      '--format',
      'graphml',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<\?xml/);
    expect(run.stdout).toContain('<node id="ttp"');
  });
});
