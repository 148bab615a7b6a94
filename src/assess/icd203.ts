/**
 * ICD-203 expressions of likelihood (US Intelligence Community Directive 203, 2015): the
 * seven terms and their probability ranges.
 */
export const ICD203_TERMS = [
  { term: 'almost no chance', below: 0.05 },
  { term: 'very unlikely', below: 0.2 },
  { term: 'unlikely', below: 0.45 },
  { term: 'roughly even chance', below: 0.55 },
  { term: 'likely', below: 0.8 },
  { term: 'very likely', below: 0.95 },
  { term: 'almost certain', below: Infinity },
] as const;

export type Icd203Term = (typeof ICD203_TERMS)[number]['term'];

export function icd203Term(p: number): Icd203Term {
  return ICD203_TERMS.find((entry) => p < entry.below)!.term;
}
