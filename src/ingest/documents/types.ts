/**
 * What a document reader returns: the readable text (`body`) with its metadata, the reference
 * list parsed into citable pages, and the in-text footnote markers with the sentence each
 * supports. Offsets are into `body`. Plain data, no behaviour.
 */

export const DOCUMENT_FORMATS = ['text', 'markdown', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** One entry of the document's reference list ("[1] “Title”, Publisher, URL, (Date of Accession: …)"). */
export interface DocumentReference {
  /** The marker as the text writes it in the body: "[1]". */
  marker: string;
  /** The footnote number. */
  number: number;
  title: string;
  publisher: string | null;
  url: string | null;
  /** YYYY-MM-DD. */
  accessed: string | null;
  /** YYYY-MM-DD, when the entry gives a publication date besides the access date. */
  published: string | null;
  /** The entry as written, for messages and review. */
  raw: string;
  /** 1-based line of the entry in the file (for HTML, in the extracted text). */
  line: number;
}

/** A footnote marker in the body and the sentence it is attached to. */
export interface FootnoteMarker {
  marker: string;
  number: number;
  /** Offsets of the marker itself. */
  start: number;
  end: number;
  /** Offsets and text of the sentence the marker closes. */
  sentence: { start: number; end: number; text: string };
}

export interface ReadDocument {
  format: DocumentFormat;
  title: string;
  author: string | null;
  /** YYYY-MM-DD, day precision only. */
  published: string | null;
  /** ISO 639-1 code, or null when the text is too short or unclear. */
  language: string | null;
  /** Publisher or site name, when the document says (HTML `og:site_name`). */
  publisher: string | null;
  /** Canonical URL, when the document says (HTML `link rel=canonical`, `og:url`). */
  url: string | null;
  /** The readable text: paragraphs separated by a blank line; title, reference list and trailing matter removed. */
  body: string;
  references: DocumentReference[];
  markers: FootnoteMarker[];
}
