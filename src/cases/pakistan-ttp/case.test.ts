/**
 * The built-in case is sound: it validates, it is as large as the foundation issue asks, every
 * item carries evidence, seed-article evidence points at real spans of the article, and no
 * sentence of the article is copied into the case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/index.ts';
import { problemsOf } from '../validate.ts';
import { pakistanTtp } from './index.ts';

const SEED_ID = 'ankasam-2023-taliban-mediation';
const seedPath = new URL('../../../../shared/seed/pakistan-ttp-taliban-mediation.txt', import.meta.url);
const ucdpActorsPath = new URL('../../../../shared/data/ucdp/ucdp-actor-221.csv', import.meta.url);

function allEvidence(): Evidence[] {
  const c = pakistanTtp;
  return [
    ...c.events.flatMap((e) => [
      ...e.evidence,
      ...e.claims.flatMap((claim) => claim.evidence),
      ...(e.disputes ?? []).flatMap((d) => d.values.flatMap((v) => v.evidence)),
    ]),
    ...c.relations.flatMap((r) => r.evidence),
    ...c.agreements.flatMap((g) => g.evidence),
    ...c.negotiations.flatMap((n) => [...n.evidence, ...n.rounds.flatMap((r) => r.evidence)]),
    ...c.actors.flatMap((a) => a.designations.flatMap((d) => d.evidence)),
  ];
}

describe('built-in case pakistan-ttp', () => {
  it('validates: schemas, unique ids, every reference resolves', () => {
    expect(problemsOf(pakistanTtp)).toEqual([]);
  });

  it('holds at least what the foundation asks for', () => {
    expect(pakistanTtp.actors.length).toBeGreaterThanOrEqual(30);
    expect(pakistanTtp.events.length).toBeGreaterThanOrEqual(60);
    expect(pakistanTtp.relations.length).toBeGreaterThanOrEqual(25);
    expect(pakistanTtp.agreements.length).toBeGreaterThanOrEqual(6);
    expect(pakistanTtp.negotiations.length).toBeGreaterThanOrEqual(1);
    const recent = pakistanTtp.events.filter((e) => e.date >= '2021-01-01' && e.date <= '2023-06-30');
    expect(recent.length * 2).toBeGreaterThan(pakistanTtp.events.length);
  });

  it('names the persons the seed article names', () => {
    const ids = new Set(pakistanTtp.actors.map((a) => a.id));
    for (const id of [
      'qin-gang',
      'bilawal-bhutto-zardari',
      'amir-khan-muttaqi',
      'ayman-al-zawahiri',
      'noor-wali-mehsud',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('grades every source and says why', () => {
    for (const source of pakistanTtp.sources) {
      expect(source.reliability, source.id).not.toBeNull();
      expect(source.credibility, source.id).not.toBeNull();
      expect(source.gradingNote?.length ?? 0, source.id).toBeGreaterThan(10);
    }
  });

  it('links the seed to the four sources it cites and to its editions', () => {
    const cited = pakistanTtp.citations.filter((c) => c.fromSourceId === SEED_ID);
    expect(cited.map((c) => c.marker).sort()).toEqual(['[1]', '[2]', '[3]', '[4]']);
    const editions = pakistanTtp.sources.filter((s) => s.editionOf === SEED_ID).map((s) => s.language);
    expect(editions.sort()).toEqual(['ru', 'tr']);
  });

  it('keeps contested claims as claims of their author', () => {
    const disputed = pakistanTtp.relations.filter((r) => r.stance === 'disputed');
    expect(disputed.length).toBeGreaterThan(0);
    for (const relation of disputed) expect(relation.claimedBy, relation.id).not.toBeNull();
  });

  it.skipIf(!existsSync(seedPath))(
    'points seed evidence at real spans of the article (needs ../shared/seed)',
    () => {
      const text = readFileSync(seedPath, 'utf8');
      const fromSeed = allEvidence().filter((e) => e.sourceId === SEED_ID);
      expect(fromSeed.length).toBeGreaterThan(0);
      for (const evidence of fromSeed) {
        if (evidence.start === undefined || evidence.end === undefined) continue;
        expect(evidence.end).toBeLessThanOrEqual(text.length);
        if (evidence.quote !== undefined) {
          expect(text.slice(evidence.start, evidence.end)).toContain(evidence.quote);
        }
      }
    },
  );

  it.skipIf(!existsSync(seedPath))('copies no passage of the seed article (needs ../shared/seed)', () => {
    const text = readFileSync(seedPath, 'utf8');
    const caseText = JSON.stringify(pakistanTtp);
    const passages = text
      .split(/(?<=[.!?])\s+|\n+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 50);
    const copied = passages.filter((sentence) => caseText.includes(sentence.slice(10, 50)));
    expect(copied).toEqual([]);
  });

  it.skipIf(!existsSync(ucdpActorsPath))(
    'uses UCDP actor ids that exist in the UCDP actor list (needs ../shared/data)',
    () => {
      const csv = readFileSync(ucdpActorsPath, 'utf8');
      const header = csv.slice(0, csv.indexOf('\n')).split(',');
      const idColumn = header.findIndex((h) => h.replace(/"/g, '').trim().toLowerCase() === 'actorid');
      expect(idColumn).toBeGreaterThanOrEqual(0);
      const ids = new Set(
        csv
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[idColumn]?.replace(/"/g, '').trim()),
      );
      for (const actor of pakistanTtp.actors) {
        const ucdp = actor.externalIds.ucdp;
        if (ucdp !== undefined) expect(ids.has(ucdp), `${actor.id} ucdp ${ucdp}`).toBe(true);
      }
    },
  );
});

describe('built-in scenarios of pakistan-ttp', () => {
  it('name only actors and sources the case ships', async () => {
    const { readFileSync: read, readdirSync } = await import('node:fs');
    const { parseScenario } = await import('../../bargain/scenario/load.ts');
    const dir = new URL('./scenarios/', import.meta.url);
    const actorIds = new Set(pakistanTtp.actors.map((a) => a.id));
    const sourceIds = new Set(pakistanTtp.sources.map((s) => s.id));
    const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const scenario = parseScenario(read(new URL(name, dir), 'utf8'), name);
      for (const actor of scenario.actors) {
        expect(actorIds.has(actor.id), `${name}: actor ${actor.id}`).toBe(true);
        for (const source of actor.evidence)
          expect(sourceIds.has(source), `${name}: source ${source}`).toBe(true);
      }
    }
  });
});
