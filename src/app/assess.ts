/**
 * The `assess` use case: load a case's items once (the events only as far as the assessment
 * reads them, filtered in the store), take the snapshot as of the date, read the
 * reference datasets when a directory with them is found, resolve the mediator and parties,
 * run the bargaining scenario when one is named, and run the pure assessment (and, when asked,
 * a second one to compare with).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess, type Assessment, type AssessmentQuestion } from '../assess/assessment.ts';
import { eventQueries, mergeEvents } from '../assess/event-needs.ts';
import { bargainingInputFrom } from '../assess/bargaining-input.ts';
import { compareAssessments, type Comparison } from '../assess/compare.ts';
import type { BargainingInput } from '../assess/context.ts';
import type { ScenarioResult } from '../bargain/scenario/analyse.ts';
import {
  cwmMediationRate,
  ucdpCeasefireYearRate,
  type ReferenceRates,
} from '../assess/reference/base-rates.ts';
import { takeSnapshot, type DatasetCoverage, type SnapshotItems } from '../assess/snapshot.ts';
import { ValidationError } from '../errors.ts';
import { IsoDate } from '../model/index.ts';
import type { DatasetRelease, Store } from '../store/store.ts';
import { actorIdFor, loadRegistry } from './actors.ts';
import { requireCase } from './cases.ts';
import { loadScenario, simulate } from './simulate.ts';

export interface AssessRequest {
  caseId: string;
  mediator: string;
  parties: string[];
  asOf: string;
  compareAsOf?: string;
  includeDrafts?: boolean;
  /** Directory holding the reference datasets; default $JIRGA_REFERENCE_DATA, then ../shared/data beside the project. */
  referenceData?: string;
  /** `CASE/NAME` of a bargaining scenario (or a scenario YAML path) whose result feeds the bargaining range. */
  scenario?: string;
}

export interface AssessResult {
  assessment: Assessment;
  comparison?: { assessment: Assessment; changes: Comparison };
}

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CWM_FILE = 'agreements/CWM-civil-wars-mediation-2014.csv';
const UCDP_PA_FILE = 'ucdp/ucdp-peace-agreements-221.csv';

/** The value as an ISO date, or a ValidationError naming the field. */
export function checkDate(value: string, field: string): string {
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw new ValidationError(`${parsed.error.issues[0]?.message}: '${value}'`, { field });
  return parsed.data;
}

export async function loadCaseItems(store: Store, caseId: string): Promise<SnapshotItems> {
  await requireCase(store, caseId);
  const filter = { caseId };
  const [actors, events, relations, agreements, negotiations, sources, releases] = await Promise.all([
    store.listActors(),
    store.listEvents(filter),
    store.listRelations(filter),
    store.listAgreements(filter),
    store.listNegotiations(filter),
    store.listSources(filter),
    store.listDatasetReleases(),
  ]);
  return {
    actors,
    events,
    relations,
    agreements,
    negotiations,
    sources,
    datasets: releases.map(datasetCoverage),
  };
}

/**
 * The case's items for assessing `question` on `dates`: everything but the events whole, and
 * of the events only what the assessment reads (see `eventQueries`), filtered in the store.
 */
export async function loadAssessmentItems(
  store: Store,
  caseId: string,
  question: AssessmentQuestion,
  dates: readonly string[],
  options: { includeDrafts?: boolean } = {},
): Promise<SnapshotItems> {
  await requireCase(store, caseId);
  const filter = { caseId };
  const [actors, relations, agreements, negotiations, sources, releases] = await Promise.all([
    store.listActors(),
    store.listRelations(filter),
    store.listAgreements(filter),
    store.listNegotiations(filter),
    store.listSources(filter),
    store.listDatasetReleases(),
  ]);
  const base: SnapshotItems = { actors, events: [], relations, agreements, negotiations, sources };
  const queries = eventQueries(base, question, dates, options);
  const events = mergeEvents(await Promise.all(queries.map((q) => store.listEvents({ ...filter, ...q }))));
  return { ...base, events, datasets: releases.map(datasetCoverage) };
}

function datasetCoverage(release: DatasetRelease): DatasetCoverage {
  const { dataset, sourceId, partial, from, to } = release;
  return { dataset, release: release.release, sourceId, partial, from, to };
}

