/**
 * Clause rules that decide who acts on whom, on sentences written for these tests: verbs after
 * a modal that the lexicon does not know, a bare verb agreeing with a plural subject before a
 * participle, "up to" and "at least" before a number, "be engaged in" as active, infinitives
 * controlled across a thing ("willing to send", "sent doctors to help"), "according to X" as a
 * reporting frame, a comma opening a reporting clause, reports and participial phrases set off
 * by commas before the verb, and "as" before a noun phrase ("condemned as a provocation X's
 * closure") or a clause.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { analyseClauses, type NounGroup, type Span } from '../../src/coder/clause.ts';
import { lexiconFor } from '../../src/coder/lexicon/index.ts';
import { recogniseMentions } from '../../src/coder/mentions.ts';
import { nameIndexOf } from '../../src/coder/name-index.ts';
import { tokenise, type Token } from '../../src/coder/tokenise.ts';

const index = nameIndexOf(ActorRegistry.from(actors));

/** The clause analysis of a sentence, with each verb group's arguments as words. */
function verbGroupsOf(text: string) {
  const tokens = tokenise(text);
  const mentions = recogniseMentions(tokens, index, text, 0);
  const spans: Span[] = [
    ...mentions.actors.map((m, ref) => ({ start: m.start, end: m.end, kind: 'actor' as const, ref })),
    ...mentions.places.map((p, ref) => ({ start: p.start, end: p.end, kind: 'place' as const, ref })),
  ];
  const words = (groups: readonly NounGroup[]): string[] =>
    groups.map((g) =>
      tokens
        .slice(g.start, g.end)
        .map((t: Token) => t.text)
        .join(' '),
    );
  const analysis = analyseClauses(tokens, spans, lexiconFor('en').knownVerbs);
  const tagOf = (word: string) => analysis.tags[tokens.findIndex((t) => t.lower === word)];
  const groups = analysis.verbGroups.map((vg) => ({
    lemma: vg.lemma,
    voice: vg.voice,
    subject: words(vg.subject),
    object: words(vg.object),
    preps: vg.preps.map((p) => `${p.prep} ${words(p.groups).join(' + ')}`),
    governor: vg.governor,
    subjectFrom: vg.subjectFrom,
  }));
  return Object.assign(groups, { tagOf });
}

describe('verbs the tagger must see', () => {
  it('reads a word after a modal as a verb even when no lexicon lists it', () => {
    const groups = verbGroupsOf('The minister said Chad must relinquish the oasis.');
    expect(groups).toContainEqual(
      expect.objectContaining({ lemma: 'relinquish', subject: ['Chad'], object: ['the oasis'] }),
    );
    expect(verbGroupsOf('Chad would not relinquish the posts.')).toContainEqual(
      expect.objectContaining({ lemma: 'relinquish', subject: ['Chad'] }),
    );
  });
  it('reads a bare form after a plural subject as the verb, the participle after it as an adjective', () => {
    const [first] = verbGroupsOf('The students oppose planned Sudanese fee increases.');
    expect(first).toMatchObject({ lemma: 'oppose', subject: ['The students'] });
    expect(first?.object.join(' ')).toContain('Sudanese');
  });
  it('reads a bare form after a plural noun group opening its clause as the verb', () => {
    const groups = verbGroupsOf('Kenya may cut its aid if the raids continue.');
    expect(groups.find((g) => g.lemma === 'continue')?.subject).toEqual(['the raids']);
  });
  it('still reads a singular noun before a past verb as a noun', () => {
    const [first] = verbGroupsOf('A Chadian attack killed two soldiers.');
    expect(first?.lemma).toBe('kill');
  });
});

describe('numbers', () => {
  it('keeps "up to" and "at least" with the number they bound, in the object', () => {
    const [pledge] = verbGroupsOf('Ghana pledged up to 300 soldiers to the mission.');
    expect(pledge?.object).toEqual(['300 soldiers']);
    const [kill] = verbGroupsOf('Rebels killed at least 12 soldiers.');
    expect(kill?.object).toEqual(['12 soldiers']);
  });
});

describe('voice', () => {
  it('reads "be engaged in" and "be involved in" as what the subject does', () => {
    const [engaged] = verbGroupsOf('Ugandan troops were engaged in heavy fighting with rebels.');
    expect(engaged).toMatchObject({ lemma: 'engage', voice: 'active', subject: ['Ugandan troops'] });
    const [seized] = verbGroupsOf('Ugandan troops were seized in Kenya.');
    expect(seized?.voice).toBe('passive');
  });
});

describe('infinitives after a thing', () => {
  it('gives the infinitive after an adjective or an object with no actor to the verb before it', () => {
    const groups = verbGroupsOf('Ghana is prepared to send doctors to help Liberia.');
    const send = groups.find((g) => g.lemma === 'send');
    const help = groups.find((g) => g.lemma === 'help');
    expect(send).toMatchObject({ subject: [], subjectFrom: 'control' });
    expect(help).toMatchObject({ subject: [], subjectFrom: 'control', object: ['Liberia'] });
  });
  it('keeps an actor object as the subject of the infinitive ("urged Chad to")', () => {
    const groups = verbGroupsOf('Ghana urged Chad to withdraw its troops.');
    expect(groups.find((g) => g.lemma === 'withdraw')?.subject).toEqual(['Chad']);
  });
});

describe('reporting frames inside a clause', () => {
  it('does not take "according to X" as a complement of the verb', () => {
    const [shell] = verbGroupsOf('Troops shelled the village on Monday, according to Malian officials.');
    expect(shell?.preps.some((p) => p.includes('Malian'))).toBe(false);
    expect(shell?.object).toEqual(['the village']);
  });
  it('ends an object at a comma followed by the subject of the next verb', () => {
    const groups = verbGroupsOf(
      'The army attacked the camp after hours of fighting, Nigerian officials said.',
    );
    const fighting = groups.find((g) => g.lemma === 'fight');
    expect(fighting?.object ?? []).toEqual([]);
    expect(groups.find((g) => g.lemma === 'say')?.subject).toEqual(['Nigerian officials']);
  });
  it('skips a reporting clause set off by commas to find the subject', () => {
    const groups = verbGroupsOf('Uganda, officials said, will send troops to Somalia.');
    expect(groups.find((g) => g.lemma === 'send')?.subject).toEqual(['Uganda']);
  });
  it('skips a participial phrase set off by commas to find the subject', () => {
    const groups = verbGroupsOf('Kenyan troops, backed by helicopters, attacked the camp.');
    expect(groups.find((g) => g.lemma === 'attack')?.subject).toEqual(['Kenyan troops']);
  });
  it('still joins a list of objects after commas', () => {
    const [attack] = verbGroupsOf('Rebels attacked Chad, Niger and Mali on Sunday, officials said.');
    expect(attack?.object).toEqual(['Chad', 'Niger', 'Mali']);
  });
});

describe('"as" after a verb', () => {
  it('is a preposition before a noun phrase, and the object may follow that phrase', () => {
    const groups = verbGroupsOf("Egypt condemned as a provocation Israel's closure of the crossing.");
    expect(groups.tagOf('as')).toBe('PREP');
    expect(groups[0]?.object).toEqual(["Israel 's closure"]);
  });
  it('stays a subordinator before a clause of its own', () => {
    expect(verbGroupsOf('Rebels fled as the army advanced on the town.').tagOf('as')).toBe('SUB');
  });
});
