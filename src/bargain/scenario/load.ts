/**
 * Parsing and validation of a scenario YAML text: YAML syntax errors and schema violations
 * become ValidationErrors naming the file, the line and the field (e.g. `actors[2].salience`).
 */
import { LineCounter, parseDocument } from 'yaml';
import { ValidationError } from '../../errors.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

export function parseScenario(text: string, file = '<scenario>'): Scenario {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = document.errors[0];
  if (syntax !== undefined) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new ValidationError(`invalid YAML: ${syntax.message}`, { file, line });
  }
  const parsed = scenarioSchema.safeParse(document.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const node = nearestNode(document, path);
    const range = node?.range;
    const line = range ? lineCounter.linePos(range[0]).line : undefined;
    throw new ValidationError(issue.message, { file, line, field: fieldName(path) });
  }
  checkReferences(parsed.data, file);
  return parsed.data;
}

interface RangedNode {
  range?: [number, number, number] | null;
}

/** The deepest node along the path that exists (a missing field points at its parent). */
function nearestNode(
  document: ReturnType<typeof parseDocument>,
  path: (string | number)[],
): RangedNode | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as RangedNode | undefined;
    if (node && typeof node === 'object' && node.range) return node;
  }
  return undefined;
}

export function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, k) => (typeof key === 'number' ? `[${key}]` : k === 0 ? key : `.${key}`)).join('');
}

/** Actor ids are unique; mediation and zones refer to listed actors. */
function checkReferences(scenario: Scenario, file: string): void {
  const ids = new Set<string>();
  scenario.actors.forEach((actor, k) => {
    if (ids.has(actor.id))
      throw new ValidationError(`actor '${actor.id}' is listed twice`, { file, field: `actors[${k}].id` });
    ids.add(actor.id);
  });
  const mediation = scenario.mediation;
  if (mediation === undefined) return;
  const known = (id: string, field: string) => {
    if (!ids.has(id)) throw new ValidationError(`'${id}' is not an actor of the scenario`, { file, field });
  };
  known(mediation.mediator, 'mediation.mediator');
  mediation.effects.forEach((effect, k) => known(effect.actor, `mediation.effects[${k}].actor`));
  mediation.accommodation.forEach((entry, k) => {
    known(entry.actor, `mediation.accommodation[${k}].actor`);
    known(entry.toward, `mediation.accommodation[${k}].toward`);
  });
}