/** The reference directory to use, or undefined when none is found. */
export function referenceDirectory(explicit?: string): string | undefined {
  if (explicit !== undefined && explicit !== '') {
    // A directory the user named must exist: falling back to another would answer from data
    // they did not ask for.
    if (!existsSync(explicit))
      throw new ValidationError(`no reference-data directory at ${explicit}`, { field: '--reference-data' });
    return explicit;
  }
  const candidates = [process.env['JIRGA_REFERENCE_DATA'], resolve(PROJECT_ROOT, '..', 'shared', 'data')];
  return candidates.find((dir): dir is string => dir !== undefined && dir !== '' && existsSync(dir));
}

/** Base rates read from the reference files (CWM is Mac Roman; UCDP PA is UTF-8). */
export function readReferenceRates(
  directory: string | undefined,
  today = new Date().toISOString().slice(0, 10),
): ReferenceRates | undefined {
  if (directory === undefined) return undefined;
  const rates: ReferenceRates = { context: [] };
  const cwmPath = join(directory, CWM_FILE);
  if (existsSync(cwmPath)) {
    const text = new TextDecoder('macintosh').decode(readFileSync(cwmPath));
    const all = cwmMediationRate(text, CWM_FILE, today);
    if (all !== null) rates.onset = all;
    const pakistan = cwmMediationRate(text, CWM_FILE, today, 'Pakistan');
    if (pakistan !== null) rates.context.push(pakistan);
  }
  const paPath = join(directory, UCDP_PA_FILE);
  if (existsSync(paPath)) {
    const text = readFileSync(paPath, 'utf8');
    const mediated = ucdpCeasefireYearRate(text, UCDP_PA_FILE, today, true);
    if (mediated !== null) rates.durability = mediated;
    const all = ucdpCeasefireYearRate(text, UCDP_PA_FILE, today, false);
    if (all !== null) rates.context.push(all);
  }
  return rates.onset === undefined && rates.durability === undefined ? undefined : rates;
}

function asScenarioResult(result: ReturnType<typeof simulate>): ScenarioResult {
  if (!('scenario' in result)) throw new Error('a scenario run returned no scenario');
  return result;
}

/**
 * Runs a bargaining scenario through the `simulate` use case, once with the inputs as set and,
 * when the scenario states a mediation lever, once with it. The scenario must belong to the case.
 */
export function scenarioBargaining(reference: string, caseId: string): BargainingInput {
  const scenario = loadScenario(reference);
  if (scenario.caseId !== caseId) {
    throw new ValidationError(`scenario ${scenario.id} belongs to case ${scenario.caseId}, not ${caseId}`, {
      field: '--scenario',
    });
  }
  const plain = asScenarioResult(simulate({ scenario: reference }));
  const mediated =
    scenario.mediation === undefined
      ? undefined
      : asScenarioResult(simulate({ scenario: reference, mediation: true }));
  return bargainingInputFrom(plain, mediated);
}

export async function assessMediation(store: Store, request: AssessRequest): Promise<AssessResult> {
  const asOf = checkDate(request.asOf, '--as-of');
  if (request.parties.length !== 2)
    throw new ValidationError(`expected two parties, got ${request.parties.length}`, { field: '--parties' });
  const registry = await loadRegistry(store);
  const mediator = actorIdFor(registry, request.mediator);
  const [a, b] = request.parties.map((text) => actorIdFor(registry, text)) as [string, string];
  if (new Set([mediator, a, b]).size < 3)
    throw new ValidationError('the mediator and the two parties must be three different actors', {
      field: '--parties',
    });
  const bargaining =
    request.scenario === undefined ? undefined : scenarioBargaining(request.scenario, request.caseId);
  const question: AssessmentQuestion = { mediator, parties: [a, b] };
  const dates =
    request.compareAsOf === undefined ? [asOf] : [asOf, checkDate(request.compareAsOf, '--compare-as-of')];
  const items = await loadAssessmentItems(store, request.caseId, question, dates, {
    includeDrafts: request.includeDrafts === true,
  });
  const reference = readReferenceRates(referenceDirectory(request.referenceData));
  const options = {
    ...(reference === undefined ? {} : { reference }),
    ...(bargaining === undefined ? {} : { bargaining }),
  };
  const run = (day: string) =>
    assess(takeSnapshot(items, day, { includeDrafts: request.includeDrafts === true }), question, options);
  const assessment = run(asOf);
  if (request.compareAsOf === undefined) return { assessment };
  const earlier = run(dates[1]!);
  return {
    assessment,
    comparison: { assessment: earlier, changes: compareAssessments(earlier, assessment) },
  };
}
