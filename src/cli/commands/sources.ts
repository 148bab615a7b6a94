/**
 * `jirga sources`: list sources (documents and datasets) with their grading; `--text ID` prints
 * the body stored for an ingested document, exactly as its evidence offsets count it.
 */
import { Command } from 'commander';
import { storedBody } from '../../app/ingest-document.ts';
import { listSources } from '../../app/items.ts';
import { withStore } from '../../app/session.ts';
import { sourceColumns } from '../columns.ts';
import { formatOf, sessionOf, withListOptions, write, type ListOptions } from '../common.ts';
import { render } from '../output.ts';

export function sourcesCommand(): Command {
  return withListOptions(
    new Command('sources')
      .description('list sources (documents and datasets) with their grading')
      .option(
        '--text <id>',
        'print the stored body of this ingested document instead (as the evidence offsets count it)',
      ),
  ).action(async (options: ListOptions & { text?: string }, self: Command) => {
    const { text } = options;
    if (text !== undefined) {
      const stored = await withStore(sessionOf(self), (store) => storedBody(store, text));
      write(stored.body);
      return;
    }
    const items = await withStore(sessionOf(self), (store) =>
      listSources(store, { caseId: options.case, limit: options.limit, offset: options.offset }),
    );
    write(render(items, formatOf(self), sourceColumns));
  });
}
