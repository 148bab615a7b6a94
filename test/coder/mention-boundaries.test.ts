/**
 * Where an actor mention begins and ends, on sentences written for these tests: a common word
 * capitalised only because it opens the sentence is no part of the name after it, nor is it an
 * acronym name ("Is" is not "IS"); a number
 * counts an actor and is no part of its text; a structure ("the Unity Bridge") and a language
 * ("the Polish language") are no actors; a trigger word heading a sector name ("riot police",
 * "aid groups") is no event.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import { recogniseMentions } from '../../src/coder/mentions.ts';
import { nameIndexOf } from '../../src/coder/name-index.ts';
import { tokenise } from '../../src/coder/tokenise.ts';

const registry = ActorRegistry.from(actors);
const index = nameIndexOf(registry);
const actorTexts = (text: string) =>
  recogniseMentions(tokenise(text), index, text, 0).actors.map((m) => m.text);

describe('mention boundaries', () => {
  it('leaves out a capitalised opening word before a nationality or country', () => {
    expect(actorTexts('Fresh Ethiopian air raids hit Mekele.')).not.toContain('Fresh');
    expect(actorTexts('Fresh Ethiopian air raids hit Mekele.')).toContain('Ethiopian');
    expect(actorTexts('Latest US drone strikes hit the camp.')[0]).toMatch(/^US/u);
  });
  it('keeps a name that opens the sentence before a title', () => {
    expect(actorTexts('Nawaz Sharif met Indian diplomats.')).toContain('Nawaz Sharif');
  });
  it('reads an acronym name only from capitals ("Is" opening a question is no "IS")', () => {
    const question = recogniseMentions(
      tokenise('Is Kenyan mediation possible?'),
      index,
      'Is Kenyan mediation possible?',
      0,
    );
    expect(question.actors.map((m) => m.actor)).not.toContain('islamic-state');
    const named = recogniseMentions(tokenise('IS fighters fled.'), index, 'IS fighters fled.', 0);
    expect(named.actors[0]?.actor).toBe('islamic-state');
  });
  it('keeps "de" only in "de facto" or between two capitalised words', () => {
    expect(actorTexts('The de facto government met the envoy.')[0]).toBe('de facto government');
    expect(actorTexts('The envoy met Marta de Lorca in Geneva.')).toContain('Marta de Lorca');
  });
  it('joins a possessor and its possessed noun even when the noun can modify ("the Taliban’s government")', () => {
    expect(actorTexts("The Taliban's government condemned the raid.")).toEqual(["Taliban's government"]);
    expect(actorTexts("Kenya's military condemned the raid.")).toEqual(["Kenya's military"]);
  });
  it("gives a country's registry-named body to that country, not to the registry actor of another ('Kenya's security forces')", () => {
    const mentions = (text: string) => recogniseMentions(tokenise(text), index, text, 0).actors;
    const kenyan = mentions("Kenya's security forces raided the camp.");
    expect(kenyan.map((m) => [m.text, m.actor, m.country])).toEqual([
      ["Kenya's security forces", null, 'KEN'],
    ]);
    // Pakistan's own keep the registry's body, and the bare words still name it.
    expect(mentions("Pakistan's security forces raided the camp.").map((m) => m.actor)).toContain(
      'pakistan-army',
    );
    expect(mentions('Security forces raided the camp.')[0]?.actor).toBe('pakistan-army');
  });
  it('leaves numbers out of the actor text', () => {
    expect(actorTexts('Four Kenyan soldiers died.')).toEqual(['Kenyan soldiers']);
    expect(actorTexts('Police said twelve Nepali workers were freed.')).toContain('Nepali workers');
  });
  it('finds no actor in a structure or a language', () => {
    expect(actorTexts('Soldiers closed the Unity Bridge.')).toEqual(['Soldiers']);
    expect(actorTexts('Lithuania banned the Polish language on television.')).toEqual(['Lithuania']);
    const [ban] = codeText('Lithuania banned the Polish language on television.', { registry, docId: 't' });
    expect(ban?.targetActors.map((a) => a.country)).not.toContain('POL');
  });
  it('reads "aid groups" as an actor, not as aid', () => {
    const events = codeText('Dutch aid groups criticised Israel.', { registry, docId: 't' });
    expect(events.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(events[0]?.sourceActors[0]).toMatchObject({
      text: 'Dutch aid groups',
      country: 'NLD',
      sector: 'NGO',
    });
  });
  it('codes no event for a trigger word that heads a sector name', () => {
    const events = codeText('Riot police arrested the students.', { registry, docId: 't' });
    expect(events.map((e) => e.type)).not.toContain('PROTEST');
  });
});
