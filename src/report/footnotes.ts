/**
 * Numbering footnotes in the order they are first cited, and turning evidence into them: a
 * document span or a whole source becomes a document note, a dataset row a row note, and a
 * base rate's reference file a reference note. Evidence that resolves to nothing stored (or to
 * a source published after the as-of date) yields no note. With a limit per citation, what
 * one citation would spread over more notes than that becomes one note listing them all.
 */
import type { BaseRate } from '../assess/reference/base-rates.ts';
import type { Source } from '../model/index.ts';
import type { Footnote, NoteEntry } from './model.ts';

/** What a sentence can rest on. */
export type Ref =
  | { sourceId: string; dataset?: string | undefined; release?: string | undefined; row?: string | undefined }
  | { reference: BaseRate };

export class FootnoteRegistry {
  private readonly byKey = new Map<string, Footnote>();
  private readonly sources: ReadonlyMap<string, Source>;

  /** `limit`: the most notes one citation gets; beyond it, one note lists the entries. */
  constructor(
    sources: readonly Source[],
    private readonly asOf: string,
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {
    this.sources = new Map(sources.map((s) => [s.id, s]));
  }

  /** The notes the refs resolve to, registering them; ascending, without repeats. */
  cite(refs: readonly Ref[]): number[] {
    const found = new Map<string, Ref>();
    for (const ref of refs) {
      const key = this.keyOf(ref);
      if (key !== null && !found.has(key)) found.set(key, ref);
    }
    if (found.size > this.limit) return [this.listing(found).n];
    const numbers = [...found].map(([key, ref]) => this.register(key, () => this.entryOf(ref)).n);
    return numbers.sort((x, y) => x - y);
  }

  /** Whether any ref would resolve, without registering anything. */
  resolvable(refs: readonly Ref[]): boolean {
    return refs.some((ref) => this.keyOf(ref) !== null);
  }

  list(): Footnote[] {
    return [...this.byKey.values()].sort((x, y) => x.n - y.n);
  }

  private usable(id: string): Source | null {
    const source = this.sources.get(id);
    if (source === undefined) return null;
    if (source.published !== null && source.published > this.asOf) return null;
    return source;
  }

  private keyOf(ref: Ref): string | null {
    if ('reference' in ref) return `ref:${ref.reference.file}:${ref.reference.referenceClass}`;
    if (this.usable(ref.sourceId) === null) return null;
    if (ref.dataset !== undefined && ref.row !== undefined)
      return `row:${ref.sourceId}:${ref.dataset}:${ref.release ?? ''}:${ref.row}`;
    return `doc:${ref.sourceId}`;
  }

  /** The note under `key`, numbered next when it is new. */
  private register(
    key: string,
    entry: () => NoteEntry | { kind: 'sources'; entries: NoteEntry[] },
  ): Footnote {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const note = { n: this.byKey.size + 1, ...entry() } as Footnote;
    this.byKey.set(key, note);
    return note;
  }

  /** One note listing the entries (in the order first cited); the same set again is the same note. */
  private listing(found: ReadonlyMap<string, Ref>): Footnote {
    const key = `sources:${[...found.keys()].sort().join('\n')}`;
    return this.register(key, () => ({
      kind: 'sources',
      entries: [...found.values()].map((ref) => this.entryOf(ref)),
    }));
  }

  /** What a resolvable ref points at. */
  private entryOf(ref: Ref): NoteEntry {
    if ('reference' in ref) {
      const r = ref.reference;
      return {
        kind: 'reference',
        file: r.file,
        referenceClass: r.referenceClass,
        computation: r.computation,
        computedOn: r.computedOn,
      };
    }
    const source = this.usable(ref.sourceId)!;
    return ref.dataset !== undefined && ref.row !== undefined
      ? { kind: 'row', sourceId: source.id, dataset: ref.dataset, release: ref.release ?? null, row: ref.row }
      : {
          kind: 'document',
          sourceId: source.id,
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          accessed: source.accessed,
        };
  }
}

/** dd.mm.yyyy, the access-date format of the footnotes. */
export function dottedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The entries a footnote gives: its own, or those it lists. */
export function noteEntries(note: Footnote): NoteEntry[] {
  if (note.kind === 'sources') return note.entries;
  const { n: _n, ...entry } = note;
  return [entry];
}

/** What the renderers write between the entries of a note that lists several. */
export const ENTRY_SEPARATOR = '; ';

/** A footnote as one line of plain text (Markdown and DOCX escape or lay it out themselves). */
export function footnoteText(
  note: Footnote | NoteEntry,
  labels: { accessed: string; release: string; row: string; computedOn: string },
): string {
  if (note.kind === 'sources') return note.entries.map((e) => footnoteText(e, labels)).join(ENTRY_SEPARATOR);
  if (note.kind === 'document') {
    const parts = [`"${note.title}"`];
    if (note.publisher !== null) parts.push(note.publisher);
    if (note.url !== null) parts.push(note.url);
    if (note.accessed !== null) parts.push(`(${labels.accessed}: ${dottedDate(note.accessed)})`);
    return parts.join(', ');
  }
  if (note.kind === 'row') {
    return [
      note.dataset,
      ...(note.release === null ? [] : [`${labels.release} ${note.release}`]),
      `${labels.row} ${note.row}`,
    ].join(', ');
  }
  return `${note.referenceClass}, ${note.file}: ${note.computation} (${labels.computedOn} ${dottedDate(note.computedOn)})`;
}
