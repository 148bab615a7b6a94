/**
 * The `assess` use case: load a case's items once, take the snapshot as of the date, read the
 * reference datasets when a directory with them is found, resolve the mediator and parties,
 * and run the pure assessment (and, when asked, a second one to compare with).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess, type Assessment } from '../assess/assessment.ts';
import { compareAssessments, type Comparison } from '../assess/compare.ts';
import {
  cwmMediationRate,
  ucdpCeasefireYearRate,
  type ReferenceRates,
} from '../assess/reference/base-rates.ts';
import { takeSnapshot, type SnapshotItems } from '../assess/snapshot.ts';
import { ValidationError } from '../errors.ts';
import { IsoDate } from '../model/index.ts';
import type { Store } from '../store/store.ts';
import { actorIdFor, loadRegistry } from './actors.ts';
import { requireCase } from './cases.ts';

export interface AssessRequest {
  caseId: string;
  mediator: string;
  parties: string[];
  asOf: string;
  compareAsOf?: string;
  includeDrafts?: boolean;
  /** Directory holding the reference datasets; default $JIRGA_REFERENCE_DATA, then ../shared/data beside the project. */
  referenceData?: string;
}

export interface AssessResult {
  assessment: Assessment;
  comparison?: { assessment: Assessment; changes: Comparison };
}

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CWM_FILE = 'agreements/CWM-civil-wars-mediation-2014.csv';
const UCDP_PA_FILE = 'ucdp/ucdp-peace-agreements-221.csv';

function checkDate(value: string, field: string): string {
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw new ValidationError(`${parsed.error.issues[0]?.message}: '${value}'`, { field });
  return parsed.data;
}

export async function loadCaseItems(store: Store, caseId: string): Promise<SnapshotItems> {
  await requireCase(store, caseId);
  const filter = { caseId };
  const [actors, events, relations, agreements, negotiations, sources] = await Promise.all([
    store.listActors(),
    store.listEvents(filter),
    store.listRelations(filter),
    store.listAgreements(filter),
    store.listNegotiations(filter),
    store.listSources(filter),
  ]);
  return { actors, events, relations, agreements, negotiations, sources };
}

/** The reference directory to use, or undefined when none is found. */
export function referenceDirectory(explicit?: string): string | undefined {
  const candidates = [
    explicit,
    process.env['JIRGA_REFERENCE_DATA'],
    resolve(PROJECT_ROOT, '..', 'shared', 'data'),
  ];
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
  const items = await loadCaseItems(store, request.caseId);
  const reference = readReferenceRates(referenceDirectory(request.referenceData));
  const run = (day: string) =>
    assess(
      takeSnapshot(items, day, { includeDrafts: request.includeDrafts === true }),
      { mediator, parties: [a, b] },
      reference === undefined ? {} : { reference },
    );
  const assessment = run(asOf);
  if (request.compareAsOf === undefined) return { assessment };
  const earlier = run(checkDate(request.compareAsOf, '--compare-as-of'));
  return {
    assessment,
    comparison: { assessment: earlier, changes: compareAssessments(earlier, assessment) },
  };
}
