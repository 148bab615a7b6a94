/**
 * Roles inside noun phrases and participles, on sentences written for these tests (built with
 * the structures of real analysis prose, none of its words): "to" before a participle is no
 * infinitive; "both … and …" opens its own list; "the parties" are the sides of a dispute, not
 * political parties; a call for an act between A and B asks A and B, and the act is not done;
 * those "of" a meeting meet and the one "of" a mediation mediates; a participle right after a
 * noun with "by" or "between" is passive and said of that noun; "be" with a predicate noun takes
 * no event from a phrase of that noun; the subject of "came under attack" suffers it.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string) => codeText(text, { registry, docId: 't' });
const countries = (list: CodedEvent['sourceActors']) => list.map((a) => a.country);
const ofType = (events: CodedEvent[], type: string) => events.filter((e) => e.type === type);

describe('phrases and participles', () => {
  it('reads a participle after "to" as a modifier, not an infinitive', () => {
    const events = code('Militants in Mali returned to armed raids.');
    expect(ofType(events, 'AID')).toHaveLength(0);
  });
  it('does not join a list opened by "both" to the phrase before its comma', () => {
    const [withdrawal] = ofType(
      code(
        'After the Ugandan withdrawal from Congo, both the Hema militias and the Lendu rebels raided Bunia.',
      ),
      'RETREAT',
    );
    expect(countries(withdrawal?.targetActors ?? [])).toEqual(['COD']);
  });
  it('reads "the parties" as no actor unless a place says whose they are', () => {
    const [deal] = code('The parties agreed on a new truce.');
    expect(deal?.sourceActors).toEqual([]);
    const [talks] = code('The warring parties in Sudan met in Geneva.');
    expect(countries(talks?.sourceActors ?? [])).toEqual(['SDN']);
  });
  it('makes the parties of an act called for the ones asked, and the act hypothetical', () => {
    const events = code('The Omani call for a truce between Yemen and the Houthis was welcomed.');
    const [call] = ofType(events, 'REQUEST');
    expect(countries(call?.sourceActors ?? [])).toEqual(['OMN']);
    expect(call?.targetActors.map((a) => a.text)).toEqual(['Yemen', 'Houthis']);
    expect(ofType(events, 'RETREAT').every((e) => e.hypothetical)).toBe(true);
  });
  it('takes those "of" a meeting as the ones who meet, and the one "of" a mediation as mediator', () => {
    const meeting = ofType(code('The meeting of the Kenyan and Ugandan envoys in Arusha ended.'), 'CONSULT');
    expect(meeting.map((e) => [countries(e.sourceActors), countries(e.targetActors)])).toEqual([
      [['KEN'], ['UGA']],
      [['UGA'], ['KEN']],
    ]);
    const [mediation] = ofType(
      code('The statement heralds a truce under the mediation of Qatar.'),
      'CONSULT',
    );
    expect(countries(mediation?.sourceActors ?? [])).toEqual(['QAT']);
  });
  it('reads a participle after a noun with "by" or "between" as passive, said of that noun', () => {
    const [mediated] = ofType(code('Talks mediated by Qatar resumed.'), 'CONSULT');
    expect(countries(mediated?.sourceActors ?? [])).toEqual(['QAT']);
    const signed = code('Kenya quit the accord signed between Chad and Niger.').filter(
      (e) => e.cameo === '057' && e.sourceActors.some((a) => a.country !== 'KEN'),
    );
    expect(signed.map((e) => [countries(e.sourceActors), countries(e.targetActors)])).toEqual([
      [['TCD'], ['NER']],
      [['NER'], ['TCD']],
    ]);
  });
  it('knows "drew" as a verb, so a noun before it takes no role from its object', () => {
    const events = code('The Kenyan use of Somali airspace in that operation drew the anger of the rebels.');
    expect(events.flatMap((e) => e.targetActors.map((a) => a.text))).not.toContain('rebels');
  });
  it('makes the subject of "came under attack" the target and "from" the source', () => {
    const [attack] = ofType(
      code('Malian troops came under attack from Tuareg rebels near Kidal.'),
      'ASSAULT',
    );
    expect(countries(attack?.targetActors ?? [])).toEqual(['MLI']);
    expect(attack?.sourceActors.map((a) => a.text)).toEqual(['Tuareg rebels']);
  });
  it('takes no event from a phrase of a predicate noun after "be"', () => {
    expect(ofType(code('Qatar was the mediator in the truce process.'), 'RETREAT')).toHaveLength(0);
  });
});
