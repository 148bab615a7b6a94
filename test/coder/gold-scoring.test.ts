/**
 * The gold-standard scorer on records and events built here: the matched answer is the
 * best-agreeing factual event of the gold's type, not the first; reciprocal markup counts the
 * sources as targets; gold sectors are normalised; marked spans are located and overlapped.
 */
import { describe, expect, it } from 'vitest';
import type { CodedActor, CodedEvent } from '../../src/coder/types.ts';
import {
  codedSpans,
  firstAnswer,
  goldCountries,
  goldSpans,
  judge,
  matchedAnswer,
  normaliseSector,
  spanCounts,
  type GoldRecord,
} from './gold-scoring.ts';

const actor = (text: string, country: string): CodedActor => ({ text, actor: null, country, sector: null });
const event = (
  type: CodedEvent['type'],
  cameo: string,
  from: CodedActor[],
  to: CodedActor[],
  hypothetical = false,
): CodedEvent => ({
  doc: 'd',
  sentence: 0,
  type,
  mode: null,
  context: [],
  cameo,
  intensity: 0,
  sourceActors: from,
  targetActors: to,
  date: null,
  datePrecision: 'unknown',
  location: null,
  negated: false,
  hypothetical,
  claims: [],
  evidence: [],
  confidence: 0.5,
  explanation: [`trigger "${type === 'ASSAULT' ? 'shelled' : 'urged'}" → CAMEO ${cameo}`],
});

const record: GoldRecord = {
  id: 'x',
  event: 'FIGHT',
  text: 'Ruritania urged calm after Borduria shelled Ruritania.',
  source: [{ code: 'BRD', sector: 'MILx' }],
  target: [{ code: 'RUR' }],
  textInfo: { markup: '(SRC: Borduria) (EVT: shelled) (TAR: Ruritania)' },
};

describe('gold scoring', () => {
  const ruritania = actor('Ruritania', 'RUR');
  const borduria = actor('Borduria', 'BRD');
  const events = [
    event('REQUEST', '020', [ruritania], []),
    event('ASSAULT', '190', [ruritania], [borduria], true),
    event('ASSAULT', '190', [borduria], [ruritania]),
  ];
  it('matches the factual event of the gold type, where the strict answer takes the first', () => {
    expect(judge(record, firstAnswer(events))).toMatchObject({ type: 'REQUEST', typeOk: false });
    expect(judge(record, matchedAnswer(record, events))).toMatchObject({ type: 'ASSAULT', tripleOk: true });
  });
  it('falls back to the strict answer when no event has the gold type', () => {
    expect(matchedAnswer(record, events.slice(0, 1))[0]?.type).toBe('REQUEST');
  });
  it('reads reciprocal markup as sources that are also targets', () => {
    const both: GoldRecord = {
      ...record,
      source: [{ code: 'RUR' }, { code: 'BRD' }],
      target: null,
      textInfo: { markup: '(SRC/TAR: A) and (SRC/TAR: B)' },
    };
    expect([...goldCountries(both, 'target')].sort()).toEqual(['BRD', 'RUR']);
  });
  it("reads the gold's two non-ISO country codes as the ISO codes", () => {
    const record: GoldRecord = {
      id: 'r',
      event: 'CONSULT',
      source: [{ code: 'JAP' }],
      target: [{ code: 'VTN' }, { code: 'KHM' }],
    };
    expect([...goldCountries(record, 'source')]).toEqual(['JPN']);
    expect([...goldCountries(record, 'target')]).toEqual(['VNM', 'KHM']);
  });
  it('normalises gold sectors', () => {
    expect([
      normaliseSector('CVLalb'),
      normaliseSector('***'),
      normaliseSector('CIV'),
      normaliseSector(undefined),
    ]).toEqual(['CVL', null, 'CVL', null]);
  });
  it('locates marked spans and counts overlaps by role', () => {
    const text = record.text ?? '';
    const gold = goldSpans(record, text);
    expect(gold.unlocated).toBe(0);
    const ours = codedSpans(matchedAnswer(record, events), text);
    const sources = spanCounts(
      gold.spans.filter((s) => s.role === 'source'),
      ours.filter((s) => s.role === 'source'),
    );
    expect(sources).toEqual({ predicted: 1, predictedHit: 1, gold: 1, goldHit: 1 });
    const wrong = codedSpans([event('ASSAULT', '190', [ruritania], [])], text);
    expect(
      spanCounts(
        gold.spans.filter((s) => s.role === 'source'),
        wrong.filter((s) => s.role === 'source'),
      ).predictedHit,
    ).toBe(0);
  });
});
