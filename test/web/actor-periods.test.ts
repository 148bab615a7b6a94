/**
 * The actor form's pure helpers: periods added, dated, given sources and removed (the field gone
 * with the last one, the rest of the actor untouched, evidence with a quote kept when its source
 * stays chosen); the "the" control (unset removes the field, never stores false); what the
 * profile says of the article, set or by the rule; where a refused field's problem is shown;
 * and the API reader turning a refusal naming a field into a ValidationError naming it.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.ts';
import { Actor } from '../../src/model/index.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { read } from '../../web/src/api-read.ts';
import {
  addPeriod,
  periodsOf,
  removePeriod,
  setPeriodEnd,
  setPeriodSources,
} from '../../web/src/lib/actor-periods.ts';
import { articleUse, inRunningText } from '../../web/src/lib/article.ts';
import { FIELDS, firstProblem, isUnder, readField, writeField } from '../../web/src/lib/item-fields.ts';

const republic = pakistanTtp.actors.find((a) => a.id === 'afghan-republic-government')!;
const undated = pakistanTtp.actors.find((a) => a.periods === undefined && a.kind === 'armed-group')!;
const articleField = FIELDS.actor.find((f) => f.path.join('.') === 'definiteArticle')!;

describe('editing periods', () => {
  it('adds an open period without evidence, which the schema refuses at its evidence', () => {
    const added = addPeriod(undated);
    expect(periodsOf(added)).toEqual([{ from: null, to: null, evidence: [] }]);
    expect(periodsOf(undated)).toEqual([]);
    expect(firstProblem('actor', added)?.field).toBe('periods.0.evidence');
  });

  it('dates a period and chooses its sources; the actor then passes the schema', () => {
    const [first, second] = pakistanTtp.sources;
    let draft = setPeriodEnd(addPeriod(undated), 0, 'from', '2007-12-14');
    draft = setPeriodSources(draft, 0, [first!.id, second!.id, first!.id]);
    expect(periodsOf(draft)).toEqual([
      { from: '2007-12-14', to: null, evidence: [{ sourceId: first!.id }, { sourceId: second!.id }] },
    ]);
    expect(firstProblem('actor', draft)).toBeNull();
    expect(Actor.parse(draft)).toEqual({ ...undated, periods: periodsOf(draft) });
    // An emptied date is an open end again.
    expect(periodsOf(setPeriodEnd(draft, 0, 'from', ''))[0]!.from).toBeNull();
  });

  it('keeps the evidence of a source still chosen, quote and all, and drops the others', () => {
    const quoted = { sourceId: 's-quoted', quote: 'took Kabul' };
    const draft = {
      ...undated,
      periods: [{ from: null, to: null, evidence: [quoted, { sourceId: 's-gone' }] }],
    };
    expect(periodsOf(setPeriodSources(draft, 0, ['s-new', 's-quoted']))[0]!.evidence).toEqual([
      { sourceId: 's-new' },
      quoted,
    ]);
  });

  it('changes only the period named, and removing the last period removes the field', () => {
    expect(republic.periods).toHaveLength(1);
    const first = republic.periods![0]!;
    const two = setPeriodEnd(addPeriod(republic), 1, 'to', '2030-01-01');
    expect(periodsOf(two)).toEqual([first, { from: null, to: '2030-01-01', evidence: [] }]);
    expect(periodsOf(removePeriod(two, 0))).toEqual([{ from: null, to: '2030-01-01', evidence: [] }]);
    const none = removePeriod(removePeriod(two, 1), 0);
    expect(none).not.toHaveProperty('periods');
    expect(none).toEqual((({ periods: _periods, ...rest }) => rest)(republic));
  });
});

describe('the "the" control', () => {
  it('reads yes, no and unset, and writing unset removes the field instead of storing false', () => {
    expect(readField(republic, articleField)).toBe('true');
    const no = writeField(republic, articleField, 'false');
    expect((no as Actor).definiteArticle).toBe(false);
    expect(readField(no, articleField)).toBe('false');
    const unset = writeField(no, articleField, '');
    expect(unset).not.toHaveProperty('definiteArticle');
    expect(readField(unset, articleField)).toBe('');
    expect(Actor.parse(unset)).toEqual(unset);
  });

  it('says whether the data sets it, what the rule gives, and what running text writes', () => {
    expect(articleUse(republic)).toEqual({ set: true, byRule: true, used: true });
    const named = { name: 'Tehrik-i-Taliban Pakistan', kind: 'armed-group' as const };
    expect(articleUse(named)).toEqual({ set: undefined, byRule: false, used: false });
    expect(inRunningText(named)).toBe('Tehrik-i-Taliban Pakistan');
    // Set against the rule: the data wins, and the rule's answer is still told.
    expect(articleUse({ ...named, definiteArticle: true })).toEqual({ set: true, byRule: false, used: true });
    expect(inRunningText({ ...named, definiteArticle: true })).toBe('the Tehrik-i-Taliban Pakistan');
    expect(articleUse({ name: 'Pakistan Army', kind: 'military', definiteArticle: false }).byRule).toBe(true);
  });
});

describe('problems beside their fields', () => {
  it('places a field path at itself and inside its parents, not at a sibling sharing a prefix', () => {
    expect(isUnder('periods.0.evidence', 'periods.0.evidence')).toBe(true);
    expect(isUnder('periods.0.evidence.0.sourceId', 'periods.0.evidence')).toBe(true);
    expect(isUnder('periods.0.to', 'periods.0')).toBe(true);
    expect(isUnder('periods.10.to', 'periods.1')).toBe(false);
    expect(isUnder('parentId', 'parent')).toBe(false);
  });

  it("reads a server refusal naming a field as a ValidationError naming it, the message's field named once", async () => {
    const body = {
      error: { code: 'validation', message: "field 'periods.0.to': ends too early", field: 'periods.0.to' },
    };
    const refused = read(new Response(JSON.stringify(body), { status: 400 }));
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    const error = (await refused.catch((e: unknown) => e)) as ValidationError;
    expect(error.location.field).toBe('periods.0.to');
    expect(error.message).toBe("field 'periods.0.to': ends too early");
    const other = read(
      new Response(JSON.stringify({ error: { code: 'conflict', message: 'stale' } }), { status: 409 }),
    );
    await expect(other).rejects.not.toBeInstanceOf(ValidationError);
    await expect(other).rejects.toThrow('stale');
  });
});
