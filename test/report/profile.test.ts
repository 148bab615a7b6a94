// `jirga profile`: the TTP profile of the founding case holds its leaders with tenures, its
// splits and mergers and its designations, each with footnotes that resolve to stored sources;
// notes are numbered in reading order; a thin actor's sections say the case holds no data;
// hostile names and titles are escaped; the review stamp is the analyst's own statement; an
// unknown actor is a NotFoundError with the closest names; the JSON edition's ids resolve.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProfile, renderProfile, type ProfileRequest } from '../../src/app/profile.ts';
import { withStore } from '../../src/app/session.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { NotFoundError, ValidationError } from '../../src/errors.ts';
import type { Actor, Event, Relation, Source } from '../../src/model/index.ts';
import {
  buildProfile,
  profileStrings,
  type ActorProfile,
  type ProfileSection,
} from '../../src/report/profile/index.ts';
import { runCli } from '../cli-harness.ts';
import { noteEntries } from '../../src/report/footnotes.ts';
import { docxText } from './leak.ts';

const asOf = '2023-05-09';
const generated = '2026-01-01';
const en = profileStrings('en');

let dir: string;
let db: string;
let ttp: ActorProfile;
let thin: ActorProfile;
let stored: { sources: Set<string>; relations: Relation[]; events: Event[]; actors: Actor[] };

const profileOf = (actor: string, extra: Partial<ProfileRequest> = {}) =>
  withStore({ db }, (store) =>
    makeProfile(store, { caseId: 'pakistan-ttp', actor, asOf, generated, ...extra }),
  );
const section = (p: ActorProfile, id: ProfileSection['id']) => p.sections.find((s) => s.id === id)!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-profile-'));
  db = join(dir, 'jirga.sqlite');
  stored = await withStore({ db }, async (store) => ({
    sources: new Set((await store.listSources({ caseId: 'pakistan-ttp' })).map((s) => s.id)),
    relations: await store.listRelations({ caseId: 'pakistan-ttp' }),
    events: await store.listEvents({ caseId: 'pakistan-ttp' }),
    actors: await store.listActors(),
  }));
  ttp = await profileOf('Tehreek-e-Taliban Pakistan');
  thin = await profileOf('hizb-ul-ahrar');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The relations of the store on the actor as known on the date, with this predicate. */
const storedRelations = (predicate: string, test: (r: Relation) => boolean) =>
  stored.relations.filter(
    (r) =>
      r.predicate === predicate && r.status === 'reviewed' && (r.from === null || r.from <= asOf) && test(r),
  );

