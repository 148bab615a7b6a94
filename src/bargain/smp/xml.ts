/**
 * Reader of KTAB's SMP XML scenarios (smp.xsd): name, description, seed, optional model
 * parameters, dimensions, actors (capability, positions, saliences on 0–100) and the
 * optional IdealAdjustment pairs, which override an identity accommodation matrix as in KTAB.
 */
import { ValidationError } from '../../errors.ts';
import { child, childrenNamed, parseXml, type XmlElement } from '../xml-tree.ts';
import { SMP_MAX_ACTORS, SMP_MAX_CAPABILITY, SMP_MIN_ACTORS } from './csv.ts';
import {
  BARGAIN_MODELS,
  BIG_R_ADJUSTS,
  BIG_R_RANGES,
  INTER_VEC_BARGAINS,
  PCE_MODELS,
  STATE_TRANSITIONS,
  THIRD_PARTY_COMMITS,
  VICTORY_PROB_MODELS,
  VOTING_RULES,
  type SmpParameters,
} from './params.ts';
import type { SmpActorInput, SmpInput } from './types.ts';

const PARAMETER_ELEMENTS: { element: string; key: keyof SmpParameters; values: readonly string[] }[] = [
  { element: 'VictoryProbModel', key: 'victoryProbModel', values: VICTORY_PROB_MODELS },
  { element: 'PCEModel', key: 'pceModel', values: PCE_MODELS },
  { element: 'StateTransitions', key: 'stateTransition', values: STATE_TRANSITIONS },
  { element: 'VotingRule', key: 'votingRule', values: VOTING_RULES },
  { element: 'BigRAdjust', key: 'bigRAdjust', values: BIG_R_ADJUSTS },
  { element: 'BigRRange', key: 'bigRRange', values: BIG_R_RANGES },
  { element: 'ThirdPartyCommit', key: 'thirdPartyCommit', values: THIRD_PARTY_COMMITS },
  { element: 'InterVecBrgn', key: 'interVecBargain', values: INTER_VEC_BARGAINS },
  { element: 'BargnModel', key: 'bargainModel', values: BARGAIN_MODELS },
];

export function parseKtabXml(text: string, file = '<input>'): SmpInput {
  const scenario = parseXml(text, file);
  if (scenario.name !== 'Scenario')
    throw new ValidationError(`expected <Scenario>, found <${scenario.name}>`, { file, line: scenario.line });
  const need = (parent: XmlElement, name: string): XmlElement => {
    const element = child(parent, name);
    if (element === undefined)
      throw new ValidationError(`missing <${name}>`, { file, line: parent.line, field: name });
    return element;
  };
  const number = (element: XmlElement, field: string): number => {
    const value = element.text === '' ? Number.NaN : Number(element.text);
    if (!Number.isFinite(value)) {
      throw new ValidationError(element.text === '' ? 'missing value' : `not a number: '${element.text}'`, {
        file,
        line: element.line,
        field,
      });
    }
    return value;
  };

  const dimensions = childrenNamed(need(scenario, 'Dimensions'), 'dName').map((d) => d.text);
  if (dimensions.length === 0)
    throw new ValidationError('at least one dimension is needed', {
      file,
      line: scenario.line,
      field: 'Dimensions',
    });
  const actorElements = childrenNamed(need(scenario, 'Actors'), 'Actor');
  if (actorElements.length < SMP_MIN_ACTORS || actorElements.length > SMP_MAX_ACTORS) {
    throw new ValidationError(
      `the SMP needs ${SMP_MIN_ACTORS} to ${SMP_MAX_ACTORS} actors, got ${actorElements.length}`,
      {
        file,
        line: need(scenario, 'Actors').line,
        field: 'Actors',
      },
    );
  }
  const actors = actorElements.map((element): SmpActorInput => {
    const name = need(element, 'name').text;
    const capabilityElement = need(element, 'capability');
    const capability = number(capabilityElement, 'capability');
    if (capability <= 0 || capability > SMP_MAX_CAPABILITY) {
      throw new ValidationError(`capability must be > 0 and ≤ ${SMP_MAX_CAPABILITY}, got ${capability}`, {
        file,
        line: capabilityElement.line,
        field: 'capability',
      });
    }
    const coordinates = childrenNamed(need(element, 'Position'), 'dCoord');
    const saliences = childrenNamed(need(element, 'Salience'), 'dSal');
    if (coordinates.length !== dimensions.length || saliences.length !== dimensions.length) {
      throw new ValidationError(`'${name}' needs ${dimensions.length} dCoord and dSal values`, {
        file,
        line: element.line,
        field: 'Position',
      });
    }
    const positions = coordinates.map((c) => inRange(number(c, 'dCoord'), c, 'dCoord', file));
    const salienceValues = saliences.map((s) => inRange(number(s, 'dSal'), s, 'dSal', file));
    const total = salienceValues.reduce((sum, s) => sum + s, 0);
    if (total > 100 + 1e-9 || total <= 0) {
      throw new ValidationError(
        `the saliences of '${name}' sum to ${total}; they must sum to more than 0 and at most 100`,
        {
          file,
          line: need(element, 'Salience').line,
          field: 'Salience',
        },
      );
    }
    return {
      name,
      description: child(element, 'description')?.text ?? '',
      capability,
      positions,
      saliences: salienceValues,
    };
  });

  const input: SmpInput = {
    scenarioName: child(scenario, 'name')?.text ?? '',
    description: child(scenario, 'desc')?.text ?? '',
    dimensions,
    actors,
  };
  const parametersElement = child(scenario, 'ModelParameters');
  if (parametersElement !== undefined) input.parameters = readParameters(parametersElement, file);
  const adjustment = child(scenario, 'IdealAdjustment');
  if (adjustment !== undefined) input.accommodation = readAccommodation(adjustment, actors, file);
  return input;
}

function inRange(value: number, element: XmlElement, field: string, file: string): number {
  if (value < 0 || value > 100)
    throw new ValidationError(`must lie in 0–100, got ${value}`, { file, line: element.line, field });
  return value;
}

function readParameters(element: XmlElement, file: string): Partial<SmpParameters> {
  const parameters: Record<string, string> = {};
  for (const { element: name, key, values } of PARAMETER_ELEMENTS) {
    const value = child(element, name);
    if (value === undefined) continue;
    if (!values.includes(value.text)) {
      throw new ValidationError(`expected one of ${values.join(', ')}, got '${value.text}'`, {
        file,
        line: value.line,
        field: name,
      });
    }
    parameters[key] = value.text;
  }
  return parameters as Partial<SmpParameters>;
}

function readAccommodation(element: XmlElement, actors: SmpActorInput[], file: string): number[][] {
  const matrix: number[][] = actors.map((_, i) => actors.map((__, j) => (i === j ? 1 : 0)));
  const index = (pair: XmlElement, name: string): number => {
    const text = child(pair, name)?.text ?? '';
    const k = actors.findIndex((a) => a.name === text);
    if (k < 0) throw new ValidationError(`unknown actor '${text}'`, { file, line: pair.line, field: name });
    return k;
  };
  for (const pair of childrenNamed(element, 'iaPair')) {
    const adjustElement = child(pair, 'adjust');
    const adjust = adjustElement === undefined ? Number.NaN : Number(adjustElement.text);
    if (!Number.isFinite(adjust) || adjust < 0) {
      throw new ValidationError('adjust must be a number ≥ 0', { file, line: pair.line, field: 'adjust' });
    }
    matrix[index(pair, 'adjustingIdeal')]![index(pair, 'referencePos')] = adjust;
  }
  return matrix;
}
