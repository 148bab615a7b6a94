/**
 * The reader thread's wire format: packing row outcomes by column and unpacking them again
 * gives back exactly the outcomes, through the same copy a message between threads makes
 * (`structuredClone`), for events, held drafts, agreements, relations, rejections and skips.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowOutcomes, type RowOutcome } from '../../src/app/import-rows.ts';
import { emptyPack, packOutcome, unpackOutcomes } from '../../src/app/import-wire.ts';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { RegistryLinker } from '../../src/ingest/actor-linker.ts';
import { datasetFormat } from '../../src/ingest/datasets/index.ts';
import { DelimitedFileReader } from '../../src/ingest/reader.ts';
import {
  acdRow,
  GED_49,
  gedRow,
  INGEST_ACTORS,
  peaceAgreementRows,
  tempDir,
  UCDP_ACD_HEADER,
  UCDP_PEACE_HEADER,
  writeCsv,
} from './fixtures.ts';

async function outcomesOf(formatName: string, file: string): Promise<RowOutcome[]> {
  const format = datasetFormat(formatName);
  const reader = new DelimitedFileReader(file, {
    delimiter: format.layout.delimiter,
    quote: format.layout.quote,
  });
  const linker = new RegistryLinker(ActorRegistry.from(INGEST_ACTORS));
  const all: RowOutcome[] = [];
  for await (const outcome of rowOutcomes({ format: formatName, file }, format, linker, reader, () => {}))
    all.push(outcome);
  return all;
}

function roundTrip(outcomes: readonly RowOutcome[]): RowOutcome[] {
  const pack = emptyPack();
  for (const outcome of outcomes) packOutcome(pack, outcome);
  return unpackOutcomes(structuredClone(pack));
}

describe('the import wire', () => {
  it('gives back GED events, unresolved names, rejections and coverage exactly', async () => {
    const dir = tempDir();
    const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, [
      gedRow('1'),
      gedRow('2', { side_b: 'Unlinked group', side_b_new_id: '977' }),
      gedRow('3', { latitude: '91' }),
      gedRow('4', { country: 'Pakistan, Afghanistan' }),
    ]);
    const outcomes = await outcomesOf('ucdp-ged', file);
    expect(outcomes.map((o) => o.outcome)).toEqual(['pending', 'pending', 'rejected', 'pending']);
    const pending = outcomes.filter((o) => o.outcome === 'pending');
    expect(pending.some((o) => o.pending.unresolved.length > 0)).toBe(true);
    expect(roundTrip(outcomes)).toEqual(outcomes);
  });

  it('gives back agreements, held drafts and relations exactly', async () => {
    const dir = tempDir();
    const peace = writeCsv(
      join(dir, 'ucdp-peace-agreements-221.csv'),
      UCDP_PEACE_HEADER,
      peaceAgreementRows(),
    );
    const agreements = await outcomesOf('ucdp-peace', peace);
    const statuses = agreements.map((o) => (o.outcome === 'pending' ? o.pending.status : o.outcome));
    expect(statuses).toEqual(['stored', 'held']);
    expect(roundTrip(agreements)).toEqual(agreements);
    const acd = writeCsv(join(dir, 'acd.csv'), UCDP_ACD_HEADER, [acdRow('404', '2014')]);
    const relations = await outcomesOf('ucdp-acd', acd);
    expect(relations.some((o) => o.outcome === 'pending' && o.pending.entityKind === 'relation')).toBe(true);
    expect(roundTrip(relations)).toEqual(relations);
  });
});
