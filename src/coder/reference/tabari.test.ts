// The TABARI / PETRARCH dictionary readers, on small dictionaries written for these tests.
import { describe, expect, it } from 'vitest';
import { parseActorDictionary } from './tabari-actors.ts';
import { parseAgentDictionary, regularPlural } from './tabari-agents.ts';
import { contentLines, readDate, readDatedCode } from './tabari-format.ts';

describe('TABARI format basics', () => {
  it('drops #, ; and XML comments, on one line or several, and blank lines', () => {
    const lines = contentLines(
      [
        'A_ [X] # note',
        'B_ ; old note',
        '<!-- gone -->C_',
        '<!-- start',
        'still gone',
        'end -->D_',
        '',
        '   ',
      ].join('\n'),
    );
    expect(lines).toEqual([
      { line: 1, text: 'A_ [X]' },
      { line: 2, text: 'B_' },
      { line: 3, text: 'C_' },
      { line: 6, text: 'D_' },
    ]);
  });

  it('reads YYMMDD dates with the 00–30 pivot, YYYYMMDD dates, and refuses days that do not exist', () => {
    expect(readDate('990427')).toBe(19990427);
    expect(readDate('080507')).toBe(20080507);
    expect(readDate('300101')).toBe(20300101);
    expect(readDate('310101')).toBe(19310101);
    expect(readDate('20070101')).toBe(20070101);
    expect(readDate('2004017')).toBeUndefined();
    expect(readDate('010230')).toBeUndefined();
    expect(readDate('20120229')).toBe(20120229);
    expect(readDate('20110229')).toBeUndefined();
  });

  it('reads codes with and without a date restriction', () => {
    expect(readDatedCode('DZAGOV')).toEqual({ code: 'DZAGOV', when: { kind: 'always' } });
    expect(readDatedCode('DZAGOV >990427')).toEqual({
      code: 'DZAGOV',
      when: { kind: 'after', date: 19990427 },
    });
    expect(readDatedCode('USRARM <900823')).toEqual({
      code: 'USRARM',
      when: { kind: 'before', date: 19900823 },
    });
    expect(readDatedCode('IGOUNO  970101-061231')).toEqual({
      code: 'IGOUNO',
      when: { kind: 'between', from: 19970101, to: 20061231 },
    });
    expect(readDatedCode('X 20121207-20120802')).toMatch(/ends before it starts/u);
    expect(readDatedCode('X soon')).toMatch(/not a date restriction/u);
  });
});

describe('parseActorDictionary', () => {
  const dictionary = parseActorDictionary(
    [
      '# header',
      'ANNA_KORVEN_  # a person',
      '+PRESIDENT_ANNA_KORVEN_',
      '+KORVEN+_MADAM KORVEN_',
      '\t[FINELI 700101-991231]',
      '\t[FINGOV >000101]',
      '\t[FINELI]',
      '',
      'RED_HILL_FRONT_ [NORREB] ; legacy comment',
      'JAN_OSK_',
      'JAN_P._OSK',
      '    [SWEGOV 900101-951231] [SWEELI >960101]',
      'BROKEN_',
      '\t[SWEGOV 9001-951231]',
      '+LATE_SYNONYM_',
    ].join('\n'),
  );

  it('keeps the primary phrase, its synonyms (several on one + line) and underscores or blanks as word breaks', () => {
    const anna = dictionary.records[0];
    expect(anna?.key).toBe('ANNA_KORVEN_');
    expect(anna?.line).toBe(2);
    expect(anna?.phrases).toEqual([
      ['ANNA', 'KORVEN'],
      ['PRESIDENT', 'ANNA', 'KORVEN'],
      ['KORVEN'],
      ['MADAM', 'KORVEN'],
    ]);
  });

  it('keeps every coded line in order, dated or not', () => {
    expect(dictionary.records[0]?.codes.map((c) => c.code)).toEqual(['FINELI', 'FINGOV', 'FINELI']);
    expect(dictionary.records[0]?.codes[1]?.when).toEqual({ kind: 'after', date: 20000101 });
    expect(dictionary.records[1]?.codes).toEqual([{ code: 'NORREB', when: { kind: 'always' } }]);
  });

  it('lets primary phrases without a code share the codes after them, several codes on one line', () => {
    const jan = dictionary.records[2];
    expect(jan?.phrases).toEqual([
      ['JAN', 'OSK'],
      ['JAN', 'P.', 'OSK'],
    ]);
    expect(jan?.codes.map((c) => `${c.code} ${c.when.kind}`)).toEqual(['SWEGOV between', 'SWEELI after']);
  });

  it('reports a bad date and reads on', () => {
    expect(dictionary.problems).toEqual([{ line: 14, message: "'9001-951231' is not a date range" }]);
    expect(dictionary.records[3]?.phrases).toEqual([['BROKEN'], ['LATE', 'SYNONYM']]);
  });
});

describe('parseAgentDictionary', () => {
  const dictionary = parseAgentDictionary(
    [
      '!HELPER! = AIDE, AIDES',
      'TOLL_KEEPER [~BUS]',
      'HILL_POLICY {} [~COP]',
      'GOOSEMAN {GOOSEMEN} [~AGR] # a note',
      'BOAT_!HELPER! [~MIL]',
      'MONITOR_AT [IGO~]',
      'SPY_AGENCY [~SPY}',
      'NOTHING_HERE',
      'X_!MISSING! [~GOV]',
    ].join('\n'),
  );
  const byKey = new Map(dictionary.records.map((r) => [r.key, r]));

  it('forms regular plurals, takes given ones, and none after {}', () => {
    expect(byKey.get('TOLL_KEEPER')?.phrases).toEqual([
      ['TOLL', 'KEEPER'],
      ['TOLL', 'KEEPERS'],
    ]);
    expect(byKey.get('HILL_POLICY')?.phrases).toEqual([['HILL', 'POLICY']]);
    expect(byKey.get('GOOSEMAN')?.phrases).toEqual([['GOOSEMAN'], ['GOOSEMEN']]);
    expect(regularPlural('ARMY')).toBe('ARMIES');
    expect(regularPlural('BOSS')).toBe('BOSSES');
    expect(regularPlural('ENVOY')).toBe('ENVOYS');
  });

  it('expands substitution sets without plurals and forms a plural before a trailing preposition', () => {
    expect(byKey.get('BOAT_!HELPER!')?.phrases).toEqual([
      ['BOAT', 'AIDE'],
      ['BOAT', 'AIDES'],
    ]);
    expect(byKey.get('MONITOR_AT')?.phrases).toEqual([
      ['MONITOR', 'AT'],
      ['MONITORS', 'AT'],
    ]);
    expect(byKey.get('MONITOR_AT')?.code).toBe('IGO~');
    expect(byKey.get('SPY_AGENCY')?.code).toBe('~SPY');
  });

  it('reports phrases without a code and unknown substitution sets', () => {
    expect(dictionary.problems.map((p) => p.line)).toEqual([8, 9]);
    expect(byKey.has('NOTHING_HERE')).toBe(false);
  });
});
