/**
 * `jirga start` (what `npm start` runs): builds the web workbench when needed, opens the
 * default store (loading the built-in case on first use), serves the workbench, and prints
 * its URL with the founding question, its current answer (the assessment as of the case's last
 * event) and where the case stands. `--no-serve` prints the case at a glance and the answer.
 */
import { Command } from 'commander';
import { assessMediation } from '../../app/assess.ts';
import { builtinCaseDrift } from '../../app/builtin-cases.ts';
import { caseOverview, type CaseOverview } from '../../app/cases.ts';
import { withStore } from '../../app/session.ts';
import { prospectLines } from '../../assess/render.ts';
import { FOUNDING_QUESTIONS } from '../../cases/founding-questions.ts';
import { DEFAULT_CASE_ID } from '../../cases/index.ts';
import type { Store } from '../../store/store.ts';
import { resolveStoreConfig } from '../../store/open.ts';
import { sessionOf, write } from '../common.ts';
import { describeOverview } from './case.ts';
import { serveWorkbench, withServeOptions, type ServeOptions } from './serve.ts';

interface StartOptions extends ServeOptions {
  case: string;
  serve: boolean;
}

export function startCommand(): Command {
  return withServeOptions(
    new Command('start')
      .description('open the workbench on the built-in case (the store is created on first use)')
      .option('--case <id>', 'the case to show', DEFAULT_CASE_ID)
      .option('--no-serve', 'only print the case at a glance'),
  ).action(async (options: StartOptions, self: Command) => {
    const session = sessionOf(self);
    const config = resolveStoreConfig({ db: session.db });
    const where = config.url !== undefined ? redact(config.url) : config.path;
    if (!options.serve) {
      const [overview, answer, note] = await withStore(session, async (store) => {
        const found = await caseOverview(store, options.case);
        return [found, await currentAnswer(store, found), await driftNote(store, options.case)] as const;
      });
      write(`Jirga: store at ${where}\n\n`);
      write(describeOverview(overview));
      write(answer);
      write(note);
      write(
        '\nNext: npx jirga --help  ·  npx jirga events --case pakistan-ttp  ·  npx jirga relations --case pakistan-ttp\n',
      );
      return;
    }
    await serveWorkbench(session, options, async (server, store) => {
      const overview = await caseOverview(store, options.case);
      const answer = await currentAnswer(store, overview);
      const note = await driftNote(store, options.case);
      return `Jirga workbench: ${server.url}/  (store at ${where})\n\n${headline(overview)}${answer}${note}\nPress Ctrl+C to stop.\n`;
    });
  });
}

/**
 * A note when the store's copy of a built-in case differs from this version's data (stored by
 * an earlier version, or edited since), with the command that rewrites it; empty otherwise.
 */
export async function driftNote(store: Store, caseId: string): Promise<string> {
  const drift = await builtinCaseDrift(store, caseId);
  if (drift === undefined || drift.changed + drift.missing === 0) return '';
  const items = drift.changed + drift.missing;
  return (
    `\nNote: ${items} item${items === 1 ? '' : 's'} of the built-in case ${caseId} ${items === 1 ? 'differs' : 'differ'} from this version's data ` +
    `(${drift.changed} changed, ${drift.missing} missing: stored by an earlier version, or edited since). ` +
    `\`npx jirga case reload ${caseId}\` rewrites them from this version, edits included.\n`
  );
}

/** The case's question and one line on where it stands. */
export function headline(overview: CaseOverview): string {
  const latest = overview.latestEvents[0];
  const { counts } = overview;
  const state =
    `${counts.events} events ${overview.firstEvent ?? '–'} to ${overview.lastEvent ?? '–'}, ` +
    `${overview.fatalitiesBest} deaths (best estimates), ${counts.agreements} agreements, ${counts.sources} sources`;
  const last = latest === undefined ? '' : `\nLatest: ${latest.date} ${latest.summary ?? latest.type}`;
  return `${overview.case.question}\nNow: ${state}${last}\n`;
}

/**
 * The founding question's answer as of the case's last event, as the workbench's Case view
 * shows it; empty for a case with no founding question or no events.
 */
async function currentAnswer(store: Store, overview: CaseOverview): Promise<string> {
  const question = FOUNDING_QUESTIONS[overview.case.id];
  if (question === undefined || overview.lastEvent === null) return '';
  const { assessment } = await assessMediation(store, {
    caseId: overview.case.id,
    mediator: question.mediator,
    parties: [...question.parties],
    asOf: overview.lastEvent,
  });
  const lines = prospectLines(assessment).map((line) => `  ${line}`);
  return `\nAnswer as of ${assessment.asOf} (npx jirga assess … for the indicators and evidence):\n${lines.join('\n')}\n`;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
