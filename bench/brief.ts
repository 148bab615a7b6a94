/**
 * Brief benchmark: the founding case's brief (as of 2023-05-09, mediator afghan-taliban,
 * parties pakistan and ttp, with the ttp-demands scenario) in each language, on a fresh SQLite
 * store. Times, per language: making the document model (assessment, snapshot, Monte Carlo,
 * templates; median of the runs after a cold first one), each rendering (md, html, docx; median
 * of the runs), and one PDF print through chromium when it is installed. Prints the figures,
 * the output sizes and the machine they ran on.
 *
 *   node --import tsx bench/brief.ts [--runs N] [--mc-runs N]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, makeBrief, renderBrief, type BriefFormat } from '../src/app/brief.ts';
import { withStore } from '../src/app/session.ts';
import { BRIEF_LANGUAGES } from '../src/report/index.ts';
import { foundingRequest } from '../test/report/founding-request.ts';
import { machine, median, printTable, timed } from './synthetic.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'mc-runs': { type: 'string', default: '200' } },
});
const runs = Number(values.runs);
const mcRuns = Number(values['mc-runs']);
if (!Number.isSafeInteger(runs) || runs <= 0 || !Number.isSafeInteger(mcRuns) || mcRuns <= 0)
  throw new Error('--runs and --mc-runs must be positive integers');

const dir = mkdtempSync(join(tmpdir(), 'jirga-bench-brief-'));
const rows: Record<string, string | number>[] = [];
try {
  await withStore({ db: join(dir, 'jirga.sqlite') }, async (store) => {
    for (const lang of BRIEF_LANGUAGES) {
      const request = { ...foundingRequest, runs: mcRuns, lang };
      const [doc, cold] = await timed(() => makeBrief(store, request));
      const warm: number[] = [];
      for (let i = 0; i < runs; i++) warm.push((await timed(() => makeBrief(store, request)))[1]);
      rows.push({
        lang,
        step: 'document model',
        'cold ms': Math.round(cold),
        'median ms': Math.round(median(warm)),
        bytes: '',
      });
      const formats: BriefFormat[] = [
        'md',
        'html',
        'docx',
        ...(existsSync(CHROMIUM_PATH) ? (['pdf'] as const) : []),
      ];
      for (const format of formats) {
        const times: number[] = [];
        let size = 0;
        for (let i = 0; i < (format === 'pdf' ? 1 : runs); i++) {
          const [output, ms] = await timed(() => renderBrief(doc, format));
          times.push(ms);
          size = Buffer.byteLength(output);
        }
        rows.push({
          lang,
          step: format,
          'cold ms': '',
          'median ms': Number(median(times).toFixed(1)),
          bytes: size,
        });
      }
    }
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
console.log(`runs ${runs}, Monte Carlo runs ${mcRuns}`);
printTable(machine());
