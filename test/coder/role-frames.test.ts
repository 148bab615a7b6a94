/**
 * Role rules of the coder beyond a clause's subject and object, on sentences written for these
 * tests: violence with a victim and no perpetrator is coded from its place; an attempt is the
 * act; a possible hostile act on a condition is a threat; a verb with no
 * target acts on its infinitive of purpose's target; a passive's subject controls its
 * infinitive; an announced act with an "unless" condition is a threat; an object moved after
 * an "as" phrase; "between A and B" and "among" name targets; "according to X" is never a target; the
 * subject's own forces are not the target of their withdrawal; a trigger word inside an actor's
 * name ("border patrol agents") is no event; a telephone call is coded both ways; an infinitive
 * of purpose after a verb of action is its subject's act; "despite pressure by X" names the
 * target; a cancelled visit is a sanction; troops given are not the target.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string) => codeText(text, { registry, docId: 't' });
const countries = (list: CodedEvent['sourceActors']) => list.map((a) => a.country);
const dyad = (event: CodedEvent | undefined) => [
  countries(event?.sourceActors ?? []),
  countries(event?.targetActors ?? []),
];
const factual = (events: CodedEvent[], type: string) =>
  events.find((e) => e.type === type && !e.hypothetical && !e.negated);

describe('violence with no perpetrator', () => {
  it('takes the place where it happened as source', () => {
    const [attack] = code('Kenyan policemen were killed by a landmine near the town of Mandera.');
    expect(attack?.type).toBe('ASSAULT');
    expect(dyad(attack)).toEqual([['KEN'], ['KEN']]);
  });
  it('takes a settlement named by its nationality when the place is not known', () => {
    const [attack] = code(
      'Three Somali soldiers were killed by a roadside bomb outside the Kenyan town of Qoxleeta.',
    );
    expect(countries(attack?.sourceActors ?? [])).toEqual(['KEN']);
  });
  it('keeps a named perpetrator, and codes no source for an event with no victim', () => {
    const [named] = code('Ugandan troops killed two Kenyan policemen near the town of Mandera.');
    expect(countries(named?.sourceActors ?? [])).toEqual(['UGA']);
    const [blast] = code('A landmine exploded near the town of Mandera.');
    expect(blast?.sourceActors).toEqual([]);
  });
});

describe('infinitives and their controllers', () => {
  it('gives a verb with no target the target of its infinitive of purpose', () => {
    const events = code('Ghana is prepared to send doctors to help Liberia, officials said.');
    expect(dyad(factual(events, 'AGREE'))).toEqual([['GHA'], ['LBR']]);
  });
  it("gives a passive's subject to the infinitive it controls", () => {
    const events = code('Ghana was asked to send doctors to Liberia.');
    const send = events.find((e) => e.type === 'AID');
    expect(countries(send?.sourceActors ?? [])).toEqual(['GHA']);
  });
});

describe('attempts and conditional acts', () => {
  it('codes an attempted act as the act, not as an intention', () => {
    const events = code('North Korea attempted to hack into the servers of Japanese banks.');
    expect(events.map((e) => [e.type, e.hypothetical])).toEqual([['COERCE', false]]);
    expect(code('Sudan failed to disarm the militias.')[0]?.hypothetical).toBe(true);
  });
  it('codes a possible hostile act on an "if" condition as a threat, not a cooperative one', () => {
    const threat = factual(code('Kenya may suspend its aid to Somalia if the attacks continue.'), 'THREATEN');
    expect(dyad(threat)).toEqual([['KEN'], ['SOM']]);
    expect(code('Kenya may increase its aid to Somalia if the rains fail.').map((e) => e.type)).not.toContain(
      'THREATEN',
    );
  });
});

describe('conditions and shifted objects', () => {
  it('codes an announced act with an "unless" condition as a threat', () => {
    const threat = factual(
      code('Chad will withdraw its troops from Niger unless Niamey releases the traders.'),
      'THREATEN',
    );
    expect(dyad(threat)).toEqual([['TCD'], ['NER']]);
    expect(factual(code('Chad will withdraw its troops from Niger.'), 'THREATEN')).toBeUndefined();
  });
  it('takes the object moved after an "as" phrase', () => {
    const [condemn] = code("Egypt on Monday condemned as a provocation Israel's closure of the crossing.");
    expect(condemn?.type).toBe('ACCUSE');
    expect(dyad(condemn)).toEqual([['EGY'], ['ISR']]);
  });
});

describe('calls and purposes', () => {
  it('codes a telephone call both ways', () => {
    const calls = code('The Kenyan president telephoned his Ugandan counterpart on Sunday.').filter(
      (e) => e.type === 'CONSULT',
    );
    expect(calls.map(dyad)).toEqual([
      [['KEN'], ['UGA']],
      [['UGA'], ['KEN']],
    ]);
  });
  it('gives the purpose of a verb of action to its subject, but the request of "urged Y to" to Y', () => {
    const events = code('The Kenyan president telephoned his Ugandan counterpart to discuss the drought.');
    expect(countries(events.find((e) => e.cameo === '040')?.sourceActors ?? [])).toEqual(['KEN']);
    const urged = code('Ghana urged Chad to release the traders.');
    expect(countries(urged.find((e) => e.type === 'RETREAT')?.sourceActors ?? [])).toEqual(['TCD']);
  });
  it('does not take the place after "to" as the subject of a following infinitive', () => {
    const events = code('Kenya sent troops to Somalia to attack the militia camps.');
    expect(countries(events.find((e) => e.type === 'ASSAULT')?.sourceActors ?? [])).toEqual(['KEN']);
  });
});

describe('things given', () => {
  it('does not take troops given, with a country guessed from the place, as the target', () => {
    const events = code('Ghana will contribute up to 300 troops to a peacekeeping force in Liberia.');
    const pledge = factual(events, 'AGREE');
    expect(pledge?.targetActors.map((a) => a.text)).toEqual(['Liberia']);
  });
});

describe('cancelled visits', () => {
  it('codes a cancelled visit as a sanction, not a threat', () => {
    const [cancel] = code('Kenya cancelled a planned visit to Uganda.');
    expect(cancel?.type).toBe('SANCTION');
    expect(dyad(cancel)).toEqual([['KEN'], ['UGA']]);
  });
});

describe('trigger words inside names', () => {
  it("codes no event for a trigger word inside an actor's name, but keeps it as a trigger elsewhere", () => {
    expect(code('U.S. border patrol agents detained Somali traders.').map((e) => e.type)).toEqual(['COERCE']);
    expect(code('Kenya sent a border patrol to the frontier.').map((e) => e.type)).toEqual(['MOBILIZE']);
  });
});

describe('prepositional targets and reporting phrases', () => {
  it('takes both parties after "between" as targets', () => {
    const agree = factual(code('Oman offered to host talks between Iran and Saudi Arabia.'), 'AGREE');
    expect(dyad(agree)).toEqual([['OMN'], ['IRN', 'SAU']]);
  });
  it('takes the parties after "among" as targets', () => {
    const [mediation] = code('Qatar began mediation among the Somali factions.');
    expect(dyad(mediation)).toEqual([['QAT'], ['SOM']]);
  });
  it('gives the subject before a dated reporting clause set off by commas its event', () => {
    const events = code('Uganda, the minister said on Monday, will send troops to Somalia.');
    expect(dyad(factual(events, 'AGREE'))).toEqual([['UGA'], ['SOM']]);
  });
  it('takes the agent of a pressure or call named by "by" as the target of the act answering it', () => {
    const events = code('The minister declined to resign despite pressure by Kenyan opposition parties.');
    expect(countries(factual(events, 'REJECT')?.targetActors ?? [])).toEqual(['KEN']);
    expect(code('Chile won the vote by a wide margin.').flatMap((e) => e.targetActors)).toEqual([]);
  });
  it('never takes the source of an "according to" phrase as a target', () => {
    const [shelling] = code('Rebels attacked a convoy, according to Ugandan officials.');
    expect(shelling?.type).toBe('ASSAULT');
    expect(shelling?.sourceActors.map((a) => a.text)).toEqual(['Rebels']);
    expect(countries(shelling?.targetActors ?? [])).not.toContain('UGA');
  });
  it("takes the place an actor's own forces leave as the target, not the forces", () => {
    const [withdrawal] = code('Chad withdrew its troops from Niger.');
    expect(dyad(withdrawal)).toEqual([['TCD'], ['NER']]);
  });
});
