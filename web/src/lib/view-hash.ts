/**
 * The workbench's address after `#`: the view (`#/actor`), and for the Curation view an item
 * to open in its form (`#/curation/actor/ttp`), so that other views can link to an item's form.
 * Pure.
 */

/** The address of the Curation view with the item of `kind` and `id` opened in its form. */
export const editHash = (kind: string, id: string): string =>
  `#/curation/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`;

const segmentsOf = (hash: string): string[] => hash.replace(/^#\/?/, '').split('/');

/** The view an address names (its first segment), as written. */
export const viewInHash = (hash: string): string => segmentsOf(hash)[0] ?? '';

/** The item a Curation address opens; null when it names none (or cannot be read). */
export function itemInHash(hash: string): { kind: string; id: string } | null {
  const [view, kind, id, ...rest] = segmentsOf(hash);
  if (view !== 'curation' || kind === undefined || id === undefined || id === '' || rest.length > 0)
    return null;
  try {
    return { kind: decodeURIComponent(kind), id: decodeURIComponent(id) };
  } catch {
    return null;
  }
}
