/**
 * Scoring of coded events against PLOVER gold-standard records: the 2016 names mapped to
 * today's (event types; two non-ISO country codes), which of a sentence's events answers the
 * gold one, country and sector sets per role, the marked spans of the gold markup, and
 * precision/recall/F1. Pure functions, used by the evaluation test (`plover-gsr.eval.test.ts`)
 * and by its own unit tests.
 */
import type { CodedEvent } from '../../src/coder/types.ts';

export const RENAMED: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

export interface GoldActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

export interface GoldRecord {
  id: string;
  event: string;
  text?: string;
  source?: GoldActor[] | null;
  target?: GoldActor[] | string | null;
  textInfo?: { markup?: string };
}

export type Role = 'source' | 'target';

export interface Score {
  p: number;
  r: number;
  f1: number;
}

export function prf(tp: number, predicted: number, gold: number): Score {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = gold === 0 ? 0 : tp / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function goldType(record: GoldRecord): string {
  return RENAMED[record.event] ?? record.event;
}

/** Whether the gold marks its actors as acting on each other ("(SRC/TAR: …)"). */
export function isReciprocal(record: GoldRecord): boolean {
  return (record.textInfo?.markup ?? '').includes('SRC/TAR');
}

function goldActors(record: GoldRecord, role: Role): GoldActor[] {
  const list = role === 'target' && isReciprocal(record) ? record.source : record[role];
  return Array.isArray(list) ? list : [];
}

/**
 * Gold codes that are slips for an ISO 3166 code, read as that code: the development half
 * writes Japan as JAP twice (its own Phoenix dictionaries code Japan JPN) and Vietnam as VTN
 * once. Nothing else is rewritten; CAMEO's group codes such as IMG stay as they are.
 */
export const GOLD_CODE_SLIPS: Readonly<Record<string, string>> = { JAP: 'JPN', VTN: 'VNM' };

/** The gold's country codes for a role (three capital letters: ISO-like codes, IGO, NGO). */
export function goldCountries(record: GoldRecord, role: Role): Set<string> {
  return new Set(
    goldActors(record, role)
      .map((a) => a.code ?? '')
      .filter((c) => /^[A-Z]{3}$/u.test(c))
      .map((c) => GOLD_CODE_SLIPS[c] ?? c),
  );
}

/** A gold sector code's first three letters ("CVLalb" → CVL); `***` and blanks are no sector. */
export function normaliseSector(sector: string | undefined | null): string | null {
  if (sector === undefined || sector === null) return null;
  const head = sector.slice(0, 3).toUpperCase();
  if (!/^[A-Z]{3}$/u.test(head)) return null;
  return head === 'CIV' ? 'CVL' : head;
}

/** The gold's sectors for a role; null when the gold annotates no sector for that role. */
export function goldSectors(record: GoldRecord, role: Role): Set<string> | null {
  const sectors = goldActors(record, role)
    .map((a) => normaliseSector(a.sector))
    .filter((s): s is string => s !== null);
  return sectors.length === 0 ? null : new Set(sectors);
}

export function countriesOf(answer: readonly CodedEvent[], role: Role): Set<string> {
  return new Set(
    answer
      .flatMap((e) => (role === 'source' ? e.sourceActors : e.targetActors).map((a) => a.country ?? ''))
      .filter((c) => c !== ''),
  );
}

export function sectorsOf(answer: readonly CodedEvent[], role: Role): Set<string> {
  return new Set(
    answer
      .flatMap((e) => (role === 'source' ? e.sourceActors : e.targetActors).map((a) => a.sector ?? ''))
      .filter((s) => s !== ''),
  );
}

export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Groups a sentence's events into answers: the reciprocal pairs of one trigger are one answer. */
export function answersOf(events: readonly CodedEvent[]): CodedEvent[][] {
  const answers: CodedEvent[][] = [];
  for (const event of events) {
    const last = answers[answers.length - 1];
    const head = last?.[0];
    if (
      last !== undefined &&
      head !== undefined &&
      head.type === event.type &&
      head.cameo === event.cameo &&
      head.sentence === event.sentence &&
      head.negated === event.negated &&
      head.hypothetical === event.hypothetical
    )
      last.push(event);
    else answers.push([event]);
  }
  return answers;
}

/** The strict answer: the first answer that is neither negated nor hypothetical (else the first). */
export function firstAnswer(events: readonly CodedEvent[]): CodedEvent[] {
  const answers = answersOf(events);
  return answers.find((a) => !(a[0]?.negated ?? true) && !(a[0]?.hypothetical ?? true)) ?? answers[0] ?? [];
}

function roleAgreement(record: GoldRecord, answer: readonly CodedEvent[]): number {
  return (['source', 'target'] as const).filter((role) =>
    sameSet(countriesOf(answer, role), goldCountries(record, role)),
  ).length;
}

/**
 * The matched answer: among the sentence's factual answers of the gold's type, the one whose
 * roles agree best with the gold; when the coder found no event of that type, the strict answer.
 * A sentence reports several events and the gold codes one, so the first is not always it.
 */
export function matchedAnswer(record: GoldRecord, events: readonly CodedEvent[]): CodedEvent[] {
  const type = goldType(record);
  const factual = answersOf(events).filter((a) => a[0]?.type === type && !a[0].negated && !a[0].hypothetical);
  let best: CodedEvent[] | undefined;
  for (const answer of factual) {
    if (best === undefined || roleAgreement(record, answer) > roleAgreement(record, best)) best = answer;
  }
  return best ?? firstAnswer(events);
}

export interface Judgement {
  type: string;
  typeOk: boolean;
  tripleOk: boolean;
  sources: Set<string>;
  targets: Set<string>;
}

export function judge(record: GoldRecord, answer: readonly CodedEvent[]): Judgement {
  const type = answer[0]?.type ?? 'NONE';
  const sources = countriesOf(answer, 'source');
  const targets = countriesOf(answer, 'target');
  const typeOk = type === goldType(record);
  const tripleOk =
    typeOk &&
    sameSet(sources, goldCountries(record, 'source')) &&
    sameSet(targets, goldCountries(record, 'target'));
  return { type, typeOk, tripleOk, sources, targets };
}

export interface MarkedSpan {
  role: Role | 'event';
  start: number;
  end: number;
}

/** The spans the gold markup marks (SRC, TAR, SRC/TAR for both, EVT), located in the plain text. */
export function goldSpans(record: GoldRecord, text: string): { spans: MarkedSpan[]; unlocated: number } {
  const spans: MarkedSpan[] = [];
  let unlocated = 0;
  for (const match of (record.textInfo?.markup ?? '').matchAll(/\((SRC\/TAR|SRC|TAR|EVT):\s*([^()]*)/gu)) {
    const words = (match[2] ?? '').trim();
    if (words === '') continue;
    const start = text.indexOf(words);
    if (start < 0) {
      unlocated += 1;
      continue;
    }
    const end = start + words.length;
    const tag = match[1];
    if (tag === 'EVT') spans.push({ role: 'event', start, end });
    if (tag === 'SRC' || tag === 'SRC/TAR') spans.push({ role: 'source', start, end });
    if (tag === 'TAR' || tag === 'SRC/TAR') spans.push({ role: 'target', start, end });
  }
  return { spans, unlocated };
}

/** Our spans for an answer: its actors' words by role and its trigger words, located in the text. */
export function codedSpans(answer: readonly CodedEvent[], text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  const add = (role: MarkedSpan['role'], words: string): void => {
    const start = text.indexOf(words);
    if (words !== '' && start >= 0 && !spans.some((s) => s.role === role && s.start === start))
      spans.push({ role, start, end: start + words.length });
  };
  for (const event of answer) {
    for (const actor of event.sourceActors) add('source', actor.text);
    for (const actor of event.targetActors) add('target', actor.text);
    const trigger = /trigger "([^"]+)"/u.exec(event.explanation?.[0] ?? '');
    if (trigger?.[1] !== undefined) add('event', trigger[1]);
  }
  return spans;
}

function overlaps(a: MarkedSpan, b: MarkedSpan): boolean {
  return a.role === b.role && a.start < b.end && b.start < a.end;
}

/** Counts for span overlap: predicted spans overlapping a gold span of the same role, and gold spans overlapped. */
export function spanCounts(
  gold: readonly MarkedSpan[],
  ours: readonly MarkedSpan[],
): { predicted: number; predictedHit: number; gold: number; goldHit: number } {
  return {
    predicted: ours.length,
    predictedHit: ours.filter((o) => gold.some((g) => overlaps(o, g))).length,
    gold: gold.length,
    goldHit: gold.filter((g) => ours.some((o) => overlaps(o, g))).length,
  };
}
