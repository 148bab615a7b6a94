/**
 * The brief as a document model, independent of any output format: sections of blocks, each
 * sentence carrying the numbers of the footnotes it rests on, the footnotes themselves, and
 * the data of the figures. Renderers (Markdown, HTML, DOCX) only lay this out.
 */
import type { ProfileSectionId } from './profile/model.ts';

/** What a footnote points at: a stored document, a dataset row, or a reference file read for a base rate. */
export type NoteEntry =
  | {
      kind: 'document';
      sourceId: string;
      title: string;
      publisher: string | null;
      url: string | null;
      /** ISO date of access, or null. */
      accessed: string | null;
    }
  | {
      kind: 'row';
      sourceId: string;
      dataset: string;
      release: string | null;
      row: string;
    }
  | {
      kind: 'reference';
      file: string;
      referenceClass: string;
      computation: string;
      computedOn: string;
    };

/**
 * A numbered footnote: one entry, or (`sources`) the entries of a sentence that rests on more
 * than a brief cites one by one, listed in one note, each as its own footnote would give it.
 */
export type Footnote = (NoteEntry & { n: number }) | { n: number; kind: 'sources'; entries: NoteEntry[] };

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
  /** A figure; its caption cites the evidence the figure is drawn from (`notes`). */
  | { kind: 'figure'; figure: FigureId; alt: string; caption: string; notes: number[] };

export type FigureId = 'events-by-month' | 'prospects' | 'fatalities-by-month' | 'network';

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

/** Deaths in one month of one series (events of one origin), each incident counted once. */
export interface FatalityCell {
  /** The series: the origin of the events ('curated', 'dataset', 'coded'). */
  series: string;
  best: number;
  /** Sum of the low (high) estimates, the best estimate standing in where one is missing. */
  low: number;
  high: number;
  /** Incidents counted, and those among them with no known toll. */
  incidents: number;
  unknown: number;
}

export interface MonthFatalities {
  /** YYYY-MM */
  month: string;
  label: string;
  cells: FatalityCell[];
}

export interface NetworkNode {
  id: string;
  label: string;
  role: 'mediator' | 'party' | 'other';
  /** Position in the drawing (0…1 on both axes), fixed by the layout. */
  x: number;
  y: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Net tie over the event, relation and agreement layers, in [−1, 1]. */
  weight: number;
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
  /** ISO day the brief was generated on (the one thing that may differ between identical runs). */
  generated: string;
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
    fatalitiesByMonth: {
      months: MonthFatalities[];
      /** Series present, in order, with their labels as written. */
      series: { id: string; label: string }[];
      rangeLabel: string;
    };
    network: { nodes: NetworkNode[]; edges: NetworkEdge[]; friendly: string; hostile: string };
    /** Axis ticks of the prospects chart (0, 25, 50, 75, 100 per cent), as written. */
    ticks: { value: number; label: string }[];
  };
  /** Labels the renderers need. */
  labels: { accessed: string; release: string; row: string; computedOn: string; figure: string };
  /** What the DOCX edition writes where it gives a figure as a table, and the tables' columns. */
  tables: {
    note: string;
    columns: Record<'month' | 'series' | 'best' | 'range' | 'pair' | 'tie' | 'weight', string>;
  };
}
