/** `jirga case list | show <id> | create <id>`: the cases an analyst works on. */
import { Command } from 'commander';
import { caseOverview, createCase, type CaseOverview } from '../../app/cases.ts';
import { reloadBuiltinCase } from '../../app/builtin-cases.ts';
import { withStore } from '../../app/session.ts';
import { caseColumns, eventColumns } from '../columns.ts';
import { collectList, formatOf, formatOption, sessionOf, write } from '../common.ts';
import { render } from '../output.ts';

export function caseCommand(): Command {
  const command = new Command('case').description('list, show and create cases');

  command
    .command('list')
    .description('list the cases in the store')
    .addOption(formatOption())
    .action(async (_options, self: Command) => {
      const cases = await withStore(sessionOf(self), (store) => store.listCases());
      write(render(cases, formatOf(self), caseColumns));
    });

  command
    .command('show')
    .description('show a case at a glance: its question, what the store holds for it, its latest events')
    .argument('<id>', 'case id')
    .addOption(formatOption())
    .action(async (id: string, _options, self: Command) => {
      const overview = await withStore(sessionOf(self), (store) => caseOverview(store, id));
      const format = formatOf(self);
      if (format === 'table') write(describeOverview(overview));
      else write(render([overview], format));
    });

  command
    .command('create')
    .description('create a case from a question and a scope')
    .argument('<id>', 'case id (a slug such as my-case)')
    .requiredOption('--title <text>', 'the title')
    .requiredOption('--question <text>', 'the question the case answers')
    .option('--actors <list>', 'actor ids or names, comma-separated', collectList, [])
    .option('--countries <list>', 'ISO alpha-3 country codes, comma-separated', collectList, [])
    .option('--from <date>', 'start of the period (YYYY-MM-DD)')
    .option('--to <date>', 'end of the period (YYYY-MM-DD)')
    .option('--description <text>', 'a longer description', '')
    .addOption(formatOption())
    .action(async (id: string, options: CreateOptions, self: Command) => {
      const created = await withStore(sessionOf(self), (store) =>
        createCase(store, {
          id,
          title: options.title,
          question: options.question,
          actors: options.actors,
          countries: options.countries.map((code) => code.toUpperCase()),
          from: options.from ?? null,
          to: options.to ?? null,
          description: options.description,
        }),
      );
      write(render([created], formatOf(self), caseColumns));
    });

  command
    .command('reload')
    .description('rewrite a built-in case from the data shipped with this version of Jirga')
    .argument('<id>', 'built-in case id')
    .action(async (id: string, _options, self: Command) => {
      const builtin = await withStore(sessionOf(self), (store) => reloadBuiltinCase(store, id));
      write(
        `reloaded ${id}: ${builtin.actors.length} actors, ${builtin.events.length} events, ` +
          `${builtin.relations.length} relations, ${builtin.agreements.length} agreements, ` +
          `${builtin.negotiations.length} negotiations, ${builtin.sources.length} sources\n`,
      );
    });

  return command;
}

interface CreateOptions {
  title: string;
  question: string;
  actors: string[];
  countries: string[];
  from?: string;
  to?: string;
  description: string;
}

/** The human-readable view of a case. */
export function describeOverview(overview: CaseOverview): string {
  const { case: item, counts } = overview;
  const period = `${item.scope.from ?? 'open'} – ${item.scope.to ?? 'open'}`;
  const lines = [
    `${item.title}  [${item.id}]`,
    '',
    `Question: ${item.question}`,
    `Scope:    ${item.scope.countries.join(', ') || '(no countries)'}; ${item.scope.actors.length} actors; ${period}`,
    '',
    `Holds:    ${counts.actors} actors, ${counts.events} events (${overview.firstEvent ?? '–'} to ${overview.lastEvent ?? '–'}),`,
    `          ${counts.relations} relations, ${counts.agreements} agreements, ${counts.negotiations} negotiations, ${counts.sources} sources`,
    `          ${overview.fatalitiesBest} deaths in its events (best estimates, where known)`,
    '',
    'Latest events:',
    render(overview.latestEvents, 'table', [
      eventColumns.find((c) => c.header === 'date')!,
      eventColumns.find((c) => c.header === 'type')!,
      eventColumns.find((c) => c.header === 'source_actors')!,
      eventColumns.find((c) => c.header === 'target_actors')!,
      eventColumns.find((c) => c.header === 'summary')!,
    ]),
  ];
  if (item.description) lines.splice(3, 0, '', item.description);
  return lines.join('\n');
}
