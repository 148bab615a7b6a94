/**
 * Where the target hides when the object is not an actor, and where a name's country comes
 * from when the name carries none, on sentences written for these tests: a complaint's
 * grievance before its addressee; the agent of a thing said or done in the object ("rejected
 * calls by Y"); the party a threat's condition names ("… unless Y …"); a title phrase set
 * between commas beside a name; "Queen X of Y"; a titled name in a sentence naming one country
 * only; a nationality word over a registry body of
 * another country; a noun after a verb and a modifier ("rejected renewed calls"); the purpose
 * of a protest ("in protest against X") giving the protest its target.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import { appositionCountry } from '../../src/coder/home-country.ts';
import { recogniseMentions } from '../../src/coder/mentions.ts';
import { nameIndexOf } from '../../src/coder/name-index.ts';
import { tokenise } from '../../src/coder/tokenise.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string) => codeText(text, { registry, docId: 't' });
const countries = (list: CodedEvent['sourceActors']) => list.map((a) => a.country);
const triple = (event: CodedEvent | undefined) =>
  event === undefined
    ? undefined
    : [event.type, countries(event.sourceActors), countries(event.targetActors)];

describe('targets beyond the object', () => {
  it('takes the grievance of a complaint over the body it is addressed to', () => {
    expect(triple(code('Ghana complained to the African Union about Togolese border raids.')[0])).toEqual([
      'ACCUSE',
      ['GHA'],
      ['TGO'],
    ]);
    expect(triple(code('Ghana complained to the African Union on Friday.')[0])).toEqual([
      'ACCUSE',
      ['GHA'],
      ['IGO'],
    ]);
  });
  it('takes the agent of a demand or call in the object', () => {
    expect(triple(code('Peru rejected fresh demands by Chilean fishermen for compensation.')[0])).toEqual([
      'REJECT',
      ['PER'],
      ['CHL'],
    ]);
    expect(triple(code('Chile rejected renewed calls by Peru for a new border survey.')[0])).toEqual([
      'REJECT',
      ['CHL'],
      ['PER'],
    ]);
  });
  it('keeps an actor named in the object over the agent after it', () => {
    expect(triple(code('Kenya rejected the Ugandan offer by Tanzanian mediators.')[0])).toEqual([
      'REJECT',
      ['KEN'],
      ['UGA'],
    ]);
  });
  it('makes the subject of "unless" or "if" the target of a threat that names none', () => {
    const [threat] = code(
      'Farmers in Ghana threatened to block the roads unless the government cut fuel prices.',
    );
    expect(threat?.type).toBe('THREATEN');
    expect(threat?.targetActors.map((a) => [a.text, a.country])).toEqual([['government', 'GHA']]);
    const [named] = code('Chile threatened Peru with sanctions if Bolivia joined the pact.');
    expect(countries(named?.targetActors ?? [])).toEqual(['PER']);
  });
  it('reads a verb form after a verb and a modifier as the head noun of the object', () => {
    const [rejection] = code('Kenya rejected recent offers by Uganda.');
    expect(rejection?.type).toBe('REJECT');
    expect(code('Kenya rejected recent offers by Uganda.')).toHaveLength(1);
  });
});

describe('orders', () => {
  it('makes the one who orders an act its source, and "by" after the act no target', () => {
    expect(triple(code('The Chilean president ordered the arrest of Peruvian fishermen.')[0])).toEqual([
      'COERCE',
      ['CHL'],
      ['PER'],
    ]);
    const [patrols] = code('The Bolivian government ordered patrols by police along the border.');
    expect(patrols?.type).toBe('MOBILIZE');
    expect(countries(patrols?.sourceActors ?? [])).toEqual(['BOL']);
    expect(patrols?.targetActors.map((a) => a.text)).not.toContain('police');
  });
});

describe('a protest and its purpose', () => {
  it('takes the target of "in protest against …" into the protest act, with no second event', () => {
    const events = code('Teachers held a rally in protest against wage cuts by the Chilean government.');
    expect(events.map(triple)).toEqual([['PROTEST', [null], ['CHL']]]);
    expect(events[0]?.sourceActors[0]?.text).toBe('Teachers');
  });
  it('keeps a noun event of another type as its own event', () => {
    const events = code('Teachers held a rally after an attack on Chilean doctors.');
    expect(events.map((e) => e.type)).toEqual(['PROTEST', 'ASSAULT']);
  });
  it('does not join the subject of a reporting clause after a comma to the phrase before it', () => {
    const events = code('Teachers held a rally in protest against the new tax, Peruvian police said.');
    expect(events.flatMap((e) => countries(e.targetActors))).not.toContain('PER');
  });
  it('reads a hyphenated number and word as one noun group ("a 3-day strike")', () => {
    const [strike] = code('Kenyan nurses staged a 3-day hunger strike.');
    expect(strike?.type).toBe('PROTEST');
    expect(countries(strike?.sourceActors ?? [])).toEqual(['KEN']);
  });
});

describe('countries of names that carry none', () => {
  const index = nameIndexOf(registry);
  const mentionsOf = (text: string) => {
    const tokens = tokenise(text);
    return { tokens, mentions: recogniseMentions(tokens, index, text, 0) };
  };
  it('takes the country of a title phrase set between commas beside the name', () => {
    const { tokens, mentions } = mentionsOf('Maria Lopes, the Angolan health minister, visited Lisbon.');
    const name = mentions.actors.find((m) => m.text === 'Maria Lopes');
    expect(name && appositionCountry(name, tokens, mentions)).toBe('AGO');
    const [visit] = code('Maria Lopes, the Angolan health minister, criticised Portugal.');
    expect(triple(visit)).toEqual(['ACCUSE', ['AGO'], ['PRT']]);
  });
  it('takes nothing from a list of countries after a name', () => {
    const { tokens, mentions } = mentionsOf('Rebels attacked Pedro Alves, Chile and Peru.');
    const name = mentions.actors.find((m) => m.text === 'Pedro Alves');
    expect(name && appositionCountry(name, tokens, mentions)).toBeNull();
  });
  it('gives a titled name followed by "of" and a country that country', () => {
    const [visit] = code('Queen Alia of Jordan criticised Egypt.');
    expect(visit?.sourceActors[0]).toMatchObject({ text: 'Queen Alia of Jordan', country: 'JOR' });
  });
  it('gives a titled name followed by "of" and a town the town\'s country', () => {
    const [criticism] = code('Mayor Jane Ross of Calgary criticised the plan.');
    expect(criticism?.sourceActors[0]).toMatchObject({ text: 'Mayor Jane Ross of Calgary', country: 'CAN' });
  });
  it('gives a titled name with no place the one country the sentence names, and only one', () => {
    const [renege] = code('President Ana Vidal broke her promise to the Bolivian unions.');
    expect(renege?.sourceActors[0]).toMatchObject({ text: 'President Ana Vidal', country: 'BOL' });
    const [criticism] = code('President Ana Vidal criticised Bolivian and Chilean officials.');
    expect(criticism?.sourceActors[0]?.country).toBeNull();
    const [bare] = code('The president criticised Bolivian officials.');
    expect(bare?.sourceActors[0]?.country).toBeNull();
  });
  it('does not give a titled name the country it acts on', () => {
    const [criticism] = code('President Tom Harlan sharply criticised Russia.');
    expect(criticism?.sourceActors[0]).toMatchObject({ text: 'President Tom Harlan', country: null });
    expect(countries(criticism?.targetActors ?? [])).toEqual(['RUS']);
    const [threat] = code('President Tom Harlan of the Peruvian government threatened the rebels.');
    expect(threat?.sourceActors[0]?.country).toBe('PER');
  });
  it('lets a nationality word overrule a registry body of another country', () => {
    const [raid] = code('Nigerian security forces raided a village.');
    expect(countries(raid?.sourceActors ?? [])).toEqual(['NGA']);
    expect(raid?.sourceActors[0]?.actor).toBeNull();
    const [home] = code('Pakistani security forces raided a village.');
    expect(countries(home?.sourceActors ?? [])).toEqual(['PAK']);
  });
});

describe('clause details', () => {
  it('keeps an acronym joined by a slash whole ("SPLM/A")', () => {
    expect(tokenise('The SPLM/A agreed.').map((t) => t.text)).toEqual(['The', 'SPLM/A', 'agreed', '.']);
    expect(tokenise('a 3/4 majority').map((t) => t.text)).toEqual(['a', '3/4', 'majority']);
  });
  it('does not join a name inside an opening phrase to the subjects after its comma', () => {
    const events = code(
      'After the talks on the Accord of Lima, the Chilean government and the FPMR agreed to meet.',
    );
    const sources = new Set(events.flatMap((e) => e.sourceActors.map((a) => a.text)));
    expect(sources.has('Accord of Lima')).toBe(false);
    expect(sources.has('Chilean government')).toBe(true);
  });
  it('reads a bare verb form after a nationality adjective as a noun ("Chilean aid groups")', () => {
    const events = code('Chilean aid groups donated food to Peru.');
    expect(events.flatMap((e) => e.targetActors.map((a) => a.text))).not.toContain('groups');
    const donation = events.find((e) => e.cameo === '071');
    expect(donation && triple(donation)).toEqual(['AID', ['CHL'], ['PER']]);
  });
});
