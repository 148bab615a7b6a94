// Tests of name normalisation: worked examples per script and fast-check properties
// (idempotent, total, insensitive to case, surrounding whitespace, diacritics and apostrophes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameTokens, normaliseName } from './normalise.ts';

/** Letters a name in this region is written with, upper and lower case, plus separators. */
const NAME_CHARACTERS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'çğıöşüÇĞİÖŞÜéèêëáàâäíóúñÉÁÍÓÚÑ',
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكےۓھہئأإآةىٹڈڑںۀ',
  ..." -'’.,",
];
const nameLike = fc.string({ unit: fc.constantFrom(...NAME_CHARACTERS), maxLength: 30 });
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const APOSTROPHES = ["'", '’', '‘', 'ʼ', 'ʻ', '`', '´', '′'];

describe('normaliseName: examples', () => {
  it.each([
    ['Doğacan', 'dogacan'],
    ['  The   Taliban  ', 'taliban'],
    ['the the', 'the'],
    ['Theodore', 'theodore'],
    ['Tehrik-i-Taliban Pakistan', 'tehrik i taliban pakistan'],
    ['Tehrik—i–Taliban', 'tehrik i taliban'],
    ["Qa'ida", 'qaida'],
    ['Qa’ida', 'qaida'],
    ['“Islamic Emirate”', 'islamic emirate'],
    ['U.S.', 'us'],
    ['İSTANBUL', 'istanbul'],
    ['Işıl Öztürk', 'isil ozturk'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Ørsted', 'orsted'],
    ['Çavuşoğlu', 'cavusoglu'],
    ['Талибан', 'талибан'],
    ['Пётр Ильич', 'петр ильич'],
    ['Бахмут-Й', 'бахмут й'],
    ['ＴＴＰ', 'ttp'],
    ['', ''],
    ['  ', ''],
    ['!!!', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('unifies Arabic-script letter variants (yeh, kaf, heh, alef) and drops harakat and tatweel', () => {
    expect(normaliseName('پاكستان')).toBe('پاکستان'); // Arabic kaf → keheh
    expect(normaliseName('امير خان متقي')).toBe(normaliseName('امیر خان متقی')); // Arabic yeh → Farsi yeh
    expect(normaliseName('علی')).toBe(normaliseName('على')); // alef maksura
    expect(normaliseName('تحریکِ طالبان')).toBe('تحریک طالبان'); // zer (izafat vowel sign)
    expect(normaliseName('طالـــبان')).toBe('طالبان'); // tatweel
    expect(normaliseName('بھٹو')).toBe(normaliseName('بهٹو')); // heh doachashmee
    expect(normaliseName('شہباز')).toBe(normaliseName('شهباز')); // heh goal
    expect(normaliseName('أحمد')).toBe('احمد'); // alef with hamza
    expect(normaliseName('ﻃﺎﻟﺒﺎﻥ')).toBe('طالبان'); // presentation forms
    expect(normaliseName('۲۰۲۲')).toBe('2022'); // Extended Arabic-Indic digits
  });

  it('keeps letters of other scripts apart from case (no transliteration)', () => {
    expect(normaliseName('Талибан')).not.toBe(normaliseName('Taliban'));
    expect(normaliseName('طالبان')).not.toBe(normaliseName('Taliban'));
    expect(normaliseName('Йемен')).toBe('йемен');
  });

  it('splits a normalised name into words', () => {
    expect(nameTokens(normaliseName('Amir Khan Muttaqi'))).toEqual(['amir', 'khan', 'muttaqi']);
    expect(nameTokens('')).toEqual([]);
  });
});

describe('normaliseName: properties', () => {
  it('never throws and returns trimmed single-spaced text, on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = normaliseName(text);
        expect(result).toBe(result.trim());
        expect(result).not.toMatch(/ {2}/u);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normaliseName(text);
        expect(normaliseName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(nameLike, (text) => {
        const once = normaliseName(text);
        expect(normaliseName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores case', () => {
    fc.assert(
      fc.property(nameLike, (text) => {
        expect(normaliseName(text.toUpperCase())).toBe(normaliseName(text.toLowerCase()));
        expect(normaliseName(text.toUpperCase())).toBe(normaliseName(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores whitespace added around the name', () => {
    const padding = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00A0', '\u2003'), maxLength: 4 });
    fc.assert(
      fc.property(nameLike, padding, padding, (text, before, after) => {
        expect(normaliseName(before + text + after)).toBe(normaliseName(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores Latin diacritics', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'aeiouncgsAEIOUNCGS '), minLength: 1, maxLength: 20 });
    const marks = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0308', '\u0327', '\u030C'];
    fc.assert(
      fc.property(plain, fc.array(fc.constantFrom(...marks), { maxLength: 20 }), (text, chosen) => {
        // Put a combining mark after each letter, then compose: "Dog" → "Dòğ".
        const letters = [...text];
        const decorated = letters
          .map((letter, i) => (letter === ' ' ? letter : letter + (chosen[i] ?? '')))
          .join('')
          .normalize('NFC');
        expect(normaliseName(decorated)).toBe(normaliseName(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('treats every apostrophe variant alike', () => {
    fc.assert(
      fc.property(nameLike, nameLike, fc.constantFrom(...APOSTROPHES), (left, right, apostrophe) => {
        expect(normaliseName(`${left}${apostrophe}${right}`)).toBe(normaliseName(`${left}'${right}`));
      }),
      { numRuns: 1000 },
    );
  });
});
