// CAMEO actor codes in Jirga's terms, the code valid at a date, and the lookup over the
// invented dictionaries in test/coder/fixtures/reference-dictionaries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseToken } from '../name-index.ts';
import { tokenise } from '../tokenise.ts';
import { readActorCode, readAgentCode } from './cameo-actor-code.ts';
import { codeAt, dateNumber } from './code-at-date.ts';
import { buildReferenceIndex, referenceLookup, type CoderView } from './reference-index.ts';
import type { DatedCode } from './tabari-format.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/coder/fixtures/reference-dictionaries');
const index = buildReferenceIndex([
  {
    file: 'lakeland.actors.txt',
    kind: 'actors',
    text: readFileSync(join(FIXTURES, 'lakeland.actors.txt'), 'utf8'),
  },
  {
    file: 'lakeland.agents.txt',
    kind: 'agents',
    text: readFileSync(join(FIXTURES, 'lakeland.agents.txt'), 'utf8'),
  },
]);

describe('readActorCode', () => {
  it('reads a country and the first role that has a Jirga sector', () => {
    expect(readActorCode('DZAGOV')).toEqual({ country: 'DZA', sector: 'GOV', actor: true });
    expect(readActorCode('PSEREBHMS')).toEqual({ country: 'PSE', sector: 'REB', actor: true });
    expect(readActorCode('KORGOVBUS')).toEqual({ country: 'KOR', sector: 'GOV', actor: true });
    expect(readActorCode('AFGINS')).toEqual({ country: 'AFG', sector: 'REB', actor: true });
    expect(readActorCode('GBRPTY')).toEqual({ country: 'GBR', sector: 'OPP', actor: true });
  });

  it('keeps a role with no Jirga sector as an actor without a sector', () => {
    expect(readActorCode('RUSELI')).toEqual({ country: 'RUS', sector: null, actor: true });
  });

  it('reads a code naming only a country, or a country and a province, as a place', () => {
    expect(readActorCode('AFG').actor).toBe(false);
    expect(readActorCode('USRARM').actor).toBe(false);
  });

  it('maps former states and families, and gives regions no country', () => {
    expect(readActorCode('DDRGOV')).toEqual({ country: 'DEU', sector: 'GOV', actor: true });
    expect(readActorCode('SUN').country).toBe('RUS');
    expect(readActorCode('IGOUNO')).toEqual({ country: 'IGO', sector: 'IGO', actor: true });
    expect(readActorCode('IGOUNOREFHCR')).toEqual({ country: 'IGO', sector: 'REF', actor: true });
    expect(readActorCode('NGOGBRHRI')).toEqual({ country: 'NGO', sector: 'NGO', actor: true });
    expect(readActorCode('MNC')).toEqual({ country: 'MNC', sector: 'BUS', actor: true });
    expect(readActorCode('CFRREB')).toEqual({ country: null, sector: 'REB', actor: true });
    expect(readActorCode('MED')).toEqual({ country: null, sector: 'MED', actor: true });
    expect(readActorCode('AFR').actor).toBe(false);
    expect(readActorCode('BUDREB').sector).toBe('REB');
  });

  it('reads agent codes, suffixed or prefixed', () => {
    expect(readAgentCode('~GOVMED')).toBe('GOV');
    expect(readAgentCode('IGO~')).toBe('IGO');
    expect(readAgentCode('~AGR')).toBe('CVL');
    expect(readAgentCode('~ELI')).toBeNull();
  });
});

