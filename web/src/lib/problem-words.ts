/**
 * Plain sentences for the problems the model's schemas find in a curation form, instead of
 * zod's own wording ("Too small: expected array to have >=1 items"): a zod error map given to
 * the form's parse. Zod ranks a message a schema sets itself ("the period ends before it
 * starts") above a parse's map, so only zod's defaults are replaced. Pure.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a list needs at least `n` of, named by the list's key. */
function listItems(key: PropertyKey | undefined, n: number): string {
  switch (key) {
    case 'evidence':
      return plural(n, 'source', 'sources');
    case 'parties':
      return plural(n, 'party', 'parties');
    default:
      return plural(n, 'entry', 'entries');
  }
}

/** How the form asks for a value of the type a schema expected. */
const EXPECTED: Record<string, string> = {
  string: 'Write some text here.',
  number: 'Give a number here.',
  boolean: 'Choose yes or no.',
  array: 'Choose from the list.',
};

/** The plain sentence for a problem zod words itself; undefined leaves zod's (none is known). */
export function plainProblem(issue: Issue): string | undefined {
  const path = issue.path ?? [];
  const last = path.at(-1);
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array') {
        if (path[0] === 'periods' && last === 'evidence') return 'A period needs at least one source.';
        return `Choose at least ${listItems(last, minimum)}.`;
      }
      if (issue.origin === 'string')
        return minimum <= 1
          ? 'Fill this in.'
          : `Write at least ${plural(minimum, 'character', 'characters')}.`;
      return `Give ${minimum} or more.`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'array') return `Choose at most ${listItems(last, maximum)}.`;
      if (issue.origin === 'string') return `Write at most ${plural(maximum, 'character', 'characters')}.`;
      return `Give ${maximum} or less.`;
    }
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? 'Fill this in.'
        : (EXPECTED[issue.expected] ?? 'This value is of the wrong kind.');
    case 'invalid_value':
      return `Choose one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return 'This is not written in the expected form.';
    case 'unrecognized_keys':
      return `Not a field of this form: ${issue.keys.join(', ')}.`;
    default:
      return undefined;
  }
}
