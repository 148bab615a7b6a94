/**
 * `jirga code --actor-dictionaries DIR` end to end: the reference layer named by the option or by
 * JIRGA_ACTOR_DICTIONARIES, and a clear input error (exit 1) when the directory is missing, for
 * `jirga code` and `jirga ingest`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../src/coder/types.ts';
import { runCli } from './cli-harness.ts';

const FIXTURES = join(import.meta.dirname, 'coder/fixtures/reference-dictionaries');
let dir: string;
let text: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-dicts-'));
  text = join(dir, 'note.txt');
  writeFileSync(text, 'President Marta Vellani accused the Northern Watch Brigades of attacking Tollmere.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const eventsOf = (stdout: string): CodedEvent[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CodedEvent);

describe('jirga code --actor-dictionaries', () => {
  it('codes with the reference layer and explains where a mention came from', async () => {
    const run = await runCli([
      'code',
      text,
      '--actor-dictionaries',
      FIXTURES,
      '--date-ref',
      '2007-05-01',
      '--explain',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [accuse] = eventsOf(run.stdout);
    expect(accuse?.sourceActors[0]).toMatchObject({ actor: null, country: 'ITA', sector: 'GOV' });
    expect(accuse?.explanation?.join('\n')).toContain('entry MARTA_VELLANI_ [ITAGOV]');
  });

  it('takes the directory from JIRGA_ACTOR_DICTIONARIES when the option is absent', async () => {
    process.env.JIRGA_ACTOR_DICTIONARIES = FIXTURES;
    try {
      const run = await runCli(['code', text, '--date-ref', '2007-05-01']);
      expect(run.code).toBe(0);
      expect(eventsOf(run.stdout)[0]?.targetActors[0]).toMatchObject({ country: 'SDN', sector: 'REB' });
    } finally {
      delete process.env.JIRGA_ACTOR_DICTIONARIES;
    }
  });

  it('refuses a missing directory with an error naming the option', async () => {
    const missing = join(dir, 'no-such-dir');
    const run = await runCli(['code', text, '--actor-dictionaries', missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--actor-dictionaries');
    expect(run.stderr).toContain(missing);
  });

  it('refuses a missing directory for ingest too', async () => {
    const missing = join(dir, 'no-such-dir');
    const doc = join(dir, 'doc.txt');
    writeFileSync(doc, 'Lakeland note\n\nPresident Marta Vellani accused the Northern Watch Brigades.\n');
    const run = await runCli([
      '--db',
      join(dir, 'jirga.sqlite'),
      'ingest',
      doc,
      '--actor-dictionaries',
      missing,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`--actor-dictionaries: '${missing}' is not a directory`);
  });

  it('refuses a directory without dictionaries', async () => {
    const run = await runCli(['code', text, '--actor-dictionaries', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/holds no \*\.actors\.txt or \*\.agents\.txt/u);
  });
});
