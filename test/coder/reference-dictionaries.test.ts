/**
 * The coder with reference actor dictionaries as a fallback after the registry, through the
 * API: the invented dictionaries in fixtures/reference-dictionaries, loaded as `jirga code
 * --actor-dictionaries` loads them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { loadActorDictionaries } from '../../src/app/actor-dictionaries.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/reference-dictionaries');
const registry = ActorRegistry.from(actors);

async function coded(text: string, dateRef: string | null, withDictionaries = true): Promise<CodedEvent[]> {
  const referenceDictionaries = withDictionaries ? await loadActorDictionaries(FIXTURES) : null;
  return codeText(text, { registry, referenceDictionaries, dateRef, explain: true });
}

const SENTENCE = 'President Marta Vellani accused the Northern Watch Brigades of attacking Tollmere.';

describe('reference dictionaries in the coder', () => {
  it('fill country and sector of names the registry does not know, with no registry id', async () => {
    const [accuse] = await coded(SENTENCE, '2007-05-01');
    expect(accuse?.type).toBe('ACCUSE');
    expect(accuse?.sourceActors).toEqual([
      { text: 'President Marta Vellani', actor: null, country: 'ITA', sector: 'GOV' },
    ]);
    expect(accuse?.targetActors).toEqual([
      { text: 'Northern Watch Brigades', actor: null, country: 'SDN', sector: 'REB' },
    ]);
  });

  it('leave those names without a country when not given', async () => {
    const [accuse] = await coded(SENTENCE, '2007-05-01', false);
    expect(accuse?.sourceActors[0]?.country).toBeNull();
    expect(accuse?.targetActors[0]?.country).toBeNull();
  });

  it('say in the explanation which file and entry a mention came from', async () => {
    const [accuse] = await coded(SENTENCE, '2007-05-01');
    expect(accuse?.explanation).toContain(
      '"President Marta Vellani": reference dictionary lakeland.actors.txt, entry MARTA_VELLANI_ [ITAGOV]',
    );
  });

  it('read the entry valid at the document date', async () => {
    const later = await coded(
      'Vellani accused the Northern Watch Brigades of attacking Tollmere.',
      '2013-01-01',
    );
    expect(later[0]?.sourceActors[0]).toMatchObject({ country: 'ITA', sector: 'OPP' });
  });

  it('never make a place of a country-only entry an actor', async () => {
    const assault = (await coded(SENTENCE, '2007-05-01')).find((e) => e.type === 'ASSAULT');
    expect(assault?.targetActors.map((a) => a.country)).not.toContain('GBR');
  });

  it('take the sector from a title inside the name when the entry gives none', async () => {
    // Undated: the most recent entry, DEUELI (an elite: no Jirga sector); "President" says GOV.
    const [event] = await coded('President Otto Brandis criticised the Northern Watch Brigades.', null);
    expect(event?.sourceActors[0]).toMatchObject({ country: 'DEU', sector: 'GOV' });
  });

  it("let the country the text names win over the entry's", async () => {
    const [event] = await coded('Otto Brandis of Austria criticised the Northern Watch Brigades.', null);
    expect(event?.sourceActors[0]).toMatchObject({ text: 'Otto Brandis of Austria', country: 'AUT' });
  });

  it('let a name whose code gives only a region take its country from its place, as unknown names do', async () => {
    const [attack] = await coded('The Vale Front in Chad attacked the army.', null);
    expect(attack?.sourceActors[0]).toMatchObject({ text: 'Vale Front', country: 'TCD', sector: 'REB' });
  });

  it('never override the registry', async () => {
    const [attack] = await coded('The TTP attacked lamplighters near the dam.', null);
    expect(attack?.sourceActors[0]).toMatchObject({ actor: 'ttp', country: 'PAK' });
    expect(attack?.targetActors[0]).toMatchObject({ text: 'lamplighters', actor: null, sector: 'CVL' });
  });
});
