// The one plural-to-singular helper of the coder, on words of its own lists and a few others.
import { describe, expect, it } from 'vitest';
import { singularForms, singularOf } from '../../src/coder/singular.ts';

describe('singularOf', () => {
  it('turns "-ies" into "-y" and drops a final "s", on a word or a phrase’s last word', () => {
    expect(singularOf('parties')).toBe('party');
    expect(singularOf('insurgencies')).toBe('insurgency');
    expect(singularOf('opposition groups')).toBe('opposition group');
    expect(singularOf('hideouts')).toBe('hideout');
  });
  it('leaves "-ss" and words without "s" as they are', () => {
    expect(singularOf('press')).toBe('press');
    expect(singularOf('police')).toBe('police');
  });
});

describe('singularForms', () => {
  it('lists the word first, then the forms it may be the plural of, for a list to pick from', () => {
    expect(singularForms('ceasefires')).toEqual(['ceasefires', 'ceasefir', 'ceasefire']);
    expect(singularForms('parties')).toEqual(['parties', 'party', 'parti', 'partie']);
    expect(singularForms('talk')).toEqual(['talk']);
    expect(singularForms('crises')).toContain('crise');
  });
});
