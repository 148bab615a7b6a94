/**
 * `jirga code` end to end in-process: a file coded into the output contract, its language
 * detected when none is given (a Turkish text coded by the Turkish lexicon, not as English),
 * a batch whose lines name their own language, and bad batch lines named by file, line and field.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'jirga-code-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const events = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map(
      (l) =>
        JSON.parse(l) as { type: string; sourceActors: { actor: string | null }[]; explanation?: string[] },
    );

describe('jirga code', () => {
  it('codes an English file into the output contract', async () => {
    const run = await runCli([
      'code',
      file('en.txt', 'Qatar hosted talks between Pakistan and Afghanistan in Doha.'),
    ]);
    expect(run.code).toBe(0);
    const [first] = events(run.stdout);
    expect(Object.keys(first ?? {}).slice(0, 3)).toEqual(['doc', 'sentence', 'type']);
    expect(first?.type).toBe('CONSULT');
  });

  it('detects a Turkish text and codes it with the Turkish lexicon unless a language is forced', async () => {
    const path = file('tr.txt', "Pakistan ve Afganistan heyetleri dün Doha'da bir araya geldi ve görüştü.");
    const detected = events((await runCli(['code', path, '--explain'])).stdout);
    expect(detected.map((e) => e.type)).toContain('CONSULT');
    expect(detected[0]?.explanation?.[0]).toMatch(/^tr stem/u);
    const forced = events((await runCli(['code', path, '--language', 'en', '--explain'])).stdout);
    expect(forced.every((e) => !/^tr stem/u.test(e.explanation?.[0] ?? ''))).toBe(true);
  });

  it('codes a batch whose lines carry their own language, and names a bad line', async () => {
    const batch = file(
      'batch.jsonl',
      [
        JSON.stringify({ id: 'a', text: 'Китай направил Пакистану гуманитарную помощь.', language: 'ru' }),
        JSON.stringify({ id: 'b', text: 'China sent aid to Pakistan.' }),
      ].join('\n'),
    );
    const run = await runCli(['code', '--input-jsonl', batch]);
    expect(run.code).toBe(0);
    expect(events(run.stdout).map((e) => e.type)).toEqual(['AID', 'AID']);
    const bad = file('bad.jsonl', `${JSON.stringify({ id: 'a', text: 'China sent aid.' })}\n{"id": 3}\n`);
    const failed = await runCli(['code', '--input-jsonl', bad]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/bad\.jsonl.*line 2/su);
  });
});