describe('codeAt', () => {
  const codes: DatedCode[] = [
    { code: 'XELI', when: { kind: 'between', from: 19600101, to: 19941231 } },
    { code: 'XGOV', when: { kind: 'between', from: 19950101, to: 20001231 } },
    { code: 'XOPP', when: { kind: 'after', date: 20010101 } },
    { code: 'XDEF', when: { kind: 'always' } },
  ];

  it('takes the dated code valid at the date, limits included', () => {
    expect(codeAt(codes, 19950101)?.code).toBe('XGOV');
    expect(codeAt(codes, 20001231)?.code).toBe('XGOV');
    expect(codeAt(codes, 20150601)?.code).toBe('XOPP');
  });

  it('falls back to the undated code when no dated one holds', () => {
    expect(codeAt(codes, 19500101)?.code).toBe('XDEF');
    expect(codeAt([{ code: 'A', when: { kind: 'before', date: 19900101 } }], 19950101)).toBeUndefined();
  });

  it('takes the most recent dated code for an undated text, the default when nothing is dated', () => {
    expect(codeAt(codes, null)?.code).toBe('XOPP');
    expect(codeAt(codes.slice(0, 2), null)?.code).toBe('XGOV');
    expect(codeAt([{ code: 'ONLY', when: { kind: 'always' } }], null)?.code).toBe('ONLY');
    expect(dateNumber('2003-04-05')).toBe(20030405);
    expect(dateNumber(null)).toBeNull();
  });
});

