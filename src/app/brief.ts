/**
 * The `brief` use case: assess the question, take the case's items as of the date (the
 * snapshot the assessment read), run the bargaining scenario when one is named (Monte Carlo
 * for the outcome range, and the mediation lever when the scenario states one), build the
 * brief's document model and render it as Markdown, HTML, PDF (the HTML printed by Debian
 * chromium through playwright-core) or DOCX.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeSnapshot } from '../assess/snapshot.ts';
import type { ScenarioResult } from '../bargain/scenario/analyse.ts';
import { ServiceUnavailableError, ValidationError } from '../errors.ts';
import {
  BRIEF_LANGUAGES,
  briefStrings,
  briefToDocx,
  briefToHtml,
  briefToMarkdown,
  buildBrief,
  type BriefDocument,
  type BriefLanguage,
  type BriefScenario,
  type Review,
} from '../report/index.ts';
import type { Store } from '../store/store.ts';
import { assessMediation, checkDate, loadCaseItems, type AssessRequest } from './assess.ts';
import { loadScenario, simulate } from './simulate.ts';

export const BRIEF_FORMATS = ['md', 'html', 'pdf', 'docx'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

/** An analyst's statement that they reviewed the draft: the flag is their word, not a check. */
export interface ReviewRequest {
  /** `--reviewed-by NAME` */
  reviewedBy?: string;
  /** `--review-note TEXT` (only with a reviewer) */
  reviewNote?: string;
}

export interface BriefRequest extends Omit<AssessRequest, 'compareAsOf'>, ReviewRequest {
  /** Start of the "what changed" digest (`--since`), before `asOf`. */
  since?: string;
  lang?: string;
  /** ISO date stamped as the generation date; default today. */
  generated?: string;
  /** Monte Carlo runs for the scenario's outcome range (default 200, seed 1). */
  runs?: number;
}

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function jirgaVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** The language asked for (default English), or a ValidationError naming `--lang`. */
export function checkLanguage(lang: string | undefined): BriefLanguage {
  const value = lang ?? 'en';
  if (!(BRIEF_LANGUAGES as readonly string[]).includes(value))
    throw new ValidationError(
      `no brief templates for language '${value}' (have: ${BRIEF_LANGUAGES.join(', ')})`,
      {
        field: '--lang',
      },
    );
  return value as BriefLanguage;
}

function scenarioRange(reference: string, runs: number): BriefScenario {
  const result = simulate({ scenario: reference, runs, seed: 1 }) as ScenarioResult;
  const mc = result.monteCarlo;
  if (mc === undefined) throw new Error('a Monte Carlo scenario run returned no summary');
  const scenario = loadScenario(reference);
  let mediation: BriefScenario['mediation'];
  if (scenario.mediation !== undefined) {
    const mediated = simulate({ scenario: reference, mediation: true }) as ScenarioResult;
    const changed = mediated.levers?.mediation;
    const before = result.forecast.model.position[0];
    const after = mediated.forecast.model.position[0];
    if (changed !== undefined && before !== undefined && after !== undefined)
      mediation = { mediator: changed.mediator, before, after };
  }
  return {
    title: result.scenario.title,
    dimension: result.scenario.dimension.name,
    runs: mc.runs,
    median: mc.forecast.median,
    p10: mc.forecast.p10,
    p90: mc.forecast.p90,
    zones: mc.zones.map((z) => ({ label: z.label, probability: z.probability })),
    evidence: [...new Set(result.scenario.inputs.flatMap((i) => i.evidence))].sort(),
    ...(mediation === undefined ? {} : { mediation }),
  };
}

/** The review the request states, dated the generation day; none without a reviewer. */
export function reviewOf(request: ReviewRequest, generated: string): Review | undefined {
  const by = request.reviewedBy?.trim();
  const note = request.reviewNote?.trim();
  if (by === undefined || by === '') {
    if (request.reviewedBy !== undefined)
      throw new ValidationError('--reviewed-by needs the name of the analyst', { field: '--reviewed-by' });
    if (note !== undefined)
      throw new ValidationError('--review-note needs --reviewed-by NAME', { field: '--review-note' });
    return undefined;
  }
  return { by, on: generated, note: note === undefined || note === '' ? null : note };
}

/** The brief's document model for the request. */
export async function makeBrief(store: Store, request: BriefRequest): Promise<BriefDocument> {
  const lang = checkLanguage(request.lang);
  const generated = request.generated ?? new Date().toISOString().slice(0, 10);
  const review = reviewOf(request, generated);
  const since = request.since === undefined ? undefined : checkDate(request.since, '--since');
  if (since !== undefined && since >= checkDate(request.asOf, '--as-of'))
    throw new ValidationError(`--since ${since} must be before --as-of ${request.asOf}`, {
      field: '--since',
    });
  const { assessment, comparison } = await assessMediation(store, {
    ...request,
    ...(since === undefined ? {} : { compareAsOf: since }),
  });
  const items = takeSnapshot(await loadCaseItems(store, request.caseId), assessment.asOf, {
    includeDrafts: request.includeDrafts === true,
  });
  const scenario =
    request.scenario === undefined ? undefined : scenarioRange(request.scenario, request.runs ?? 200);
  return buildBrief({
    assessment,
    items,
    actors: items.actors,
    caseId: request.caseId,
    version: jirgaVersion(),
    generated,
    strings: briefStrings(lang),
    ...(scenario === undefined ? {} : { scenario }),
    ...(comparison === undefined
      ? {}
      : { digest: { before: comparison.assessment, changes: comparison.changes } }),
    ...(review === undefined ? {} : { review }),
  });
}

/** Prints standalone HTML to PDF with the system chromium; no network is allowed to the page. */
export async function htmlToPdf(html: string, executablePath = CHROMIUM_PATH): Promise<Buffer> {
  if (!existsSync(executablePath))
    throw new ServiceUnavailableError(
      `PDF output needs chromium at ${executablePath}; use --format html instead`,
    );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
  } finally {
    await browser.close();
  }
}

export async function renderBrief(doc: BriefDocument, format: BriefFormat): Promise<string | Buffer> {
  switch (format) {
    case 'md':
      return briefToMarkdown(doc);
    case 'html':
      return briefToHtml(doc);
    case 'pdf':
      return htmlToPdf(briefToHtml(doc));
    case 'docx':
      return briefToDocx(doc);
  }
}
