/** `jirga sources`: list sources (documents and datasets) with their grading. */
import { Command } from 'commander';
import { listSources } from '../../app/items.ts';
import { withStore } from '../../app/session.ts';
import { sourceColumns } from '../columns.ts';
import { formatOf, sessionOf, withListOptions, write, type ListOptions } from '../common.ts';
import { render } from '../output.ts';

export function sourcesCommand(): Command {
  return withListOptions(
    new Command('sources').description('list sources (documents and datasets) with their grading'),
  ).action(async (options: ListOptions, self: Command) => {
    const items = await withStore(sessionOf(self), (store) =>
      listSources(store, { caseId: options.case, limit: options.limit, offset: options.offset }),
    );
    write(render(items, formatOf(self), sourceColumns));
  });
}