describe('referenceLookup', () => {
  const NOTHING: CoderView = {
    label: undefined,
    proper: true,
    functionWord: false,
    modifier: false,
    afterName: false,
    locative: false,
  };

  /** The first match in `text`, scanning tokens as the coder does (proper = capitalised). */
  function firstMatch(text: string, date: string | null = null, view: Partial<CoderView> = {}) {
    const tokens = tokenise(text);
    const keys = tokens.map((t) =>
      t.kind === 'word' || t.kind === 'number' ? normaliseToken(t.text) : t.text,
    );
    const lookup = referenceLookup(index, date);
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      const proper = token?.capitalised === true && i > 0;
      const match = lookup.at(tokens, keys, i, { ...NOTHING, proper, ...view });
      if (match !== undefined)
        return {
          ...match,
          text: tokens
            .slice(match.start, match.end)
            .map((t) => t.text)
            .join(' '),
        };
    }
    return undefined;
  }

  it('takes the longest phrase and reads its code at the document date', () => {
    expect(firstMatch('Then President Marta Vellani spoke.', '2007-03-01')).toMatchObject({
      text: 'President Marta Vellani',
      country: 'ITA',
      sector: 'GOV',
      source: { file: 'lakeland.actors.txt', key: 'MARTA_VELLANI_', code: 'ITAGOV' },
    });
    expect(firstMatch('Then Vellani spoke.', '2003-03-01')).toMatchObject({ sector: null, country: 'ITA' });
    expect(firstMatch('Then Vellani spoke.', '2012-03-01')).toMatchObject({ sector: 'OPP' });
    expect(firstMatch('Then Vellani spoke.', null)).toMatchObject({ sector: 'OPP' });
  });

  it('finds synonyms, initials with a full stop, and families', () => {
    expect(firstMatch('Then the NWB attacked.')).toMatchObject({
      text: 'NWB',
      country: 'SDN',
      sector: 'REB',
    });
    expect(firstMatch('Then the Watch Brigades of the North attacked.')).toMatchObject({ country: 'SDN' });
    expect(firstMatch('Then Otto K. Brandis spoke.', '1985-01-01')).toMatchObject({
      text: 'Otto K . Brandis',
      country: 'DEU',
      sector: 'GOV',
    });
    expect(firstMatch('Then the Lake Council met.')).toMatchObject({ country: 'IGO', sector: 'IGO' });
  });

  it('matches proper nouns only: a lower-case span is no name', () => {
    expect(firstMatch('then the northern watch brigades attacked.')).toBeUndefined();
    expect(firstMatch('then the Northern Watch brigades attacked.')).toBeUndefined();
  });

  it('never reads a place as an actor, nor a name two records give different countries', () => {
    expect(firstMatch('Then Tollmere Harbour was closed.')).toBeUndefined();
    expect(firstMatch('Then Millbrook spoke.')).toBeUndefined();
    expect(firstMatch('Then Kestrel struck.')).toBeUndefined();
  });

  it('leaves registry names, fragments of longer names and shorter spans to the coder', () => {
    expect(firstMatch('Then Vellani spoke.', null, { label: { kind: 'registry', end: 2 } })).toBeUndefined();
    expect(firstMatch('Then Vellani spoke.', null, { afterName: true })).toBeUndefined();
    expect(firstMatch('Then Vellani spoke.', null, { label: { kind: 'proper', end: 2 } })).toBeUndefined();
    // A longer name than the coder's label wins; a region code takes the nationality word's country.
    expect(
      firstMatch('Then Vale Front attacked.', null, { label: { kind: 'demonym', end: 2, country: 'KEN' } }),
    ).toMatchObject({ text: 'Vale Front', country: 'KEN', sector: 'REB' });
  });

  it('reads a capitalised word opening a sentence as a name only when it is no agent noun or lone modifier', () => {
    const opening = (text: string, view: Partial<CoderView> = {}) => {
      const tokens = tokenise(text);
      const keys = tokens.map((t) => (t.kind === 'word' ? normaliseToken(t.text) : t.text));
      return referenceLookup(index, null).at(tokens, keys, 0, { ...NOTHING, proper: false, ...view });
    };
    expect(opening('Vellani spoke.')).toMatchObject({ kind: 'actor', country: 'ITA' });
    expect(opening('Lamplighters marched.')).toMatchObject({ kind: 'agent', country: null, sector: 'CVL' });
    expect(opening('Senior Circle members marched.', { modifier: true })).toMatchObject({
      kind: 'actor',
      sector: 'OPP',
    });
    expect(opening('Senior officials marched.', { modifier: true })).toBeUndefined();
    expect(opening('The Lamplighters marched.', { functionWord: true })).toBeUndefined();
  });

  it('finds agent nouns (plurals, substitution sets) where the coder found nothing', () => {
    const agent = (text: string) => firstMatch(text, null, { proper: false });
    expect(agent('then lamplighters marched.')).toMatchObject({
      kind: 'agent',
      sector: 'CVL',
      country: null,
    });
    expect(agent('then canal keepers marched.')).toMatchObject({ text: 'canal keepers', sector: 'LAB' });
    expect(agent('then truce wardens in the valley left.')).toMatchObject({
      text: 'truce wardens',
      sector: 'IGO',
    });
    expect(agent('then the ferry marshal left.')).toMatchObject({ text: 'ferry marshal', sector: 'COP' });
    expect(agent('then ferry marshals left.')).toBeUndefined();
    expect(agent('then party whips left.')).toMatchObject({ sector: 'OPP' });
    expect(agent('then stray elites left.')).toBeUndefined();
    expect(firstMatch('then lamplighters marched.', null, { proper: false, modifier: true })).toBeUndefined();
    expect(
      firstMatch('then lamplighters marched.', null, { proper: false, functionWord: true }),
    ).toBeUndefined();
    expect(firstMatch('then lamplighters marched.', null, { proper: false, locative: true })).toBeUndefined();
  });

  it('refuses agents that name things or acts, and keeps a group named after an act', () => {
    const refusing = buildReferenceIndex([
      {
        file: 'things.agents.txt',
        kind: 'agents',
        text: [
          'AIRLINER [~CVL]',
          'ADVOCATE [~JUD]',
          'HARBOUR_BLOCKADE [~MIL]',
          'HARBOUR_PATROL [~COP]',
          'MINISTRY_OF_TRADE [~GOV]',
          'QUAY_WARDEN [~COP]',
        ].join('\n'),
      },
    ]);
    const agentIn = (text: string) => {
      const tokens = tokenise(text);
      const keys = tokens.map((t) => (t.kind === 'word' ? normaliseToken(t.text) : t.text));
      const lookup = referenceLookup(refusing, null);
      for (let i = 0; i < tokens.length; i += 1) {
        const match = lookup.at(tokens, keys, i, { ...NOTHING, proper: false });
        if (match !== undefined) return keys.slice(match.start, match.end).join(' ');
      }
      return undefined;
    };
    expect(agentIn('then the airliner landed.')).toBeUndefined();
    expect(agentIn('then she advocates talks.')).toBeUndefined();
    expect(agentIn('then the harbour blockade ended.')).toBeUndefined();
    expect(agentIn('then the harbour patrol left.')).toBe('harbour patrol');
    expect(agentIn('then the ministry of trade spoke.')).toBe('ministry of trade');
    expect(agentIn('then quay wardens left.')).toBe('quay wardens');
  });
});
