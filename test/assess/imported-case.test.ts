// A second case from imported data alone: the shared UCDP GED sample (Pakistan and Afghanistan)
// imported into a temporary store, a case holding one UCDP dyad (Government of Afghanistan vs
// the Taleban) and nothing curated, assessed with a mediator that has no relations on record.
// The indicators that need what a dataset cannot give are null with their reasons; the series
// from the sample are marked thin; nothing crashes. Skipped when the sample is absent.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessMediation } from '../../src/app/assess.ts';
import { importDataset } from '../../src/app/import.ts';
import { withStore } from '../../src/app/session.ts';
import type { Assessment } from '../../src/assess/assessment.ts';
import type { Store } from '../../src/store/store.ts';
import { datasetCase } from './dataset-case.ts';
import { noReferenceData } from './no-reference-data.ts';

const SAMPLE = new URL('../../../shared/data/ucdp/ucdp-ged-231-sample-PAK-AFG.csv', import.meta.url).pathname;
const CASE = 'ged-afghanistan-taleban';
const GOVERNMENT = 'afghan-republic-government';
const TALEBAN = 'afghan-taliban';

/** The dyad's dataset rows (and their dataset source) in a new case with an empty scope. */
const dyadCase = (store: Store) =>
  datasetCase(
    store,
    {
      id: CASE,
      title: 'Government of Afghanistan vs the Taleban (UCDP GED sample only)',
      question: 'Could a third party have mediated between the Afghan government and the Taleban?',
    },
    GOVERNMENT,
    TALEBAN,
  );

describe.skipIf(!existsSync(SAMPLE))('a case from the UCDP GED sample alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-assess-ged-'));
  const db = join(dir, 'jirga.sqlite');
  let linked = 0;
  let assessment: Assessment;
  let earlier: Assessment;

  beforeAll(async () => {
    linked = await withStore({ db }, async (store) => {
      const summary = await importDataset(store, { format: 'auto', file: SAMPLE });
      expect(summary.rejected).toBe(0);
      return dyadCase(store);
    });
    const result = await withStore({ db }, (store) =>
      assessMediation(store, {
        caseId: CASE,
        mediator: 'qatar',
        parties: [GOVERNMENT, TALEBAN],
        asOf: '2021-06-30',
        compareAsOf: '2015-06-30',
        referenceData: noReferenceData(dir),
      }),
    );
    assessment = result.assessment;
    earlier = result.comparison!.assessment;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const byId = (a: Assessment, id: string) => a.indicators.find((i) => i.id === id)!;

  it('the case holds only dataset events of the dyad', () => {
    expect(linked).toBeGreaterThan(50);
    expect(assessment.indicators.length).toBeGreaterThanOrEqual(14);
  });

  it('marks every indicator it cannot compute: value null with a reason, never a default', () => {
    for (const id of [
      'mediator-ties',
      'mediator-bias',
      'mediation-record',
      'failed-agreements',
      'agreement-strength',
      'bargaining-range',
      'rebel-strength',
    ]) {
      const indicator = byId(assessment, id);
      expect(indicator.value, id).toBeNull();
      expect(indicator.score, id).toBeNull();
      expect(indicator.coverage, id).toBe('none');
      expect(indicator.reason, id).toMatch(/\w{4,}/);
    }
    expect(byId(assessment, 'rebel-strength').reason).toMatch(/not who attacked whom/);
    const missing = assessment.caveats.find((c) => c.startsWith('No value:'))!;
    expect(missing).toContain('mediator-ties');
  });

  it('counts the fighting from the dataset series, marked thin because it is a sample', () => {
    const intensity = byId(assessment, 'intensity');
    expect(intensity.value).not.toBeNull();
    expect(intensity.detail!['series']).toBe('dataset');
    expect(intensity.coverage).toBe('thin');
    expect(intensity.rationale).toMatch(/sample or extract/);
    expect(assessment.caveats.some((c) => /sample or an extract/.test(c))).toBe(true);
    expect(byId(assessment, 'stalemate').rationale).toMatch(/unknown|does not say/);
  });

  it('gives no estimate where nothing carries one, no analogues, and compares two dates', () => {
    const { agreement, durability } = assessment.prospects;
    expect(agreement.p).toBeNull();
    expect(agreement.reason).toMatch(/no calibrated estimate/);
    expect(durability.basis).not.toContain('analogues');
    expect(assessment.prospects.analogues).toEqual([]);
    for (const i of [...assessment.indicators, ...earlier.indicators]) {
      if (i.score !== null) expect(Math.abs(i.score)).toBeLessThanOrEqual(1);
      expect(i.evidence.relations).toEqual([]);
    }
    expect(earlier.asOf).toBe('2015-06-30');
  });
});
