// `jirga brief --since`: the "what changed" digest for 2023-04-01 → 2023-05-09 on the founding
// case lists the events, relations and agreements the store holds for the period (computed from
// the store here), the indicators the assessment's comparison says moved, every footnote
// resolves, notes are numbered in reading order, and all four formats render. Also the review
// stamp on a brief: a draft unless an analyst says otherwise.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessMediation } from '../../src/app/assess.ts';
import { CHROMIUM_PATH, makeBrief, renderBrief, type BriefRequest } from '../../src/app/brief.ts';
import { withStore } from '../../src/app/session.ts';
import { assess } from '../../src/assess/assessment.ts';
import type { Phrase } from '../../src/assess/phrase.ts';
import { compareAssessments, type Comparison } from '../../src/assess/compare.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { digestSection } from '../../src/report/digest.ts';
import { FootnoteRegistry, noteEntries, type Ref } from '../../src/report/footnotes.ts';
import { ValidationError } from '../../src/errors.ts';
import type { Agreement, Event, Relation } from '../../src/model/index.ts';
import { briefStrings, type BriefDocument, type Section, type Sentence } from '../../src/report/index.ts';
import { runCli } from '../cli-harness.ts';

const since = '2023-04-01';
const asOf = '2023-05-09';
const t = briefStrings('en');
const request: BriefRequest = {
  caseId: 'pakistan-ttp',
  mediator: 'afghan-taliban',
  parties: ['pakistan', 'ttp'],
  asOf,
  since,
  generated: '2026-01-01',
};

let dir: string;
let db: string;
let doc: BriefDocument;
let changes: Comparison;
let stored: { sources: Set<string>; events: Event[]; relations: Relation[]; agreements: Agreement[] };

const inPeriod = (day: string | null | undefined) => day != null && day > since && day <= asOf;
const sentences = (s: Section): Sentence[] =>
  s.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : b.kind === 'list' ? b.items : []));
