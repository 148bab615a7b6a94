/**
 * Numbering footnotes in the order they are first cited, and turning evidence into them: a
 * document span or a whole source becomes a document note, a dataset row a row note, and a
 * base rate's reference file a reference note. Evidence that resolves to nothing stored (or to
 * a source published after the as-of date) yields no note.
 */
import type { BaseRate } from '../assess/reference/base-rates.ts';
import type { Source } from '../model/index.ts';
import type { Footnote } from './model.ts';

/** What a sentence can rest on. */
export type Ref =
  | { sourceId: string; dataset?: string | undefined; release?: string | undefined; row?: string | undefined }
  | { reference: BaseRate };

export class FootnoteRegistry {
  private readonly byKey = new Map<string, Footnote>();
  private readonly sources: ReadonlyMap<string, Source>;

  constructor(
    sources: readonly Source[],
    private readonly asOf: string,
  ) {
    this.sources = new Map(sources.map((s) => [s.id, s]));
  }

  /** The notes the refs resolve to, registering them; ascending, without repeats. */
  cite(refs: readonly Ref[]): number[] {
    const numbers = new Set<number>();
    for (const ref of refs) {
      const note = this.resolve(ref);
      if (note !== null) numbers.add(note.n);
    }
    return [...numbers].sort((x, y) => x - y);
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

  private resolve(ref: Ref): Footnote | null {
    const key = this.keyOf(ref);
    if (key === null) return null;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.byKey.size + 1;
    let note: Footnote;
    if ('reference' in ref) {
      const r = ref.reference;
      note = {
        n,
        kind: 'reference',
        file: r.file,
        referenceClass: r.referenceClass,
        computation: r.computation,
        computedOn: r.computedOn,
      };
    } else {
      const source = this.usable(ref.sourceId)!;
      note =
        ref.dataset !== undefined && ref.row !== undefined
          ? {
              n,
              kind: 'row',
              sourceId: source.id,
              dataset: ref.dataset,
              release: ref.release ?? null,
              row: ref.row,
            }
          : {
              n,
              kind: 'document',
              sourceId: source.id,
              title: source.title,
              publisher: source.publisher,
              url: source.url,
              accessed: source.accessed,
            };
    }
    this.byKey.set(key, note);
    return note;
  }
}

/** dd.mm.yyyy, the access-date format of the footnotes. */
export function dottedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** A footnote as one line of plain text (Markdown and DOCX escape or lay it out themselves). */
export function footnoteText(
  note: Footnote,
  labels: { accessed: string; release: string; row: string; computedOn: string },
): string {
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
