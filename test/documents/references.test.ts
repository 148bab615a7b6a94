/**
 * Reference lists on our own examples: the footnote forms ("[1] “Title”, Publisher, URL,
 * (Date of Accession: dd.mm.yyyy)" and its variants), where the list ends, and errors.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.ts';
import { parseReference, splitReferences } from '../../src/ingest/documents/index.ts';

const parse = (text: string, number = 1) => parseReference({ number, text, line: 7 }, 'f.txt');

describe('a footnote entry', () => {
  it('reads title, publisher, URL and access date in the seed style, with straight or curly quotes', () => {
    for (const text of [
      '“Harbour Deal Signed After Long Talks”, Coastal Times, https://coastal.example.com/harbour-deal/, (Date of Accession: 21.06.2022).',
      '"Harbour Deal Signed After Long Talks", Coastal Times, https://coastal.example.com/harbour-deal/, (Date of Accession: 21.06.2022).',
      '«Harbour Deal Signed After Long Talks», Coastal Times, https://coastal.example.com/harbour-deal/ (Date of access: 21/06/2022)',
      '“Harbour Deal Signed After Long Talks”, Coastal Times, https://coastal.example.com/harbour-deal/. Accessed 21 June 2022.',
      '“Harbour Deal Signed After Long Talks”, Coastal Times, https://coastal.example.com/harbour-deal/, accessed on June 21, 2022',
      '“Harbour Deal Signed After Long Talks”, Coastal Times, https://coastal.example.com/harbour-deal/, (Erişim Tarihi: 21.06.2022).',
      '“Harbour Deal Signed After Long Talks”, Coastal Times, https://coastal.example.com/harbour-deal/, (дата обращения: 21.06.2022).',
      '“Harbour Deal Signed After Long Talks”, Coastal Times, https://coastal.example.com/harbour-deal/, (Retrieved: 2022-06-21).',
    ]) {
      expect(parse(text), text).toMatchObject({
        marker: '[1]',
        title: 'Harbour Deal Signed After Long Talks',
        publisher: 'Coastal Times',
        url: 'https://coastal.example.com/harbour-deal/',
        accessed: '2022-06-21',
        published: null,
        line: 7,
      });
    }
  });

  it('without quotes, the first part is the title; a date on its own is the publication date', () => {
    expect(
      parse(
        'Annual report on the northern districts, Example Institute, 3 March 2021, https://inst.example.org/report.pdf',
      ),
    ).toMatchObject({
      title: 'Annual report on the northern districts',
      publisher: 'Example Institute',
      published: '2021-03-03',
      accessed: null,
      url: 'https://inst.example.org/report.pdf',
    });
  });

  it('keeps parentheses that belong to the URL and drops the ones around it', () => {
    expect(parse('"Page", Wiki, (https://wiki.example.org/A_(b)), accessed 01.02.2020').url).toBe(
      'https://wiki.example.org/A_(b)',
    );
  });

  it('a bare URL is its own title', () => {
    expect(parse('https://only.example.net/page')).toMatchObject({
      title: 'https://only.example.net/page',
      publisher: null,
    });
  });

  it('an access label without a real date is an error naming line and field', () => {
    for (const text of [
      '"T", P, https://x.example/, (Date of Accession: 32.01.2022)',
      '"T", P, (Date of Accession: soon)',
    ]) {
      let error: unknown;
      try {
        parse(text, 3);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).location).toEqual({
        file: 'f.txt',
        line: 7,
        field: 'references[3].accessed',
      });
    }
  });
});

describe('the reference list', () => {
  const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

  it('is the last run of entries, wrapped lines included; what follows is trailing matter', () => {
    const split = splitReferences(
      lines(
        [
          'Body paragraph with a claim.[1] And another.[2]',
          '',
          'Sources:',
          '[1] "First page", Pub One,',
          '    https://one.example/a, (Date of Accession: 01.01.2020).',
          '',
          '[2] "Second page", Pub Two, https://two.example/b',
          '',
          'About the author',
        ].join('\n'),
      ),
    );
    expect(split.body.map((l) => l.text)).toEqual(['Body paragraph with a claim.[1] And another.[2]', '']);
    expect(split.entries.map((e) => [e.number, e.line])).toEqual([
      [1, 4],
      [2, 7],
    ]);
    expect(split.entries[0]?.text).toContain('https://one.example/a');
    expect(split.trailing.map((l) => l.text)).toEqual(['About the author']);
  });

  it('numbered lists in the body without URLs or access dates are not references', () => {
    const split = splitReferences(
      lines('Three demands:\n1. A ceasefire.\n2. Prisoner exchange.\n\nThe end.'),
    );
    expect(split.entries).toEqual([]);
    expect(split.body).toHaveLength(5);
  });
});
