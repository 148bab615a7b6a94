/**
 * Evaluation of the coder on the PLOVER gold standard (development half), read from
 * ../shared/data/plover/PLOVER_GSR_dev.json by path; skipped by name when it is absent. Each
 * gold sentence has one event; the coder's answer is the best-agreeing factual event of the
 * gold's type (`matchedAnswer`, see gold-scoring.ts), and the strict first-event figures are
 * printed beside it. Printed: precision, recall and F1 for the type, for (type, source
 * countries, target countries), for sectors per role (where the gold annotates them), and for
 * overlap of our actor and trigger spans with the gold markup; a confusion list. The figures are
 * printed twice when ../shared/data/petrarch2 holds the PETRARCH2 / Phoenix reference actor
 * dictionaries: with the registry only, and with the dictionaries as a fallback. Every miss of
 * the last run is written to test/coder/.reports/plover-gsr-dev.txt.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { loadActorDictionaries } from '../../src/app/actor-dictionaries.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import type { ReferenceIndex } from '../../src/coder/reference/reference-index.ts';
import {
  codedSpans,
  firstAnswer,
  goldCountries,
  goldSectors,
  goldSpans,
  goldType,
  judge,
  matchedAnswer,
  prf,
  sectorsOf,
  spanCounts,
  type GoldRecord,
  type MarkedSpan,
  type Score,
} from './gold-scoring.ts';

const here = dirname(fileURLToPath(import.meta.url));
const GOLD = join(here, '../../../shared/data/plover/PLOVER_GSR_dev.json');
const REPORT = join(here, '.reports/plover-gsr-dev.txt');
const DICTIONARIES = join(here, '../../../shared/data/petrarch2');

const goldAvailable = existsSync(GOLD);

const show = (label: string, s: Score): string =>
  `${label.padEnd(34)} P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;

function spanScore(c: { predicted: number; predictedHit: number; gold: number; goldHit: number }): Score {
  const p = c.predicted === 0 ? 0 : c.predictedHit / c.predicted;
  const r = c.gold === 0 ? 0 : c.goldHit / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

describe.skipIf(!goldAvailable)(
  'PLOVER gold standard, development half (needs ../shared/data/plover/PLOVER_GSR_dev.json)',
  () => {
    it('scores type, (type, source, target), sectors and spans, and lists every miss', async () => {
      const records = (JSON.parse(readFileSync(GOLD, 'utf8')) as GoldRecord[]).filter(
        (r) => r.event !== 'DOCUMENT' && typeof r.text === 'string',
      );
      const runs: { label: string; dictionaries: ReferenceIndex | null }[] = [
        { label: 'registry only', dictionaries: null },
      ];
      if (existsSync(DICTIONARIES))
        runs.push({
          label: 'registry + reference dictionaries (../shared/data/petrarch2)',
          dictionaries: await loadActorDictionaries(DICTIONARIES),
        });
      const sections: string[] = [];
      for (const run of runs) {
        const { lines, misses, typeF1, predicted } = evaluate(records, run.dictionaries);
        console.log(`== ${run.label}\n${lines.join('\n')}`);
        sections.push(
          `== ${run.label}\n${lines.join('\n')}\n\nmisses (${run.label}, ${misses.length}):\n${misses.join('\n')}`,
        );
        expect(predicted).toBeGreaterThan(0);
        expect(typeF1).toBeGreaterThan(0);
      }
      mkdirSync(dirname(REPORT), { recursive: true });
      writeFileSync(REPORT, sections.join('\n\n'));
      const written = readFileSync(REPORT, 'utf8');
      for (const run of runs) expect(written).toContain(`misses (${run.label}, `);
    });
  },
);

/** Codes every gold sentence and scores the answers; the printed lines and the misses. */
function evaluate(
  records: readonly GoldRecord[],
  referenceDictionaries: ReferenceIndex | null,
): { lines: string[]; misses: string[]; typeF1: number; predicted: number } {
  const registry = ActorRegistry.from(actors);
  let predicted = 0;
  const tp = { type: 0, triple: 0, firstType: 0, firstTriple: 0 };
  const sector = {
    source: { tp: 0, predicted: 0, gold: 0 },
    target: { tp: 0, predicted: 0, gold: 0 },
  };
  const spans = new Map<
    MarkedSpan['role'],
    { predicted: number; predictedHit: number; gold: number; goldHit: number }
  >();
  let unlocated = 0;
  const confusion = new Map<string, number>();
  const misses: string[] = [];
  const started = performance.now();
  for (const record of records) {
    const type = goldType(record);
    const text = (record.text ?? '').replace(/^\{|\}$/gu, '');
    const events = codeText(text, { registry, referenceDictionaries, docId: record.id, explain: true });
    const answer = matchedAnswer(record, events);
    const ours = judge(record, answer);
    const strict = judge(record, firstAnswer(events));
    if (answer.length > 0) predicted += 1;
    confusion.set(`${type} → ${ours.type}`, (confusion.get(`${type} → ${ours.type}`) ?? 0) + 1);
    if (ours.typeOk) tp.type += 1;
    if (ours.tripleOk) tp.triple += 1;
    if (strict.typeOk) tp.firstType += 1;
    if (strict.tripleOk) tp.firstTriple += 1;
    for (const role of ['source', 'target'] as const) {
      const gold = goldSectors(record, role);
      if (gold === null) continue;
      const mine = sectorsOf(answer, role);
      const counts = sector[role];
      counts.tp += [...mine].filter((s) => gold.has(s)).length;
      counts.predicted += mine.size;
      counts.gold += gold.size;
    }
    const marked = goldSpans(record, text);
    unlocated += marked.unlocated;
    const mine = codedSpans(answer, text);
    for (const role of ['source', 'target', 'event'] as const) {
      const c = spanCounts(
        marked.spans.filter((s) => s.role === role),
        mine.filter((s) => s.role === role),
      );
      const total = spans.get(role) ?? { predicted: 0, predictedHit: 0, gold: 0, goldHit: 0 };
      spans.set(role, {
        predicted: total.predicted + c.predicted,
        predictedHit: total.predictedHit + c.predictedHit,
        gold: total.gold + c.gold,
        goldHit: total.goldHit + c.goldHit,
      });
    }
    if (!ours.tripleOk) {
      const gold = `[${[...goldCountries(record, 'source')].join(',')}] → [${[...goldCountries(record, 'target')].join(',')}]`;
      misses.push(
        `${record.id}\n  text: ${text}\n  gold: ${type} ${gold}\n  ours: ${ours.type} ${answer[0]?.cameo ?? ''} [${[...ours.sources].join(',')}] → [${[...ours.targets].join(',')}]  (${events.length} events)\n`,
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const n = records.length;
  const typeScore = prf(tp.type, predicted, n);
  const tripleScore = prf(tp.triple, predicted, n);
  const sectorScore = (role: 'source' | 'target'): Score =>
    prf(sector[role].tp, sector[role].predicted, sector[role].gold);
  const span = (role: MarkedSpan['role']): Score =>
    spanScore(spans.get(role) ?? { predicted: 0, predictedHit: 0, gold: 0, goldHit: 0 });
  const lines = [
    `PLOVER GSR dev: ${n} sentences, ${predicted} with an answer, ${seconds.toFixed(2)} s`,
    'answer = the best-agreeing factual event of the gold type (else the first event):',
    show('type', typeScore),
    show('type+source+target', tripleScore),
    show('sectors, source (gold-annotated)', sectorScore('source')),
    show('sectors, target (gold-annotated)', sectorScore('target')),
    show('span overlap, source', span('source')),
    show('span overlap, target', span('target')),
    show('span overlap, event trigger', span('event')),
    `  (${unlocated} gold spans not found verbatim in the text)`,
    'strict: the first factual event only:',
    show('type', prf(tp.firstType, predicted, n)),
    show('type+source+target', prf(tp.firstTriple, predicted, n)),
    'confusion (gold → ours):',
    ...[...confusion.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([pair, count]) => `  ${String(count).padStart(3)}  ${pair}`),
  ];
  return { lines, misses, typeF1: typeScore.f1, predicted };
}
