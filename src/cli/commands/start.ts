/**
 * `jirga start` (what `npm start` runs): builds the web workbench when needed, opens the
 * default store (loading the built-in case on first use), serves the workbench, and prints
 * its URL with the founding question and where the case stands. `--no-serve` only prints the
 * case at a glance.
 */
import { Command } from 'commander';
import { caseOverview, type CaseOverview } from '../../app/cases.ts';
import { withStore } from '../../app/session.ts';
import { DEFAULT_CASE_ID } from '../../cases/index.ts';
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
      const overview = await withStore(session, (store) => caseOverview(store, options.case));
      write(`Jirga: store at ${where}\n\n`);
      write(describeOverview(overview));
      write(
        '\nNext: npx jirga --help  ·  npx jirga events --case pakistan-ttp  ·  npx jirga relations --case pakistan-ttp\n',
      );
      return;
    }
    await serveWorkbench(session, options, async (server, store) => {
      const overview = await caseOverview(store, options.case);
      return `Jirga workbench: ${server.url}/  (store at ${where})\n\n${headline(overview)}\nPress Ctrl+C to stop.\n`;
    });
  });
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

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
