/**
 * Rules from the review of the coder on real text, each on sentences written for these tests:
 * a possessive pronoun names the doer of a nominal act; "eliminate" is violent only against
 * someone; a compound adjective before a non-actor noun is no actor; "the parties" / "both
 * sides" are the sides named before; a verb with no trigger does not take its object's event;
 * talks that end by themselves are no sanction.
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

describe('a possessive pronoun names the doer of a nominal act', () => {
  it('"its" before the act is the subject of the clause that holds it', () => {
    const [assault] = ofType(code('Kenya said its drone operations would go on.'), 'ASSAULT');
    expect(assault && countries(assault.sourceActors)).toEqual(['KEN']);
  });
  it('a statement of support about its own act leaves that act an event', () => {
    const events = code('Ethiopia defended its air strikes on the rebels.');
    expect(ofType(events, 'SUPPORT')).toHaveLength(1);
    const [strikes] = ofType(events, 'ASSAULT');
    expect(strikes && countries(strikes.sourceActors)).toEqual(['ETH']);
  });
  it('the statement is about the act’s target, and about no one gives no event', () => {
    const [support] = ofType(code('Ethiopia defended its air strikes on the rebels.'), 'SUPPORT');
    expect(support?.targetActors.map((a) => a.text)).toEqual(['rebels']);
    const [inPlace] = ofType(code('Chad defended its air strikes in Sudan.'), 'SUPPORT');
    expect(inPlace && countries(inPlace.targetActors)).toEqual(['SDN']);
    for (const text of [
      'Pakistan defended its air strikes.',
      'Ethiopia defended its air strikes on the border.',
    ]) {
      const events = code(text);
      expect(ofType(events, 'SUPPORT'), text).toEqual([]);
      expect(ofType(events, 'ASSAULT'), text).toHaveLength(1);
    }
  });
  it('"their" is a plural subject, not a lone state', () => {
    const [rebels] = ofType(code('The rebels said their raids would go on.'), 'ASSAULT');
    expect(rebels?.sourceActors.map((a) => a.text)).toEqual(['rebels']);
    const raids = ofType(code('Peru said their raids would go on.'), 'ASSAULT');
    expect(raids.flatMap((e) => countries(e.sourceActors))).not.toContain('PER');
  });
});

describe('"eliminate" needs a concrete target', () => {
  it('an abstract object codes no assault', () => {
    for (const text of [
      'The army will eliminate security risks along the road.',
      'Police eliminated threats to the election.',
      'Nigeria wants to remove obstacles to trade.',
      'Troops neutralised the danger.',
    ])
      expect(ofType(code(text), 'ASSAULT'), text).toEqual([]);
  });
  it('people, groups and places keep it violent', () => {
    expect(ofType(code('Soldiers eliminated the gunmen near Mosul.'), 'ASSAULT')).toHaveLength(1);
    expect(ofType(code('The army eliminated rebel hideouts in the hills.'), 'ASSAULT')).toHaveLength(1);
    expect(ofType(code('Four militants were eliminated in the raid.'), 'ASSAULT').length).toBeGreaterThan(0);
  });
});

describe('a hyphenated compound adjective', () => {
  it('before a noun that names no actor is no actor', () => {
    const events = code('Uganda and Kenya agreed on lake-centered cooperation and a Nile-focused plan.');
    const all = events.flatMap((e) => [...e.sourceActors, ...e.targetActors]).map((a) => a.text);
    expect(all.some((t) => t.includes('-'))).toBe(false);
    expect(ofType(events, 'AGREE').length).toBeGreaterThan(0);
  });
  it('before an actor noun, or an agentive one before an act, stays the actor', () => {
    const [militias] = ofType(code('Rwanda-backed militias attacked the town.'), 'ASSAULT');
    expect(militias && countries(militias.sourceActors)).toEqual(['RWA']);
    const [war] = ofType(code('Iran condemned the US-led war against Iraq.'), 'ACCUSE');
    expect(war?.targetActors.map((a) => a.country)).toContain('USA');
  });
});

describe('"the parties" and "both sides"', () => {
  it('are the two actors of the last sentence that named two acting on each other', () => {
    const events = code('Armenia accused Azerbaijan of shelling. Both sides agreed to talks in Geneva.');
    const agree = ofType(events, 'AGREE');
    expect(agree.map((e) => countries(e.sourceActors)[0]).sort()).toEqual(['ARM', 'AZE']);
    const later = code('Sudan and the RSF held talks in Jeddah. The parties agreed to a truce.');
    expect(ofType(later, 'AGREE').flatMap((e) => e.sourceActors.map((a) => a.text))).toContain('Sudan');
  });
  it('are the parties of an act done together earlier in the same sentence', () => {
    const events = code('The meeting of Chad, Niger and Mali ended and the parties agreed on a joint force.');
    const sources = new Set(ofType(events, 'AGREE').flatMap((e) => countries(e.sourceActors)));
    expect([...sources].sort()).toEqual(['MLI', 'NER', 'TCD']);
  });
  it('stay empty when nothing names them', () => {
    const [agree] = ofType(code('The parties agreed to a ceasefire.'), 'AGREE');
    expect(agree?.sourceActors).toEqual([]);
  });
});

describe('a verb with no trigger of its own', () => {
  it('does not take the event of its object noun', () => {
    const events = code('Chile reported the attack on the embassy.');
    const [attack] = ofType(events, 'ASSAULT');
    // The attack is the noun's own event: no one named does it, the reporter is not its doer.
    expect(attack?.sourceActors.map((a) => a.country) ?? []).not.toContain('CHL');
  });
  it('a light verb still carries it', () => {
    const [attack] = ofType(code('Rebels launched an attack on the base.'), 'ASSAULT');
    expect(attack?.sourceActors.map((a) => a.text)).toEqual(['Rebels']);
    const [talks] = ofType(code('Ghana attended the talks with Togo.'), 'CONSULT');
    expect(talks && countries(talks.sourceActors)).toEqual(['GHA']);
  });
});

describe('talks that end', () => {
  it('by themselves are no sanction', () => {
    for (const text of [
      'The negotiations ended without agreement.',
      'Talks between Chad and Niger ended on Monday.',
    ])
      expect(ofType(code(text), 'SANCTION'), text).toEqual([]);
    expect(ofType(code('Talks between Chad and Niger ended on Monday.'), 'CONSULT').length).toBeGreaterThan(
      0,
    );
  });
  it('broken off by a party are CAMEO 164', () => {
    const [ended] = code('Chad ended the talks with Niger.');
    expect(ended?.cameo).toBe('164');
    expect(ended && countries(ended.sourceActors)).toEqual(['TCD']);
  });
});

describe('a light verb of two words', () => {
  it('"go on" carries the event of its noun, done by the subject', () => {
    const [hunger] = code('The students went on a hunger strike.');
    expect(hunger?.type).toBe('PROTEST');
    expect(hunger?.sourceActors.map((a) => a.text)).toEqual(['students']);
    const [offensive] = ofType(code('The rebels went on the offensive against the army.'), 'ASSAULT');
    expect(offensive?.sourceActors.map((a) => a.text)).toEqual(['rebels']);
    expect(offensive?.targetActors.map((a) => a.text)).toEqual(['army']);
  });
  it('"went on strike" is a labour strike, not an attack', () => {
    const events = code('Workers went on strike against the government.');
    expect(ofType(events, 'ASSAULT')).toEqual([]);
    const [strike] = ofType(events, 'PROTEST');
    expect(strike?.cameo).toBe('143');
    expect(strike?.sourceActors.map((a) => a.text)).toEqual(['Workers']);
  });
});
