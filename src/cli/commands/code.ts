/** `jirga code FILE` / `jirga code --input-jsonl FILE`: code text into PLOVER events (nothing stored). */
import { Command, Option } from 'commander';
import { codeDocuments } from '../../app/code.ts';
import type { CodedEvent } from '../../coder/types.ts';
import { formatOf, write } from '../common.ts';
import { OUTPUT_FORMATS, render, type Column } from '../output.ts';

const eventColumns: Column<CodedEvent>[] = [
  { header: 'doc', value: (e) => e.doc },
  { header: 'sent', value: (e) => e.sentence },
  { header: 'type', value: (e) => e.type },
  { header: 'cameo', value: (e) => e.cameo },
  { header: 'source', value: (e) => e.sourceActors.map((a) => a.actor ?? a.text).join('; ') },
  { header: 'target', value: (e) => e.targetActors.map((a) => a.actor ?? a.text).join('; ') },
  { header: 'date', value: (e) => e.date ?? '' },
  { header: 'place', value: (e) => e.location?.name ?? '' },
  {
    header: 'flags',
    value: (e) =>
      [e.negated ? 'negated' : '', e.hypothetical ? 'hypothetical' : ''].filter((f) => f !== '').join(','),
  },
  { header: 'why', value: (e) => (e.explanation ?? []).join(' | ') },
];

export function codeCommand(): Command {
  return new Command('code')
    .description('code a text (or a JSON Lines batch) into PLOVER events; nothing is stored')
    .argument('[file]', 'text or Markdown file')
    .option('--input-jsonl <file>', 'batch: one {id, text, date?, language?} per line')
    .option('--date-ref <date>', 'reference date for relative dates (YYYY-MM-DD)')
    .option(
      '--language <code>',
      'language of the text: en, tr, ru, or auto (detected per text, else en)',
      'auto',
    )
    .option('--case <id>', 'built-in case whose actor registry is used', 'pakistan-ttp')
    .option('--explain', 'show why each event was coded')
    .option(
      '--actor-dictionaries <dir>',
      'reference actor dictionaries (TABARI *.actors.txt, *.agents.txt) as a fallback after the registry',
    )
    .addOption(new Option('--format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('jsonl'))
    .action(
      async (
        file: string | undefined,
        options: {
          inputJsonl?: string;
          dateRef?: string;
          language: string;
          case: string;
          explain?: boolean;
          actorDictionaries?: string;
        },
        self: Command,
      ) => {
        const events = await codeDocuments({
          file,
          inputJsonl: options.inputJsonl,
          dateRef: options.dateRef,
          language: options.language,
          caseId: options.case,
          explain: options.explain === true,
          actorDictionaries: options.actorDictionaries,
        });
        write(render(events, formatOf(self), eventColumns));
      },
    );
}
