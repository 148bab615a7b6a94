/**
 * Unit tests of the coder's stages, with sentences written for these tests: segmentation,
 * tokenisation, mentions, the clause analysis, dates, and the whole coder on passive voice,
 * compound actors, negation, hypotheticals, reported speech, allegations, relative dates,
 * several events in one sentence and none at all; plus property tests on offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { analyseClauses, type Span } from '../../src/coder/clause.ts';
import { codeText } from '../../src/coder/code-text.ts';
import { findDates } from '../../src/coder/dates.ts';
import { lexiconFor } from '../../src/coder/lexicon/index.ts';
import { recogniseMentions } from '../../src/coder/mentions.ts';
import { nameIndexOf } from '../../src/coder/name-index.ts';
import { segmentSentences } from '../../src/coder/segment.ts';
import { tokenise } from '../../src/coder/tokenise.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string, dateRef: string | null = '2023-05-09') =>
  codeText(text, { registry, docId: 't', dateRef });

describe('segmentSentences', () => {
  it('keeps abbreviations, initials, U.S. and decimals inside a sentence', () => {
    const text =
      'Gen. A. Rahim met U.S. officials at 3.5 hours past noon. The talks ended. In the U.S. The press waited!';
    const sentences = segmentSentences(text).map((s) => s.text);
    expect(sentences).toEqual([
      'Gen. A. Rahim met U.S. officials at 3.5 hours past noon.',
      'The talks ended.',
      'In the U.S.',
      'The press waited!',
    ]);
  });
  it('keeps a footnote marker with its sentence and splits at blank lines', () => {
    const sentences = segmentSentences(
      'The group left the truce.[2] Officials said so\n\nA new paragraph',
    ).map((s) => s.text);
    expect(sentences).toEqual(['The group left the truce.[2]', 'Officials said so', 'A new paragraph']);
  });
  it('offsets always slice the sentence text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Mr. Khan',
            'met',
            'the U.S. envoy',
            '3.5',
            'today.',
            'He left!',
            '\n\n',
            'Why?',
            ' ',
            '"Yes."',
            'No',
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join(' ');
          for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
        },
      ),
    );
  });
});

describe('tokenise', () => {
  it('splits the possessive and keeps acronyms, hyphenated words and numbers whole', () => {
    expect(
      tokenise("Pakistan's cross-border raid on the U.S. base cost 4,000 dollars").map((t) => t.text),
    ).toEqual([
      'Pakistan',
      "'s",
      'cross-border',
      'raid',
      'on',
      'the',
      'U.S.',
      'base',
      'cost',
      '4,000',
      'dollars',
    ]);
  });
  it('token offsets slice the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(50), (text, offset) => {
        for (const t of tokenise(text, offset))
          expect(text.slice(t.start - offset, t.end - offset)).toBe(t.text);
      }),
    );
  });
});

describe('recogniseMentions', () => {
  const index = nameIndexOf(registry);
  const mentionsOf = (text: string) => recogniseMentions(tokenise(text), index, text, 0);
  it('resolves a titled person with demonym to the registry person, country and sector', () => {
    const [m] = mentionsOf('Pakistani Foreign Minister Bilawal Bhutto Zardari spoke.').actors;
    expect(m).toMatchObject({ actor: 'bilawal-bhutto-zardari', country: 'PAK', sector: 'GOV' });
  });
  it('reads a capital with "administration" as the government', () => {
    const [m] = mentionsOf('Officials said the Islamabad administration was ready.').actors.filter(
      (a) => a.country !== null,
    );
    expect(m).toMatchObject({ actor: 'pakistan-government', country: 'PAK', sector: 'GOV' });
  });
  it('keeps a country after "in" as a place, not an actor', () => {
    const found = mentionsOf('Militants gathered in Afghanistan.');
    expect(found.actors.some((a) => a.country === 'AFG')).toBe(false);
    expect(found.places[0]?.place).toMatchObject({ country: 'AFG', precision: 'country' });
  });
  it('keeps an unknown proper-noun actor as text with a guessed sector', () => {
    const found = mentionsOf('The Kurram Peace Committee condemned the killing.').actors;
    expect(found[0]).toMatchObject({ actor: null, sector: 'NGO' });
  });
});

describe('analyseClauses', () => {
  const lexicon = lexiconFor('en');
  const analyse = (text: string) => {
    const tokens = tokenise(text);
    const mentions = recogniseMentions(tokens, nameIndexOf(registry), text, 0);
    const spans: Span[] = mentions.actors.map((m, ref) => ({
      start: m.start,
      end: m.end,
      kind: 'actor',
      ref,
    }));
    return { tokens, mentions, analysis: analyseClauses(tokens, spans, lexicon.knownVerbs) };
  };
  it('finds the passive voice and the by-phrase', () => {
    const { analysis, tokens } = analyse('The convoy was ambushed by the TTP near the border.');
    const vg = analysis.verbGroups.find((g) => tokens[g.verb]?.text === 'ambushed');
    expect(vg?.voice).toBe('passive');
    expect(vg?.preps.map((p) => p.prep)).toContain('by');
  });
  it('coordinates subjects and gives an infinitive its controller', () => {
    const { analysis, tokens } = analyse('China, Qatar and Turkey agreed to host the talks.');
    const agreed = analysis.verbGroups.find((g) => tokens[g.verb]?.text === 'agreed');
    expect(agreed?.subject.length).toBe(3);
    const host = analysis.verbGroups.find((g) => tokens[g.verb]?.text === 'host');
    expect(host?.infinitive).toBe(true);
    expect(host?.subjectFrom).toBe('control');
  });
  it('sees negation and modals in the verb group', () => {
    const { analysis } = analyse('The TTP would not accept the offer.');
    expect(analysis.verbGroups[0]).toMatchObject({ negated: true, modal: 'would', lemma: 'accept' });
  });
});

describe('findDates', () => {
  const dates = (text: string, ref: string | null = '2023-05-09') =>
    findDates(tokenise(text), ref).map((d) => [d.date, d.precision]);
  it('reads absolute dates', () => {
    expect(dates('on May 6, 2023 and 06.05.2023 and 7 March 2022 and in 2021')).toEqual([
      ['2023-05-06', 'day'],
      ['2023-05-06', 'day'],
      ['2022-03-07', 'day'],
      ['2021-01-01', 'year'],
    ]);
  });
  it('resolves relative dates against the reference (a Tuesday)', () => {
    expect(dates('on Monday, yesterday, last week and last month')).toEqual([
      ['2023-05-08', 'day'],
      ['2023-05-08', 'day'],
      ['2023-05-01', 'week'],
      ['2023-04-01', 'month'],
    ]);
  });
  it('leaves relative dates unknown without a reference', () => {
    expect(dates('on Monday', null)).toEqual([[null, 'unknown']]);
  });
});

describe('codeText', () => {
  it('codes an active sentence with date and place', () => {
    const [e] = code('The Pakistan Army attacked the TTP in North Waziristan on Sunday.');
    expect(e).toMatchObject({
      type: 'ASSAULT',
      cameo: '190',
      date: '2023-05-07',
      datePrecision: 'day',
      negated: false,
      hypothetical: false,
    });
    expect(e?.sourceActors[0]?.actor).toBe('pakistan-army');
    expect(e?.targetActors[0]?.actor).toBe('ttp');
    expect(e?.location).toMatchObject({ name: 'North Waziristan', country: 'PAK', precision: 'admin2' });
  });
  it('swaps roles in the passive voice', () => {
    const [e] = code('Two police posts were attacked by the TTP.');
    expect(e?.type).toBe('ASSAULT');
    expect(e?.sourceActors.map((a) => a.actor)).toEqual(['ttp']);
  });
  it('codes compound actors as reciprocal consultations, one each way per pair', () => {
    const events = code('China, Pakistan and Afghanistan held talks in Islamabad.');
    expect(events.filter((e) => e.type === 'CONSULT')).toHaveLength(6);
    expect(events[0]?.location?.name).toBe('Islamabad');
  });
  it('codes "talks between A and B" from the noun', () => {
    const events = code('Talks between the TTP and the Pakistani government resumed.');
    expect(events.some((e) => e.type === 'CONSULT' && e.sourceActors.some((a) => a.actor === 'ttp'))).toBe(
      true,
    );
  });
  it('flags negation and does not code it as having happened', () => {
    const events = code('The TTP did not agree to extend the ceasefire.');
    expect(events.every((e) => e.negated || e.hypothetical)).toBe(true);
    expect(events.some((e) => e.type === 'AGREE' && e.negated)).toBe(true);
  });
  it('flags a wish as hypothetical and codes the stated intent as a threat', () => {
    const events = code('Pakistan wants to launch a cross-border operation against the TTP.');
    const attack = events.find((e) => e.type === 'ASSAULT');
    expect(attack?.hypothetical).toBe(true);
    expect(events.some((e) => e.type === 'THREATEN' && !e.hypothetical)).toBe(true);
  });
  it('codes "X said Y must …" as a demand by X on Y', () => {
    const events = code('Qatar said the TTP must release the hostages.');
    const demand = events.find((e) => e.type === 'REQUEST');
    expect(demand?.sourceActors[0]?.country).toBe('QAT');
    expect(demand?.targetActors[0]?.actor).toBe('ttp');
  });
  it('keeps who reports and who alleges', () => {
    const reported = code('The TTP killed four soldiers in Bannu, officials said.');
    expect(reported[0]?.claims[0]).toMatchObject({ kind: 'claimed' });
    const alleged = code('Islamabad accused Kabul of sheltering the TTP.');
    const shelter = alleged.find((e) => e.type === 'AID');
    expect(shelter?.claims[0]).toMatchObject({ kind: 'attributed', by: { actor: 'pakistan-government' } });
  });
  it('codes several events in one sentence', () => {
    const events = code('The TTP bombed a checkpoint and abducted two officials in Swat.');
    expect(events.map((e) => e.type)).toEqual(['ASSAULT', 'ASSAULT']);
    expect(events.map((e) => e.mode)).toEqual(['explosives', 'abduct']);
  });
  it('codes nothing where nothing happened', () => {
    expect(code('The weather in Peshawar was mild and the markets were busy.')).toEqual([]);
  });
  it('points every event at its sentence: evidence offsets slice the quote', () => {
    const text = 'Officials met on Monday. Then the TTP attacked a post in Tank. Nothing else.';
    for (const e of code(text)) {
      for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });
  it('evidence offsets slice the quote for any arrangement of sentences (property)', () => {
    const parts = [
      'The TTP attacked a post.',
      'Pakistan and Afghanistan met in Doha.',
      'Nothing happened.',
      'China urged calm.\n\n',
      'Qatar said the TTP must talk.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), (chosen) => {
        const text = chosen.join(' ');
        for (const e of code(text))
          for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
      }),
      { numRuns: 60 },
    );
  });
});