describe('the TTP profile of the founding case', () => {
  it('resolves the actor by any of its names and is stamped as a machine-made draft', () => {
    expect(ttp.actor.id).toBe('ttp');
    expect(ttp.title).toContain('Tehrik-i-Taliban Pakistan');
    expect(ttp.stamp).toBe(en.stamp);
    expect(ttp.review).toBeNull();
  });

  it('lists every leader the store holds, with the tenure and a footnote', () => {
    const leads = storedRelations('leads', (r) => r.objectId === 'ttp');
    expect(leads.length).toBeGreaterThanOrEqual(3);
    const entries = section(ttp, 'leaders').entries;
    expect(entries).toHaveLength(leads.length);
    for (const r of leads) {
      const entry = entries.find((e) => e.items.relations.includes(r.id));
      expect(entry, r.id).toBeDefined();
      const leader = stored.actors.find((a) => a.id === r.subjectId)!;
      expect(entry!.text).toContain(leader.name);
      for (const day of [r.from, r.to]) if (day !== null) expect(entry!.text).toContain(en.date(day));
      expect(entry!.notes.length).toBeGreaterThan(0);
    }
    // In order of tenure: whoever led until an earlier day comes first.
    const ends = entries.map((e) => leads.find((r) => e.items.relations.includes(r.id))!.to ?? '9999');
    expect(ends).toEqual([...ends].sort());
  });

  it('lists its splits and mergers both ways', () => {
    const splits = [
      ...storedRelations('splinter-of', (r) => r.objectId === 'ttp' || r.subjectId === 'ttp'),
      ...storedRelations('merged-into', (r) => r.objectId === 'ttp' || r.subjectId === 'ttp'),
    ];
    expect(splits.length).toBeGreaterThanOrEqual(2);
    const entries = section(ttp, 'splits').entries;
    for (const r of splits)
      expect(
        entries.some((e) => e.items.relations.includes(r.id)),
        r.id,
      ).toBe(true);
  });

  it('lists each designation with its authority and date, merged with the matching relation', () => {
    const actor = stored.actors.find((a) => a.id === 'ttp')!;
    const entries = section(ttp, 'designations').entries;
    expect(entries).toHaveLength(actor.designations.length);
    for (const d of actor.designations) {
      const authority = stored.actors.find((a) => a.id === d.by)!.name;
      const entry = entries.find((e) => e.text.startsWith(`${authority}:`));
      expect(entry, authority).toBeDefined();
      expect(entry!.text).toContain(d.list);
      if (d.from !== null) expect(entry!.text).toContain(en.date(d.from));
    }
    const relation = storedRelations('designates', (r) => r.objectId === 'ttp')[0]!;
    expect(entries.some((e) => e.items.relations.includes(relation.id))).toBe(true);
  });

  it('lists allies and rivals by the sign of each relation, disputed claims only with their claimant', () => {
    const own = new Set(['leads', 'splinter-of', 'merged-into', 'designates', 'mediates-between']);
    const ties = stored.relations.filter(
      (r) =>
        r.status === 'reviewed' &&
        (r.from === null || r.from <= asOf) &&
        (r.subjectId === 'ttp' || r.objectId === 'ttp') &&
        !own.has(r.predicate) &&
        r.sign !== 0,
    );
    expect(ties.some((r) => r.sign > 0) && ties.some((r) => r.sign < 0)).toBe(true);
    const entries = section(ttp, 'allies').entries;
    for (const r of ties) {
      const entry = entries.find((e) => e.items.relations.includes(r.id));
      expect(entry, r.id).toBeDefined();
      expect(entry!.text.startsWith(r.sign > 0 ? 'Ally:' : 'Rival:'), r.id).toBe(true);
      if (r.stance === 'disputed') expect(entry!.text).toContain('According to');
    }
  });

  it('shows the deadliest attacks with their claims, denials and disputes', () => {
    const entries = section(ttp, 'attacks').entries;
    const deadliest = stored.events
      .filter(
        (e) =>
          e.date <= asOf &&
          e.status === 'reviewed' &&
          (e.fatalities.best ?? 0) > 0 &&
          (e.sourceActors.includes('ttp') ||
            e.claims.some((c) => c.fatalities === undefined && (c.by === 'ttp' || c.about === 'ttp'))),
      )
      .sort((x, y) => (y.fatalities.best ?? 0) - (x.fatalities.best ?? 0))[0]!;
    const lines = entries.filter((e) => e.items.events.includes(deadliest.id)).map((e) => e.text);
    expect(lines[0]).toContain(String(deadliest.fatalities.best));
    for (const claim of deadliest.claims.filter((c) => c.fatalities === undefined)) {
      const by = stored.actors.find((a) => a.id === claim.by)!.name;
      expect(
        lines.some((l) => l.startsWith(by) && l.includes(claim.kind)),
        by,
      ).toBe(true);
    }
    for (const dispute of deadliest.disputes ?? [])
      expect(lines.some((l) => l.includes(dispute.field))).toBe(true);
  });

  it('says plainly that the case holds no strength estimates', () => {
    const strength = section(ttp, 'strength');
    expect(strength.entries).toEqual([]);
    expect(strength.notes).toEqual([en.empty.strength({ actor: ttp.actor.name })]);
  });

  it('writes no entry without a footnote outside the names, and every footnote resolves to a stored source', () => {
    for (const s of ttp.sections.filter((x) => x.factual))
      for (const e of s.entries) {
        expect(e.notes.length, e.text).toBeGreaterThan(0);
        for (const id of e.items.sources) expect(stored.sources.has(id), id).toBe(true);
        for (const id of e.items.relations)
          expect(
            stored.relations.some((r) => r.id === id),
            id,
          ).toBe(true);
        for (const id of e.items.events)
          expect(
            stored.events.some((x) => x.id === id),
            id,
          ).toBe(true);
      }
    expect(ttp.footnotes.length).toBeGreaterThan(10);
    for (const note of ttp.footnotes.flatMap(noteEntries)) {
      expect(note.kind).not.toBe('reference');
      if (note.kind !== 'reference') expect(stored.sources.has(note.sourceId), note.sourceId).toBe(true);
    }
  });

  it('numbers footnotes 1…n in the order a reader first meets them', () => {
    const cited = ttp.sections.flatMap((s) => s.entries.flatMap((e) => e.notes));
    expect([...new Set(cited)]).toEqual(ttp.footnotes.map((_, i) => i + 1));
    const md = renderProfile(ttp, 'md');
    const used = [...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
    expect([...new Set(used)]).toEqual(ttp.footnotes.map((n) => n.n));
  });

  it('keeps every name the registry holds, in every script', () => {
    const actor = stored.actors.find((a) => a.id === 'ttp')!;
    const text = section(ttp, 'names')
      .entries.map((e) => e.text)
      .join('\n');
    for (const names of Object.values(actor.aliases)) for (const n of names) expect(text).toContain(n);
  });

  it('renders Markdown, HTML and JSON with the same items', () => {
    const md = renderProfile(ttp, 'md');
    const html = renderProfile(ttp, 'html');
    const json = JSON.parse(renderProfile(ttp, 'json')) as ActorProfile;
    expect(json).toEqual(JSON.parse(JSON.stringify(ttp)));
    for (const s of ttp.sections) {
      expect(md).toContain(`## ${s.heading}`);
      expect(html).toContain(`<section id="${s.id}">`);
    }
    expect(html).not.toMatch(/<script/i);
  });
});

describe('a thin actor', () => {
  it('renders with sections that say the case holds no data for them', () => {
    const empty = thin.sections.filter((s) => s.factual && s.entries.length === 0);
    expect(empty.map((s) => s.id)).toEqual(
      expect.arrayContaining(['leaders', 'goals', 'strength', 'attacks', 'designations']),
    );
    const md = renderProfile(thin, 'md');
    for (const s of empty) {
      expect(s.notes).toEqual([en.empty[s.id]({ actor: thin.actor.name })]);
      expect(md).toContain(s.notes[0]!);
    }
  });

  it('still tells what the case holds on it, with footnotes', () => {
    const splits = section(thin, 'splits').entries;
    expect(splits.length).toBeGreaterThan(0);
    for (const e of splits) expect(e.notes.length).toBeGreaterThan(0);
  });
});

describe('hostile text', () => {
  it('escapes markup, very long and right-to-left text in source titles and aliases', () => {
    const hostile =
      '<script>alert(1)</script> "q" & <img src=x onerror=alert(2)> ‮ مرحبا ' + 'y'.repeat(5000);
    const snapshot = takeSnapshot(pakistanTtp, asOf);
    const actors = snapshot.actors.map((a) =>
      a.id === 'ttp' ? { ...a, aliases: { ...a.aliases, ar: [hostile] } } : a,
    );
    const sources: Source[] = snapshot.sources.map((s) => ({ ...s, title: hostile }));
    const profile = buildProfile({
      actorId: 'ttp',
      items: { ...snapshot, actors, sources },
      caseId: 'pakistan-ttp',
      version: 'test',
      generated,
      strings: en,
    });
    const html = renderProfile(profile, 'html');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('y'.repeat(5000));
    expect(html).toContain('‮ مرحبا');
    const md = renderProfile(profile, 'md');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
  });
});

describe('reviews and errors', () => {
  it('stamps the profile reviewed only when an analyst says so, and records it', async () => {
    const reviewed = await profileOf('ttp', { reviewedBy: 'R. Analyst', reviewNote: 'leaders checked' });
    expect(reviewed.stamp).toBe(en.reviewed({ by: 'R. Analyst', date: en.date(generated) }));
    expect(reviewed.review).toEqual({ by: 'R. Analyst', on: generated, note: 'leaders checked' });
    expect(reviewed.provenance).toContain('R. Analyst');
    expect(reviewed.provenance).toContain('leaders checked');
    expect(renderProfile(reviewed, 'md')).toContain(reviewed.stamp);
    expect(ttp.provenance).not.toContain('R. Analyst');
  });

  it('refuses a review note without a reviewer', async () => {
    await expect(profileOf('ttp', { reviewNote: 'x' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('answers an unknown actor with the closest names', async () => {
    const error = await profileOf('Tehrik Talibn').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).suggestions).toContain('Tehrik-i-Taliban Pakistan');
  });

  it('runs as a command, JSON to stdout; an unknown actor exits 1', async () => {
    const run = await runCli([
      '--db',
      db,
      'profile',
      'ttp',
      '--case',
      'pakistan-ttp',
      '--as-of',
      asOf,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ActorProfile;
    expect(json.sections.map((s) => s.id)).toEqual(ttp.sections.map((s) => s.id));
    const unknown = await runCli(['--db', db, 'profile', 'nobody-at-all', '--case', 'pakistan-ttp']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown actor/);
  }, 60_000);

  it('writes DOCX in Russian to --out, and refuses a file format without --out or a language without templates', async () => {
    const base = ['--db', db, 'profile', 'ttp', '--case', 'pakistan-ttp', '--as-of', asOf];
    const out = join(dir, 'ttp-ru.docx');
    const docx = await runCli([...base, '--lang', 'ru', '--format', 'docx', '--out', out]);
    expect(docx.code, docx.stderr).toBe(0);
    expect(docxText(readFileSync(out))).toContain('Профиль актора');
    const noOut = await runCli([...base, '--format', 'pdf']);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toMatch(/--format pdf needs --out FILE/);
    const german = await profileOf('ttp', { lang: 'de' }).catch((e: unknown) => e);
    expect(german).toBeInstanceOf(ValidationError);
    expect((german as ValidationError).message).toMatch(/--lang|language 'de'/);
  }, 60_000);
});
