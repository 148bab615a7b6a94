/**
 * The brief as a document model, independent of any output format: sections of blocks, each
 * sentence carrying the numbers of the footnotes it rests on, the footnotes themselves, and
 * the data of the figures. Renderers (Markdown, HTML, DOCX) only lay this out.
 */
import type { ProfileSectionId } from './profile/model.ts';

/** What a footnote points at: a stored document, a dataset row, or a reference file read for a base rate. */
export type Footnote =
  | {
      n: number;
      kind: 'document';
      sourceId: string;
      title: string;
      publisher: string | null;
      url: string | null;
      /** ISO date of access, or null. */
      accessed: string | null;
    }
  | {
      n: number;
      kind: 'row';
      sourceId: string;
      dataset: string;
      release: string | null;
      row: string;
    }
  | {
      n: number;
      kind: 'reference';
      file: string;
      referenceClass: string;
      computation: string;
      computedOn: string;
    };

/** One sentence and the footnotes it rests on (ascending, without repeats). */
export interface Sentence {
  text: string;
  notes: number[];
}

export type Block =
  | { kind: 'paragraph'; sentences: Sentence[] }
  | { kind: 'list'; items: Sentence[] }
  /** A heading inside a section (template text, no claim of fact). */
  | { kind: 'subheading'; text: string }
  /** A note on method or a standing label ("conditional on expert inputs"), not a claim of fact. */
  | { kind: 'label'; text: string }
  | { kind: 'figure'; figure: FigureId; alt: string; caption: string };

export type FigureId = 'events-by-month' | 'prospects';

export type SectionId =
  | 'summary'
  | 'changes'
  | 'background'
  | 'parties'
  | 'dynamics'
  | 'mediator'
  | 'scenarios'
  | 'watch'
  | 'caveats'
  | ProfileSectionId;

export interface Section {
  id: SectionId;
  heading: string;
  /** Factual sections hold only sentences with at least one footnote. */
  factual: boolean;
  blocks: Block[];
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  /** The month as the language writes it. */
  label: string;
  /** Events of each PLOVER type in the month. */
  byType: Record<string, number>;
}

export interface ProspectBar {
  label: string;
  p: number | null;
  low: number | null;
  high: number | null;
  term: string | null;
  /** The point and term as written in the chart, or the no-estimate text. */
  text: string;
}

/** An analyst's statement that they reviewed the draft (their own word: Jirga cannot check it). */
export interface Review {
  by: string;
  /** ISO date of the review. */
  on: string;
  note: string | null;
}

export interface BriefDocument {
  lang: string;
  title: string;
  /** "Machine-made draft, not reviewed", or who reviewed it and when. */
  stamp: string;
  /** Set when an analyst marked the draft reviewed. */
  review?: Review;
  /** One line on what the brief was made from (case, date, Jirga version). */
  provenance: string;
  sections: Section[];
  footnotes: Footnote[];
  notesHeading: string;
  figures: {
    eventsByMonth: { months: MonthCount[]; types: string[] };
    prospects: ProspectBar[];
    /** Axis ticks of the prospects chart (0, 25, 50, 75, 100 per cent), as written. */
    ticks: { value: number; label: string }[];
  };
  /** Labels the renderers need. */
  labels: { accessed: string; release: string; row: string; computedOn: string; figure: string };
}
