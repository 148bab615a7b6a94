/** `jirga network`: the case's signed, weighted actor graph for a window, as GraphML, GEXF or JSON. */
import { Command, Option } from 'commander';
import { caseNetwork, NETWORK_FORMATS, serialiseNetwork, type NetworkFormat } from '../../app/network.ts';
import { withStore } from '../../app/session.ts';
import { sessionOf, write } from '../common.ts';

interface NetworkOptions {
  case: string;
  from: string;
  to: string;
  includeDrafts?: boolean;
  format: NetworkFormat;
}

export function networkCommand(): Command {
  return new Command('network')
    .description('export the actor network of a case for a date window')
    .requiredOption('--case <id>', 'the case')
    .requiredOption('--from <date>', 'first day of the window (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day of the window (YYYY-MM-DD)')
    .option('--include-drafts', 'count unreviewed (draft) items')
    .addOption(new Option('--format <format>', 'output format').choices(NETWORK_FORMATS).default('json'))
    .action(async (options: NetworkOptions, self: Command) => {
      const graph = await withStore(sessionOf(self), (store) =>
        caseNetwork(store, {
          caseId: options.case,
          from: options.from,
          to: options.to,
          includeDrafts: options.includeDrafts === true,
        }),
      );
      write(serialiseNetwork(graph, options.format));
    });
}
