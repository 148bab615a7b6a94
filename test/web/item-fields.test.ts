/**
 * The Curation forms' fields: every editable kind's blank item, once the analyst fills what the
 * form asks for, passes the model's schema; the form names the first field the schema refuses;
 * actor pickers and checkboxes write lists and booleans.
 */
import { describe, expect, it } from 'vitest';
import { CURATED_KINDS, SCHEMA_OF } from '../../src/app/curation/kinds.ts';
import {
  blankItem,
  FIELDS,
  firstProblem,
  ID_FIELD,
  readField,
  writeField,
  type Field,
} from '../../web/src/lib/item-fields.ts';

const field = (kind: (typeof CURATED_KINDS)[number], path: string): Field => {
  const found = [ID_FIELD, ...FIELDS[kind]].find((f) => f.path.join('.') === path);
  if (found === undefined) throw new Error(`${kind} has no field ${path}`);
  return found;
};

/** What an analyst types into a new item's form, by kind and field path. */
const TYPED: Record<(typeof CURATED_KINDS)[number], Record<string, string>> = {
  event: { id: 'e-1', sourceActors: 'ttp', targetActors: 'pakistan', 'evidence.0.sourceId': 'src-1' },
  relation: { id: 'r-1', subjectId: 'ttp', objectId: 'pakistan', 'evidence.0.sourceId': 'src-1' },
  negotiation: { id: 'n-1', name: 'Kabul talks', parties: 'ttp, pakistan', 'evidence.0.sourceId': 'src-1' },
  agreement: { id: 'a-1', name: 'Truce', parties: 'ttp, pakistan', 'evidence.0.sourceId': 'src-1' },
  actor: { id: 'new-front', name: 'New Front', country: 'PAK' },
  source: { id: 'src-1', title: 'A report' },
};

describe('curation form fields', () => {
  it.each(CURATED_KINDS)('a blank %s filled in the form passes the model schema', (kind) => {
    let item = blankItem(kind, '2024-03-01');
    expect(firstProblem(kind, item)).not.toBeNull();
    for (const [path, input] of Object.entries(TYPED[kind]))
      item = writeField(item, field(kind, path), input);
    expect(firstProblem(kind, item)).toBeNull();
    expect(SCHEMA_OF[kind].safeParse(item).success).toBe(true);
  });

  it('names the field the schema refuses: an agreement needs two parties', () => {
    const parties = field('agreement', 'parties');
    let item = blankItem('agreement', '2024-03-01');
    for (const [path, input] of Object.entries(TYPED.agreement))
      item = writeField(item, field('agreement', path), input);
    expect(readField(item, parties)).toBe('ttp, pakistan');
    expect(firstProblem('agreement', writeField(item, parties, 'ttp'))?.field).toBe('parties');
    expect(
      firstProblem('agreement', writeField(item, field('agreement', 'signed'), '2024-13-01'))?.field,
    ).toBe('signed');
  });

  it('writes a checkbox as a boolean and an empty nullable field as null', () => {
    const written = field('agreement', 'written');
    const item = writeField(blankItem('agreement', '2024-03-01'), written, 'false');
    expect((item as { written: unknown }).written).toBe(false);
    expect(readField(item, written)).toBe('false');
    const country = field('actor', 'country');
    expect((writeField({ country: 'PAK' }, country, '') as { country: unknown }).country).toBeNull();
  });
});
