/**
 * The document readers on documents we wrote: plain text, Markdown and HTML (a hostile page
 * among them), language detection, dates, and bad input rejected with file, line and field.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.ts';
import {
  decodeEntities,
  detectLanguage,
  findDate,
  DateProblem,
  readDocument,
  readDocumentText,
} from '../../src/ingest/documents/index.ts';
import { HOSTILE_HTML } from './hostile-page.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function validationError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const TEXT = [
  'Ceasefire Talks Stall in the Valley',
  '',
  'Share',
  'By Omar Haddad',
  'Published: 12.04.2024',
  '',
  'Negotiators from the two militias met in the valley town on Thursday, but the talks ended without a date for the next round.[1] Both sides accused each other of shelling villages near the river.',
  '',
  'The regional governor said he would host a second meeting next week.[2]',
  '',
  'References',
  '',
  '[1] “Valley talks end without agreement”, Northern Courier, https://courier.example.net/valley-talks, (Date of Accession: 13.04.2024).',
  '[2] "Governor offers to host talks", Radio Example, 11 April 2024, https://radio.example.org/news/governor-host?id=7.',
  '',
  'Omar Haddad',
  'Omar Haddad writes on local politics.',
  'Omar Haddad',
].join('\n');

describe('plain text', () => {
  const doc = readDocumentText(TEXT, 'valley.txt');

  it('reads title, byline, dateline and language, and keeps the header out of the body', () => {
    expect(doc).toMatchObject({
      format: 'text',
      title: 'Ceasefire Talks Stall in the Valley',
      author: 'Omar Haddad',
      published: '2024-04-12',
      language: 'en',
    });
    expect(doc.body.startsWith('Negotiators from the two militias')).toBe(true);
    expect(doc.body).not.toMatch(/Share|Published|References|writes on local politics/u);
    expect(doc.body.split('\n\n')).toHaveLength(2);
  });

  it('parses the reference list and ties the markers to their sentences', () => {
    expect(doc.references).toEqual([
      expect.objectContaining({
        marker: '[1]',
        title: 'Valley talks end without agreement',
        publisher: 'Northern Courier',
        url: 'https://courier.example.net/valley-talks',
        accessed: '2024-04-13',
        published: null,
        line: 13,
      }),
      expect.objectContaining({
        marker: '[2]',
        title: 'Governor offers to host talks',
        publisher: 'Radio Example',
        url: 'https://radio.example.org/news/governor-host?id=7',
        accessed: null,
        published: '2024-04-11',
        line: 14,
      }),
    ]);
    expect(doc.markers.map((m) => m.marker)).toEqual(['[1]', '[2]']);
    for (const marker of doc.markers) {
      expect(doc.body.slice(marker.start, marker.end)).toBe(marker.marker);
      expect(doc.body.slice(marker.sentence.start, marker.sentence.end)).toBe(marker.sentence.text);
      expect(
        marker.sentence.text.endsWith(marker.marker) || marker.sentence.text.endsWith(`${marker.marker}.`),
      ).toBe(true);
    }
    expect(doc.markers[0]?.sentence.text.startsWith('Negotiators')).toBe(true);
  });

  it('without a header or references, the first line is the title and the rest the body', () => {
    const plain = readDocumentText(
      'A short note\nThe envoy arrived in the capital and met the minister.\n',
      'n.txt',
    );
    expect(plain).toMatchObject({
      title: 'A short note',
      author: null,
      published: null,
      references: [],
      markers: [],
    });
    expect(plain.body).toBe('The envoy arrived in the capital and met the minister.');
  });
});

describe('Markdown', () => {
  const MD = [
    '---',
    'title: "Truce holds in the north"',
    'author: Lena Petrova',
    'date: 2023-11-02',
    '---',
    '',
    '# Truce holds in the north',
    '',
    'The **ceasefire** agreed in [Geneva](https://example.org/geneva) has held for a week,',
    'according to *observers* on the ground.[^1]',
    '',
    '![a map](map.png)',
    '',
    '- Both armies pulled back heavy weapons from the line.',
    '> Residents returned to three villages.',
    '',
    '<script>alert("md")</script>',
    '```',
    'code stays as text',
    '```',
    '',
    '[^1]: ‘Observers report calm along the line’, Example Monitor, https://monitor.example.com/calm, accessed 3 November 2023.',
  ].join('\n');
  const doc = readDocumentText(MD, 'truce.md');

  it('reads front matter and strips markup, keeping line structure and markers', () => {
    expect(doc).toMatchObject({
      format: 'markdown',
      title: 'Truce holds in the north',
      author: 'Lena Petrova',
      published: '2023-11-02',
      language: 'en',
    });
    expect(doc.body).toContain(
      'The ceasefire agreed in Geneva has held for a week,\naccording to observers on the ground.[^1]',
    );
    expect(doc.body).toContain('Both armies pulled back heavy weapons');
    expect(doc.body).toContain('Residents returned to three villages.');
    expect(doc.body).toContain('code stays as text');
    expect(doc.body).not.toMatch(/alert|map\.png|\*\*|https:\/\/example\.org|# Truce/u);
  });

  it('reads Markdown footnotes as references', () => {
    expect(doc.references).toEqual([
      expect.objectContaining({
        marker: '[1]',
        title: 'Observers report calm along the line',
        publisher: 'Example Monitor',
        url: 'https://monitor.example.com/calm',
        accessed: '2023-11-03',
        line: 22,
      }),
    ]);
    expect(doc.markers).toHaveLength(1);
    expect(doc.markers[0]?.marker).toBe('[^1]');
    expect(doc.markers[0]?.sentence.text).toMatch(/^The ceasefire agreed.*\[\^1\]$/su);
  });

  it('takes the title from the first heading when there is no front matter', () => {
    const plain = readDocumentText('Intro line?\n\n# Not first\n\nText of the piece goes on here.', 'x.md');
    expect(plain.title).toBe('Intro line?');
    const headed = readDocumentText(
      '# The Heading\n\nText of the piece goes on here with more words.',
      'y.md',
    );
    expect(headed.title).toBe('The Heading');
    expect(headed.body).toBe('Text of the piece goes on here with more words.');
  });
});

describe('HTML', () => {
  const file = 'hostile.html';
  const html = HOSTILE_HTML;

  it('yields only the readable text of a hostile page and never runs anything', () => {
    const g = globalThis as { __jirgaPwned?: boolean };
    delete g.__jirgaPwned;
    const doc = readDocument(utf8(html), file);
    expect(g.__jirgaPwned).toBeUndefined();
    for (const banned of [
      'INJECTED',
      'STYLE TEXT',
      'NAVIGATION',
      'COMMENT TEXT',
      'IFRAME',
      'OBJECT TEXT',
      'TEMPLATE',
      'NOSCRIPT',
      'HIDDEN TEXT',
      'SVG TEXT',
      'RELATED',
      'FOOTER',
      'javascript:',
      'onerror',
      'onclick',
      'alert',
      '__jirgaPwned',
      '<b>',
      '</span>',
    ]) {
      expect(doc.body, banned).not.toContain(banned);
    }
    expect(doc.body.split('\n\n')).toEqual([
      'Delegations from the two provinces met in Quetta on Tuesday to discuss the reopening of the border crossing[1]. The talks followed a week of protests by traders.',
      'Officials said the crossing would reopen “within days” & that tariffs would fall. Read the statement.',
      'A second paragraph — with an unclosed bold and italic run, and a stray end tag <script> shown as text.',
      'Traders welcomed the news! Prices \ufffd fell &bogus; slightly.',
    ]);
  });

  it('reads the metadata from title, meta, time and html lang', () => {
    const doc = readDocumentText(html, 'hostile.html');
    expect(doc).toMatchObject({
      format: 'html',
      title: 'Border talks resume in Quetta',
      author: 'Amina Farooqi',
      published: '2024-03-14',
      language: 'en',
      publisher: 'The Example Ledger',
      url: 'https://ledger.example.org/2024/03/border-talks',
    });
    expect(doc.references).toEqual([
      expect.objectContaining({
        title: 'Crossing to reopen, officials say',
        publisher: 'Example Wire',
        url: 'https://wire.example.com/crossing-reopen',
        accessed: '2024-03-13',
      }),
    ]);
    expect(doc.markers[0]?.sentence.text).toMatch(/^Delegations .*crossing\[1\]\.$/u);
  });

  it('without article or main, picks the densest block and drops page chrome', () => {
    const page = `<html><head><title>Port reopens</title></head><body>
      <header><h1>Site name</h1><p>Subscribe now to our newsletter for daily updates and more.</p></header>
      <div class="menu"><a href="/a">One link with words</a> <a href="/b">Another link with words</a></div>
      <div class="content"><p>The port reopened on Monday after a two-week strike by dock workers ended.</p>
      <p>Shipping companies said the backlog would take a month to clear.</p></div>
      <footer><p>Copyright notice and other footer text that is long enough to matter.</p></footer>
      </body></html>`;
    const doc = readDocumentText(page, 'port.html');
    expect(doc.title).toBe('Port reopens');
    expect(doc.body).toBe(
      'The port reopened on Monday after a two-week strike by dock workers ended.\n\nShipping companies said the backlog would take a month to clear.',
    );
  });

  it('survives deep nesting and unterminated markup', () => {
    const deep =
      '<title>Deep</title><article>' +
      '<div>'.repeat(5000) +
      '<p>Still readable text at the bottom of it all.' +
      '<p>Next <b';
    const doc = readDocumentText(deep, 'deep.html');
    expect(doc.body).toContain('Still readable text at the bottom of it all.');
  });

  it('decodes entities like a browser, leaving unknown names alone', () => {
    expect(
      decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x41;&#65;&eacute;&nbsp;&unknown;&#xD800;&#1114112;'),
    ).toBe('&<>"\'AAé\u00a0&unknown;\ufffd\ufffd');
  });
});

describe('language and dates', () => {
  it('tells English, Turkish and Russian apart, and says nothing about too little text', () => {
    expect(detectLanguage('The talks between the two sides are expected to resume in the spring.')).toBe(
      'en',
    );
    expect(
      detectLanguage(
        'Bu gelişme bölgede barış için önemli bir adım olarak değerlendirildi ve taraflar görüştü.',
      ),
    ).toBe('tr');
    expect(
      detectLanguage('Переговоры между сторонами должны возобновиться весной, и это важно для региона.'),
    ).toBe('ru');
    expect(detectLanguage('Hello there')).toBeNull();
  });

  it('reads the common date forms and rejects impossible ones', () => {
    const dates = [
      '09.05.2023',
      '2023-05-09',
      'May 9, 2023',
      '9 May 2023',
      '9th of May, 2023',
      '9/5/2023',
      '9 Mayıs 2023',
      '9 мая 2023',
    ];
    for (const text of dates) expect(findDate(text), text).toMatchObject({ date: '2023-05-09' });
    expect(findDate('12/25/2023')).toMatchObject({ date: '2023-12-25' });
    expect(findDate('31.02.2023')).toBeInstanceOf(DateProblem);
    expect(findDate('01.01.1066')).toBeInstanceOf(DateProblem);
    expect(findDate('no date here')).toBeUndefined();
  });
});

describe('bad input', () => {
  it('refuses a binary file with the file, line and field', () => {
    const error = validationError(() =>
      readDocument(new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x43]), 'blob.txt'),
    );
    expect(error.location).toEqual({ file: 'blob.txt', line: 2, field: 'encoding' });
    const pdf = validationError(() => readDocument(utf8('%PDF-1.7\n...'), 'paper.txt'));
    expect(pdf.message).toMatch(/PDF/u);
  });

  it('refuses text that is not UTF-8, naming the line', () => {
    const latin1 = new Uint8Array([...utf8('Title\nline two\nCaf'), 0xe9, ...utf8(' au lait\n')]);
    const error = validationError(() => readDocument(latin1, 'cafe.txt'));
    expect(error.location).toEqual({ file: 'cafe.txt', line: 3, field: 'encoding' });
    expect(error.message).toMatch(/UTF-8/u);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const text = 'A title\n\nThe mediator met both delegations in the capital.';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(readDocument(bytes, 'u16.txt').title).toBe('A title');
  });

  it('refuses an empty document and one with a title only', () => {
    expect(validationError(() => readDocument(utf8('  \n\n'), 'empty.txt')).location).toEqual({
      file: 'empty.txt',
      line: 1,
      field: 'body',
    });
    expect(validationError(() => readDocumentText('Only a title\n\n', 'title.txt')).location.field).toBe(
      'body',
    );
    expect(
      validationError(() => readDocumentText('<html><script>x()</script></html>', 'e.html')).location.field,
    ).toBe('body');
  });

  it('refuses absurd dates, naming the line and the field', () => {
    const dated = validationError(() =>
      readDocumentText('Title\nPublished: 31.02.2023\n\nThe body goes on for a while here.', 'd.txt'),
    );
    expect(dated.location).toEqual({ file: 'd.txt', line: 2, field: 'published' });
    const ref = validationError(() =>
      readDocumentText(
        'Title\n\nBody text of the article is here and it is long enough.[1]\n\n[1] "X", Y, https://x.example/y, (Date of Accession: 09.05.3023).',
        'r.txt',
      ),
    );
    expect(ref.location).toEqual({ file: 'r.txt', line: 5, field: 'references[1].accessed' });
    const html = validationError(() =>
      readDocumentText(
        '<html><head><meta property="article:published_time" content="1492-10-12"></head><body><p>Some body text here for the page.</p></body></html>',
        'h.html',
      ),
    );
    expect(html.location.field).toBe('published');
  });
});