const digest = () => doc.sections.find((s) => s.id === 'changes')!;
const texts = () => sentences(digest()).map((s) => s.text);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-digest-'));
  db = join(dir, 'jirga.sqlite');
  await withStore({ db }, async (store) => {
    const filter = { caseId: 'pakistan-ttp' };
    stored = {
      sources: new Set((await store.listSources(filter)).map((s) => s.id)),
      events: (await store.listEvents(filter)).filter((e) => e.status === 'reviewed'),
      relations: (await store.listRelations(filter)).filter((r) => r.status === 'reviewed'),
      agreements: (await store.listAgreements(filter)).filter((g) => g.status === 'reviewed'),
    };
    doc = await makeBrief(store, request);
    changes = (await assessMediation(store, { ...request, compareAsOf: since })).comparison!.changes;
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the digest from 2023-04-01 to 2023-05-09', () => {
  it('comes right after the summary, headed with the period', () => {
    expect(doc.sections.map((s) => s.id).slice(0, 2)).toEqual(['summary', 'changes']);
    expect(digest().heading).toBe(t.digest.heading({ from: t.date(since), to: t.date(asOf) }));
    expect(digest().factual).toBe(true);
  });

  it('lists every event of the period the store holds, counted by type', () => {
    const events = stored.events.filter((e) => inPeriod(e.date));
    expect(events.length).toBeGreaterThan(0);
    const all = texts();
    for (const e of events) {
      const told = all.find(
        (x) => x.startsWith(`${t.date(e.date)}:`) && x.includes(e.summary!.replace(/\.$/, '')),
      );
      expect(told, e.id).toBeDefined();
    }
    const types = new Map<string, number>();
    for (const e of events) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    const overview = all.find((x) => x.includes(`${events.length} new event(s)`));
    expect(overview).toBeDefined();
    for (const [type, count] of types) expect(overview).toContain(t.digest.typeCount({ type, count }));
  });

  it('lists the relations that began or ended and the agreements concluded or ended in the period', () => {
    const all = texts();
    const started = stored.relations.filter((r) => inPeriod(r.from));
    const ended = stored.relations.filter((r) => inPeriod(r.to));
    expect(started.length + ended.length).toBeGreaterThan(0);
    for (const r of started)
      expect(all).toContain(t.digest.relationStarted({ date: t.date(r.from!), summary: r.summary! }));
    for (const r of ended)
      expect(all).toContain(t.digest.relationEnded({ date: t.date(r.to!), summary: r.summary! }));
    for (const g of stored.agreements.filter((x) => inPeriod(x.signed)))
      expect(all).toContain(t.digest.agreementSigned({ name: g.name, date: t.date(g.signed!) }));
  });

  it("lists the indicators the assessment's comparison says moved", () => {
    expect(changes.changed.length).toBeGreaterThan(0);
    const all = texts();
    for (const c of changes.changed)
      expect(
        all.some((x) => x.startsWith(`${c.name}: score`)),
        c.id,
      ).toBe(true);
  });

  it('lists a prospect only when its shown figure moved, with the contributions behind it', () => {
    const all = texts();
    for (const effect of ['onset', 'agreement', 'durability'] as const) {
      const p = changes.prospects[effect];
      const moved = p.before !== null && p.after !== null && t.percent(p.before) !== t.percent(p.after);
      expect(all.some((x) => x.startsWith(`${t.effects[effect]}: from`))).toBe(moved);
    }
  });

  it('writes every sentence with a footnote, each resolving to a stored source or a reference file', () => {
    for (const s of sentences(digest())) expect(s.notes.length, s.text).toBeGreaterThan(0);
    for (const note of doc.footnotes.flatMap(noteEntries))
      if (note.kind === 'reference') expect(note.file).toMatch(/\.csv$/);
      else expect(stored.sources.has(note.sourceId), note.sourceId).toBe(true);
  });

  it('numbers the notes in reading order with the digest in place', () => {
    // Sentences and figure captions (which cite the evidence they are drawn from), in order.
    const cited = doc.sections
      .flatMap((s) => s.blocks)
      .flatMap((b): number[][] =>
        b.kind === 'paragraph'
          ? b.sentences.map((x) => x.notes)
          : b.kind === 'list'
            ? b.items.map((x) => x.notes)
            : b.kind === 'figure'
              ? [b.notes]
              : [],
      )
      .flat();
    expect([...new Set(cited)]).toEqual(doc.footnotes.map((n) => n.n));
  });

  it('renders in Markdown, HTML and DOCX (and PDF where chromium is)', async () => {
    const heading = digest().heading;
    expect(await renderBrief(doc, 'md')).toContain(`## ${heading}`);
    expect(await renderBrief(doc, 'html')).toContain('<section id="changes">');
    const docx = (await renderBrief(doc, 'docx')) as Buffer;
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    if (existsSync(CHROMIUM_PATH) || process.env['CI'] !== undefined) {
      const pdf = (await renderBrief(doc, 'pdf')) as Buffer;
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    }
  }, 60_000);

  it('refuses a start on or after --as-of', async () => {
    const refused = await withStore({ db }, (store) =>
      makeBrief(store, { ...request, since: asOf }).catch((e: unknown) => e),
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message).toMatch(/--since/);
  }, 60_000);

  it('says so when nothing changed in the period', () => {
    const snapshot = takeSnapshot(pakistanTtp, asOf);
    const assessment = assess(snapshot, { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] });
    const notes = new FootnoteRegistry(snapshot.sources, asOf);
    const tools = {
      strings: t,
      name: (x: string) => x,
      say: (p: Phrase) => t.assessment(p, (x) => x),
      fact: (text: string, refs: readonly Ref[]) =>
        notes.resolvable(refs) ? { text, notes: notes.cite(refs) } : null,
      itemRefs: () => [],
    };
    const same = compareAssessments(assessment, assessment);
    // The same comparison over a period that holds events is not quiet.
    const busy = digestSection(
      { before: assessment, changes: { ...same, from: since } },
      assessment,
      snapshot,
      tools,
    );
    expect(busy.factual).toBe(true);
    const section = digestSection(
      { before: assessment, changes: { ...same, from: asOf } },
      assessment,
      snapshot,
      tools,
    );
    expect(section.factual).toBe(false);
    expect(section.blocks).toEqual([
      { kind: 'label', text: t.digest.nothing({ from: t.date(asOf), to: t.date(asOf) }) },
    ]);
  });
});

describe('the review stamp on a brief', () => {
  it('is a machine-made draft without --reviewed-by', () => {
    expect(doc.stamp).toBe(t.stamp);
    expect(doc.review).toBeUndefined();
  });

  it('says who reviewed it and when, and the provenance records it', async () => {
    const reviewed = await withStore({ db }, (store) =>
      makeBrief(store, { ...request, reviewedBy: 'R. Analyst', reviewNote: 'figures checked' }),
    );
    expect(reviewed.stamp).toBe(t.reviewed({ by: 'R. Analyst', date: t.date('2026-01-01') }));
    expect(reviewed.review).toEqual({ by: 'R. Analyst', on: '2026-01-01', note: 'figures checked' });
    expect(reviewed.provenance).toContain('R. Analyst');
    expect(reviewed.provenance).toContain('figures checked');
    const html = (await renderBrief(reviewed, 'html')) as string;
    expect(html).toContain(`<p class="stamp">Reviewed by R. Analyst on ${t.date('2026-01-01')}`);
    expect(html).not.toContain(t.stamp);
  }, 60_000);

  it('takes --since, --reviewed-by and --review-note on the command line', async () => {
    const question = [
      '--case',
      request.caseId,
      '--mediator',
      request.mediator,
      '--parties',
      ...request.parties,
    ];
    const brief = (...flags: string[]) =>
      runCli(['--db', db, 'brief', ...question, '--as-of', asOf, ...flags]);
    const run = await brief('--since', since, '--reviewed-by', 'R. Analyst', '--review-note', 'read twice');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`## ${digest().heading}`);
    expect(run.stdout).toContain('Reviewed by R. Analyst');
    expect(run.stdout).toContain('read twice');
    const blank = await brief('--reviewed-by', ' ');
    expect(blank.code).toBe(1);
    expect(blank.stderr).toMatch(/--reviewed-by/);
  }, 60_000);
});
