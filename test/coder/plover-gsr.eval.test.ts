/**
 * Evaluation of the coder on the PLOVER gold standard (development half), read from
 * ../shared/data/plover/PLOVER_GSR_dev.json by path; skipped by name when it is absent. The
 * 2016 names are mapped to today's (DEMAND → REQUEST; DISAPPROVE, INVESTIGATE → ACCUSE;
 * FIGHT → ASSAULT). Each gold sentence has one event; the coder's answer for a sentence is
 * its first event that is neither negated nor hypothetical (else its first event). Precision,
 * recall and F1 are printed for the type and for (type, source countries, target countries),
 * with a confusion list, and every miss is written to test/coder/.reports/plover-gsr-dev.txt.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const GOLD = join(here, '../../../shared/data/plover/PLOVER_GSR_dev.json');
const REPORT = join(here, '.reports/plover-gsr-dev.txt');

const RENAMED: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

interface GoldActor {
  code?: string;
}
interface GoldRecord {
  id: string;
  event: string;
  text?: string;
  source?: GoldActor[] | null;
  target?: GoldActor[] | string | null;
  textInfo?: { markup?: string };
}

function codes(list: GoldActor[] | string | null | undefined): Set<string> {
  return new Set(
    Array.isArray(list) ? list.map((a) => a.code ?? '').filter((c) => /^[A-Z]{3}$/u.test(c)) : [],
  );
}

function same(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = gold === 0 ? 0 : tp / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function answerOf(events: readonly CodedEvent[]): CodedEvent[] {
  const factual = events.filter((e) => !e.negated && !e.hypothetical);
  const first = factual[0] ?? events[0];
  if (first === undefined) return [];
  // Reciprocal pairs of the same trigger count as one answer.
  return events.filter(
    (e) =>
      e.type === first.type &&
      e.cameo === first.cameo &&
      e.sentence === first.sentence &&
      e.negated === first.negated &&
      e.hypothetical === first.hypothetical,
  );
}

const goldAvailable = existsSync(GOLD);

describe.skipIf(!goldAvailable)(
  'PLOVER gold standard, development half (needs ../shared/data/plover/PLOVER_GSR_dev.json)',
  () => {
    it('scores type and (type, source, target) and lists every miss', () => {
      const records = (JSON.parse(readFileSync(GOLD, 'utf8')) as GoldRecord[]).filter(
        (r) => r.event !== 'DOCUMENT' && typeof r.text === 'string',
      );
      const registry = ActorRegistry.from(actors);
      let typeTp = 0;
      let predicted = 0;
      let tripleTp = 0;
      const confusion = new Map<string, number>();
      const misses: string[] = [];
      const started = performance.now();
      for (const record of records) {
        const goldType = RENAMED[record.event] ?? record.event;
        const text = (record.text ?? '').replace(/^\{|\}$/gu, '');
        const events = codeText(text, { registry, docId: record.id });
        const answer = answerOf(events);
        const first = answer[0];
        const reciprocal = (record.textInfo?.markup ?? '').includes('SRC/TAR');
        const goldSources = codes(record.source);
        const goldTargets = reciprocal ? goldSources : codes(record.target);
        if (first !== undefined) predicted += 1;
        const type = first?.type ?? 'NONE';
        confusion.set(`${goldType} → ${type}`, (confusion.get(`${goldType} → ${type}`) ?? 0) + 1);
        const sources = new Set(
          answer.flatMap((e) => e.sourceActors.map((a) => a.country ?? '')).filter((c) => c !== ''),
        );
        const targets = new Set(
          answer.flatMap((e) => e.targetActors.map((a) => a.country ?? '')).filter((c) => c !== ''),
        );
        const typeOk = type === goldType;
        const tripleOk = typeOk && same(sources, goldSources) && same(targets, goldTargets);
        if (typeOk) typeTp += 1;
        if (tripleOk) tripleTp += 1;
        if (!tripleOk) {
          misses.push(
            `${record.id}\n  text: ${text}\n  gold: ${goldType} [${[...goldSources].join(',')}] → [${[...goldTargets].join(',')}]\n  ours: ${type} ${first?.cameo ?? ''} [${[...sources].join(',')}] → [${[...targets].join(',')}]  (${events.length} events)\n`,
          );
        }
      }
      const seconds = (performance.now() - started) / 1000;
      const typeScore = prf(typeTp, predicted, records.length);
      const tripleScore = prf(tripleTp, predicted, records.length);
      const lines = [
        `PLOVER GSR dev: ${records.length} sentences, ${predicted} with an answer, ${seconds.toFixed(2)} s`,
        `type:                 P ${typeScore.p.toFixed(3)}  R ${typeScore.r.toFixed(3)}  F1 ${typeScore.f1.toFixed(3)}`,
        `type+source+target:   P ${tripleScore.p.toFixed(3)}  R ${tripleScore.r.toFixed(3)}  F1 ${tripleScore.f1.toFixed(3)}`,
        'confusion (gold → ours):',
        ...[...confusion.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([pair, n]) => `  ${String(n).padStart(3)}  ${pair}`),
      ];
      mkdirSync(dirname(REPORT), { recursive: true });
      writeFileSync(REPORT, `${lines.join('\n')}\n\nmisses:\n${misses.join('\n')}`);
      console.log(lines.join('\n'));
      expect(predicted).toBeGreaterThan(0);
      expect(typeScore.f1).toBeGreaterThan(0);
    });
  },
);
