/**
 * Acts that have not happened, on sentences written for these tests: an act governed by a word
 * of fear, risk or threat ("fearing a raid", "fears of a strike", "the danger of clashes") and
 * the aim of a material act ("flew in soldiers to guard", "dispatched riot police to break up")
 * are hypothetical, while the act that has an aim, and an act after "began to", stay factual;
 * the acts of a question are hypothetical; an event quit, skipped or postponed is not coded.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import { isUnrealised } from '../../src/coder/unrealised-acts.ts';
import { tokenise } from '../../src/coder/tokenise.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string) => codeText(text, { registry, docId: 't' });
const fearedWord = (text: string, word: string) => {
  const tokens = tokenise(text);
  return isUnrealised(
    tokens,
    tokens.findIndex((t) => t.lower === word),
  );
};
const ofType = (events: CodedEvent[], type: string) => events.filter((e) => e.type === type);

describe('feared acts', () => {
  it('codes an act after a verb of fear as hypothetical', () => {
    const [raid] = ofType(code('Farmers left their homes, fearing a raid by Eritrean soldiers.'), 'ASSAULT');
    expect(raid?.hypothetical).toBe(true);
    const [invasion] = ofType(code('Benin fears an invasion by Togolese troops.'), 'COERCE');
    expect(invasion?.hypothetical).toBe(true);
  });
  it('codes an act after "fears of", "the danger of" or "the threat of" as hypothetical', () => {
    const [strike] = ofType(code('Traders in Dakar spoke of fears of a bombing by rebels.'), 'ASSAULT');
    expect(strike?.hypothetical).toBe(true);
    const [clashes] = ofType(
      code('Monitors warned of the danger of fighting between Mali and Niger.'),
      'ASSAULT',
    );
    expect(clashes?.hypothetical).toBe(true);
  });
  it('does not reach across a coordinator or an adverb', () => {
    expect(fearedWord('The scheme lowers risks but also aids farmers.', 'aids')).toBe(false);
    expect(fearedWord('Herders dread a new raid.', 'raid')).toBe(true);
  });
  it('keeps an act that is done factual beside a fear', () => {
    const events = code('Malian police beat protesters, fearing a riot.');
    expect(ofType(events, 'ASSAULT')[0]?.hypothetical).toBe(false);
  });
});

describe('the aim of an act', () => {
  it('codes the aim as hypothetical and the act as done', () => {
    const events = code('Gabon flew in soldiers to fight the rebels near Libreville.');
    expect(ofType(events, 'ASSAULT')[0]?.hypothetical).toBe(true);
    const dispersal = code('Senegal deployed riot police to disperse the students.');
    expect(ofType(dispersal, 'MOBILIZE')[0]?.hypothetical).toBe(false);
    expect(ofType(dispersal, 'ASSAULT')[0]?.hypothetical).toBe(true);
  });
  it('keeps an act after "began to" or "tried to" factual, and no statement of intent', () => {
    expect(ofType(code('Gabonese soldiers began to fight the rebels.'), 'THREATEN')).toHaveLength(0);
    expect(ofType(code('Gabonese soldiers began to fight the rebels.'), 'ASSAULT')[0]?.hypothetical).toBe(
      false,
    );
    expect(ofType(code('Gabon tried to attack the rebels.'), 'ASSAULT')[0]?.hypothetical).toBe(false);
  });
});

describe('questions', () => {
  it('codes the acts of a question as hypothetical', () => {
    const [raid] = code('Will Gabon raid the rebel camps?');
    expect(raid).toMatchObject({ type: 'ASSAULT', hypothetical: true });
    const [stated] = code('Gabon raided the rebel camps.');
    expect(stated).toMatchObject({ type: 'ASSAULT', hypothetical: false });
  });
});

describe('events left or put off', () => {
  it('codes no event from the object of a verb that quits, skips or postpones it', () => {
    expect(ofType(code('Gabon quit the talks with the rebels.'), 'CONSULT')).toHaveLength(0);
    expect(ofType(code('Gabon postponed the summit with Chad.'), 'CONSULT')).toHaveLength(0);
    expect(ofType(code('Gabon abandoned the ceasefire.'), 'RETREAT')).toHaveLength(0);
    expect(ofType(code('Gabon held talks with the rebels.'), 'CONSULT')).toHaveLength(1);
  });
});
