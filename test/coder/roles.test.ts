/**
 * Role assignment rules of the coder, on sentences written for these tests: domestic actors
 * take their country from an attached place, from where the sentence happens, or from the
 * document; a destination is not a home; an event with no named target has its place as
 * target; coordinated subjects act on each other even when a topic follows a preposition; a
 * sector word modifying a noun is no actor; "demanded that Y …" is a demand on Y; the counted
 * group of a partitive is the subject; plural sector words; ethnic groups by residence; bare
 * forms after a singular sector word are nouns. Also the pure helpers of home-country.ts.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import {
  assignHomeCountries,
  attachedCountry,
  documentCountry,
  sentenceCountry,
} from '../../src/coder/home-country.ts';
import { analyseClauses, type Span } from '../../src/coder/clause.ts';
import { lexiconFor } from '../../src/coder/lexicon/index.ts';
import { recogniseMentions } from '../../src/coder/mentions.ts';
import { nameIndexOf } from '../../src/coder/name-index.ts';
import { tokenise } from '../../src/coder/tokenise.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string) => codeText(text, { registry, docId: 't' });
const countries = (list: CodedEvent['sourceActors']) => list.map((a) => a.country);

describe('home countries of domestic actors', () => {
  const index = nameIndexOf(registry);
  const read = (text: string) => {
    const tokens = tokenise(text);
    return { tokens, mentions: recogniseMentions(tokens, index, text, 0) };
  };
  it('takes a place attached by a preposition first', () => {
    const { tokens, mentions } = read('Students in Chad marched while police in Niger watched.');
    const [students, police] = mentions.actors;
    expect(students && attachedCountry(students, tokens, mentions)).toBe('TCD');
    expect(police && attachedCountry(police, tokens, mentions)).toBe('NER');
  });
  it('then the place where the sentence happens, skipping a destination of arrival', () => {
    expect(
      sentenceCountry(
        read('Riot police fired tear gas at a rally in Kenya.').mentions,
        read('Riot police fired tear gas at a rally in Kenya.').tokens,
      ),
    ).toBe('KEN');
    const arrival = read('The president arrived in Nairobi.');
    expect(sentenceCountry(arrival.mentions, arrival.tokens)).toBeNull();
  });
  it('then the document country, the most frequent place so far', () => {
    expect(
      documentCountry(
        new Map([
          ['MLI', 1],
          ['NER', 3],
          ['TCD', 2],
        ]),
      ),
    ).toBe('NER');
    expect(documentCountry(new Map())).toBeNull();
    const { tokens, mentions } = read('Rebels attacked an army post.');
    const how = assignHomeCountries(mentions, tokens, 'MLI');
    expect(mentions.actors[0]?.country).toBe('MLI');
    expect(how.get(0)).toBe('document');
  });
  it('leaves actors with a nationality word alone', () => {
    const { tokens, mentions } = read('Chilean troops patrolled a town in Peru.');
    assignHomeCountries(mentions, tokens, null);
    expect(mentions.actors[0]?.country).toBe('CHL');
  });
});

describe('noun compounds after a sector word', () => {
  const index = nameIndexOf(registry);
  const tagsOf = (text: string): string[] => {
    const tokens = tokenise(text);
    const mentions = recogniseMentions(tokens, index, text, 0);
    const spans: Span[] = mentions.actors.map((m, ref) => ({
      start: m.start,
      end: m.end,
      kind: 'actor',
      ref,
    }));
    const { tags } = analyseClauses(tokens, spans, lexiconFor('en').knownVerbs);
    return tokens.map((t, i) => `${t.text}/${tags[i] ?? ''}`);
  };
  it('reads a bare form after a singular sector word as a noun', () => {
    expect(tagsOf('Chile lodged an official protest with Peru.')).toContain('protest/NOUN');
    expect(tagsOf('Chile will continue military aid to Peru.')).toContain('aid/NOUN');
  });
  it('keeps the bare verb of a subjunctive clause a verb', () => {
    expect(tagsOf('Chile demanded that the president resign.')).toContain('resign/VERB');
  });
  it('keeps inflected and plural-subject verbs as verbs', () => {
    expect(tagsOf('The army attacks the rebels.')).toContain('attacks/VERB');
    expect(tagsOf('The police arrest the rebels.')).toContain('arrest/VERB');
    expect(tagsOf('The official protested.')).toContain('protested/VERB');
  });
});

describe('roles in coded events', () => {
  it('gives unnamed domestic actors the country of their place', () => {
    const [protest] = code('Students in Chad protested against the new tax.');
    expect(protest?.type).toBe('PROTEST');
    expect(countries(protest?.sourceActors ?? [])).toEqual(['TCD']);
    const [detention] = code('The army detained dozens of students at a campus in Ghana.');
    expect(countries(detention?.sourceActors ?? [])).toEqual(['GHA']);
    expect(countries(detention?.targetActors ?? [])).toEqual(['GHA']);
  });
  it('carries the document country to a later sentence without a place', () => {
    const events = code('Fighting broke out in Mali on Monday. Rebels later attacked an army post.');
    const attack = events.find((e) => e.sentence === 1);
    expect(countries(attack?.sourceActors ?? [])).toEqual(['MLI']);
  });
  it('does not make a visitor a citizen of the place visited, which is the target', () => {
    const [visit] = code('President Okoro arrived in Nairobi on Tuesday.');
    expect(visit?.sourceActors[0]?.country).toBeNull();
    expect(visit?.targetActors).toEqual([expect.objectContaining({ text: 'Nairobi', country: 'KEN' })]);
  });
  it('uses the place as target when no target is named', () => {
    const [curfew] = code('Chilean troops imposed a curfew in Peru.');
    expect(curfew?.type).toBe('COERCE');
    expect(countries(curfew?.sourceActors ?? [])).toEqual(['CHL']);
    expect(countries(curfew?.targetActors ?? [])).toEqual(['PER']);
    expect(curfew?.location?.country).toBe('PER');
  });
  it('names the state actor of the place target when the registry has it', () => {
    const [curfew] = code('Chinese troops imposed a curfew in Pakistan.');
    expect(curfew?.targetActors).toEqual([
      { text: 'Pakistan', actor: 'pakistan', country: 'PAK', sector: null },
    ]);
  });
  it("takes the place as target only from the event's own clause", () => {
    const [protest] = code('Chile protested because riots broke out in Peru.');
    expect(protest?.type).toBe('PROTEST');
    expect(protest?.targetActors).toEqual([]);
  });
  it('gives a title after a possessive pronoun the country of its owner', () => {
    const [recall] = code('Chile recalled its envoy after riots broke out in Peru.');
    expect(recall?.targetActors[0]).toMatchObject({ text: 'envoy', country: 'CHL' });
  });
  it('keeps a named target rather than the place', () => {
    const [attack] = code('Chilean troops attacked Bolivian border guards in Peru.');
    expect(countries(attack?.targetActors ?? [])).toEqual(['BOL']);
  });
  it('makes coordinated subjects act on each other past a topic preposition', () => {
    const agreed = code('Kenya and Uganda agreed to share data on cattle raids.').filter(
      (e) => e.type === 'AGREE',
    );
    expect(agreed.map((e) => [e.sourceActors[0]?.country, e.targetActors[0]?.country])).toEqual([
      ['KEN', 'UGA'],
      ['UGA', 'KEN'],
    ]);
  });
  it('does not read a sector word modifying a noun as an actor', () => {
    const agreed = code('Chile and Peru have agreed to stage joint military drills next month.').filter(
      (e) => e.type === 'AGREE',
    );
    expect(agreed).toHaveLength(2);
    expect(agreed.flatMap((e) => e.targetActors.map((a) => a.text)).sort()).toEqual(['Chile', 'Peru']);
  });
  it('does not read a sector word inside a multiword trigger as an actor', () => {
    const events = code('Chile promised to continue military aid to Peru.');
    expect(events[0]?.type).toBe('AGREE');
    const named = events.flatMap((e) => [...e.sourceActors, ...e.targetActors].map((a) => a.text));
    expect(named).not.toContain('military');
  });
  it('reads a capitalised modifier opening the sentence as part of the actor', () => {
    const [event] = code('Angry Chilean farmers blocked the main road to Peru.');
    expect(event?.sourceActors[0]).toMatchObject({ text: 'Angry Chilean farmers', country: 'CHL' });
  });
  it('takes the counted group as subject of a partitive ("thousands of farmers")', () => {
    const [protest] = code('Thousands of farmers in Peru protested against the new tax.');
    expect(protest?.sourceActors).toEqual([expect.objectContaining({ text: 'farmers', country: 'PER' })]);
    const [attack] = code('A group of refugees in Chad attacked a border post.');
    expect(attack?.sourceActors[0]).toMatchObject({ text: 'refugees', country: 'TCD', sector: 'REF' });
  });
  it('gives a plural sector word its singular sector', () => {
    const [demand] = code('Opposition parties in Kenya demanded that the president resign.');
    expect(demand?.sourceActors[0]).toMatchObject({
      text: 'Opposition parties',
      country: 'KEN',
      sector: 'OPP',
    });
    expect(demand?.targetActors[0]).toMatchObject({ text: 'president', country: 'KEN' });
  });
  it('codes an ethnic group by the country the sentence places it in, else by its demonym', () => {
    const [detention] = code('Chilean troops detained ethnic Bolivians in Peru.');
    expect(countries(detention?.targetActors ?? [])).toEqual(['PER']);
    const [protest] = code('Ethnic Bolivians protested against the new tax.');
    expect(countries(protest?.sourceActors ?? [])).toEqual(['BOL']);
  });
  it('reads "X declared that Y must …" as a demand on Y, even when the act is not in the lexicon', () => {
    const events = code('Chile declared that Peru must pay for the bridge.');
    expect(
      events.map((e) => [e.type, e.cameo, countries(e.sourceActors), countries(e.targetActors)]),
    ).toEqual([['REQUEST', '100', ['CHL'], ['PER']]]);
    expect(code('Chile declared a curfew in the north.')[0]?.type).toBe('COERCE');
  });
  it('reads "X demanded that Y …" as a demand on Y', () => {
    const [demand] = code('Kenya demanded that Uganda withdraw its troops from the border.');
    expect(demand?.type).toBe('REQUEST');
    expect(countries(demand?.sourceActors ?? [])).toEqual(['KEN']);
    expect(countries(demand?.targetActors ?? [])).toEqual(['UGA']);
  });
});
