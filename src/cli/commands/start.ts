/**
 * `jirga start` (what `npm start` runs): opens the default store, loading the built-in case
 * on first use, and prints the founding case at a glance.
 */
import { Command } from 'commander';
import { caseOverview } from '../../app/cases.ts';
import { withStore } from '../../app/session.ts';
import { DEFAULT_CASE_ID } from '../../cases/index.ts';
import { resolveStoreConfig } from '../../store/open.ts';
import { sessionOf, write } from '../common.ts';
import { describeOverview } from './case.ts';

export function startCommand(): Command {
  return new Command('start')
    .description('open the store (created on first use) and show the built-in case')
    .option('--case <id>', 'the case to show', DEFAULT_CASE_ID)
    .action(async (options: { case: string }, self: Command) => {
      const session = sessionOf(self);
      const overview = await withStore(session, (store) => caseOverview(store, options.case));
      const config = resolveStoreConfig({ db: session.db });
      write(`Jirga: store at ${config.url !== undefined ? redact(config.url) : config.path}\n\n`);
      write(describeOverview(overview));
      write(
        '\nNext: npx jirga --help  ·  npx jirga events --case pakistan-ttp  ·  npx jirga relations --case pakistan-ttp\n',
      );
    });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
