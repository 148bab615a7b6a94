/**
 * The question each built-in case was founded on, as registry ids: the mediator and the two
 * parties (government side first). The workbench starts its Assessment and Brief on it and
 * `jirga start` answers it; other cases start with no question.
 */
export interface FoundingQuestion {
  mediator: string;
  parties: [string, string];
}

export const FOUNDING_QUESTIONS: Readonly<Record<string, FoundingQuestion>> = {
  'pakistan-ttp': { mediator: 'taliban-government', parties: ['pakistan-government', 'ttp'] },
};
