/**
 * Document context and noun groups in the coder, on our own sentences: a repeated bare title
 * ("the minister") is the last identified holder of that title; a title with a country word
 * ("Turkish Foreign Minister", "Algerian President X") carries that country; a noun opened by a
 * preposition ("agree to new talks") is not read as a verb, so a negated verb's complement is
 * not coded as a separate event that happened.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string) => codeText(text, { registry });

describe('repeated titles and countries of titled leaders', () => {
  it('a title with a country word is one actor of that country', () => {
    const [event] = code('The Turkish Foreign Minister arrived in Cairo on Monday.');
    expect(event?.sourceActors).toEqual([
      expect.objectContaining({ text: 'Turkish Foreign Minister', country: 'TUR', sector: 'GOV' }),
    ]);
    const [visit] = code('Algerian President Karim Benali met the French envoy in Algiers.');
    expect(visit?.sourceActors[0]).toMatchObject({ country: 'DZA', sector: 'GOV' });
    expect(visit?.targetActors[0]).toMatchObject({ country: 'FRA' });
  });

  it('"the minister" later in the document is the minister named before', () => {
    const events = code(
      'Pakistani Foreign Minister Bilawal Bhutto Zardari arrived in Kabul. The foreign minister met the Taliban.',
    );
    const meeting = events.find((e) => e.sentence === 1);
    expect(meeting?.sourceActors[0]).toMatchObject({ actor: 'bilawal-bhutto-zardari', country: 'PAK' });
    const turkish = code(
      'The Turkish Foreign Minister arrived in Cairo. The minister met the Egyptian president.',
    );
    expect(turkish.find((e) => e.sentence === 1)?.sourceActors[0]).toMatchObject({ country: 'TUR' });
  });

  it('a bare title with nothing before it to refer to stays unknown', () => {
    const [event] = code('The minister met the Egyptian president.');
    expect(event?.sourceActors[0]).toMatchObject({ actor: null, country: null });
  });
});

describe('nouns after prepositions', () => {
  it('"did not agree to new talks with X" is one negated event, not a talk that happened', () => {
    const events = code('Pakistan did not agree to new talks with the TTP.');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.negated)).toBe(true);
    expect(events[0]?.type).toBe('AGREE');
  });

  it('the army attacks villages: a verb after a determiner-led subject is still a verb', () => {
    const events = code('The army attacks villages near the border every week.');
    expect(events.some((e) => e.type === 'ASSAULT')).toBe(true);
  });
});
