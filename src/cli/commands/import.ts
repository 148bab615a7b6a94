/**
 * `jirga import <format|auto> FILE`: imports a dataset file (UCDP, ACLED, GDELT, ICEWS, PA-X,
 * CWM) all or nothing, with a progress line on a terminal, rejected rows reported (and written
 * to `--rejects FILE`), and a summary. Exit code 0 when every row was imported, 3 when some
 * were rejected, 1 when nothing was imported.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { Command } from 'commander';
import { importDataset, type ImportProgress, type ImportSummary } from '../../app/import.ts';
import { withStore } from '../../app/session.ts';
import { parseEncoding, type Encoding } from '../../ingest/encoding.ts';
import type { Rejection } from '../../ingest/datasets/format.ts';
import { formatNames } from '../../ingest/pipeline.ts';
import { formatOf, formatOption, sessionOf, write } from '../common.ts';
import { render } from '../output.ts';
import { ValidationError } from '../../errors.ts';

/** Exit code of an import that kept going past rejected rows. */
export const EXIT_IMPORTED_WITH_REJECTS = 3;

interface ImportFlags {
  case?: string;
  encoding?: Encoding;
  release?: string;
  rejects?: string;
  strict?: boolean;
  quiet?: boolean;
  partial?: boolean;
  readerThread: 'on' | 'off';
}

export function importCommand(): Command {
  return new Command('import')
    .description(`import a dataset file (${formatNames().join(', ')}, or auto to detect it)`)
    .argument('<format>', `dataset format: ${formatNames().join(' | ')} | auto`)
    .argument('<file>', 'the file to import')
    .option('--case <id>', 'link everything imported to this case')
    .option(
      '--encoding <name>',
      'force the encoding: utf-8, windows-1252 or macintosh (default: detected)',
      parseEncoding,
    )
    .option('--release <version>', 'the release the file holds (default: read from the file or its name)')
    .option('--rejects <file>', 'write rejected rows (line, field, reason) to this CSV file')
    .option('--strict', 'any rejected row aborts the import; nothing is imported')
    .option('--partial', 'the file is a sample or a filtered extract, not the full release')
    .option('--quiet', 'no progress line and no list of rejected rows')
    .option(
      '--reader-thread <mode>',
      'read and check rows on a second thread, on or off: faster when a core is free, about 180 MiB more memory',
      parseReaderThread,
      'off',
    )
    .addOption(formatOption())
    .action(async (format: string, file: string, flags: ImportFlags, self: Command) => {
      const progress = flags.quiet !== true && process.stderr.isTTY === true ? new ProgressLine() : undefined;
      const rejects = flags.rejects === undefined ? undefined : new RejectsFile(flags.rejects);
      let summary: ImportSummary;
      try {
        summary = await withStore(sessionOf(self), (store) =>
          importDataset(store, {
            format,
            file,
            ...(flags.case === undefined ? {} : { caseId: flags.case }),
            ...(flags.encoding === undefined ? {} : { encoding: flags.encoding }),
            ...(flags.release === undefined ? {} : { release: flags.release }),
            ...(flags.partial === true ? { partial: true } : {}),
            ...(flags.readerThread === 'on' ? { readerThread: true } : {}),
            strict: flags.strict === true,
            ...(progress === undefined ? {} : { onProgress: (p: ImportProgress) => progress.show(p) }),
            ...(rejects === undefined ? {} : { onReject: (r: Rejection) => rejects.add(r) }),
          }),
        );
      } finally {
        progress?.clear();
        await rejects?.close();
      }
      if (flags.quiet !== true) reportRejections(summary);
      write(renderSummary(summary, formatOf(self)));
      if (summary.rejected > 0) process.exitCode = EXIT_IMPORTED_WITH_REJECTS;
    });
}

/** The summary in the chosen format: `json` as one object, `table` as one line per figure. */
export function renderSummary(summary: ImportSummary, format: ReturnType<typeof formatOf>): string {
  const { rejections: _rejections, disappearedRows, ...figures } = summary;
  void _rejections;
  if (format === 'json') return JSON.stringify({ ...figures, disappearedRows }, null, 2) + '\n';
  if (format !== 'table') return render([{ ...figures, disappearedRows }], format);
  const width = Math.max(...Object.keys(figures).map((key) => key.length));
  const lines = Object.entries(figures).map(([key, value]) => `${key.padEnd(width)}  ${String(value ?? '')}`);
  if (disappearedRows.length > 0)
    lines.push(
      `${'gone'.padEnd(width)}  ${disappearedRows.join(', ')}${summary.disappeared > disappearedRows.length ? ', …' : ''}`,
    );
  return lines.join('\n') + '\n';
}

function reportRejections(summary: ImportSummary): void {
  const shown = summary.rejections.slice(0, 20);
  for (const r of shown)
    process.stderr.write(`jirga: ${summary.file}, line ${r.line}, field '${r.field}': ${r.reason}\n`);
  if (summary.rejected > shown.length)
    process.stderr.write(`jirga: … and ${summary.rejected - shown.length} more rejected rows\n`);
}

/** Rejected rows as CSV, written as they come. */
class RejectsFile {
  private readonly stream: WriteStream;

  constructor(path: string) {
    this.stream = createWriteStream(path);
    this.stream.write('line,field,reason,row\r\n');
  }

  add(r: Rejection): void {
    this.stream.write([String(r.line), r.field, r.reason, r.rowKey ?? ''].map(csvCell).join(',') + '\r\n');
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One self-rewriting line on stderr: rows, rows/s, share of the file read, ETA. */
class ProgressLine {
  private lastDraw = 0;

  show(p: ImportProgress): void {
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const seconds = Math.max(p.elapsedMs / 1000, 0.001);
    const rate = Math.round(p.rows / seconds);
    const share = p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 0;
    const eta = share > 0 ? Math.max(0, Math.round(seconds / share - seconds)) : null;
    process.stderr.write(
      `\r${p.rows.toLocaleString('en')} rows  ${rate.toLocaleString('en')} rows/s  ${Math.round(share * 100)}%  ETA ${eta === null ? '?' : `${eta}s`}   `,
    );
  }

  clear(): void {
    process.stderr.write('\r\x1b[K');
  }
}

function parseReaderThread(value: string): ImportFlags['readerThread'] {
  const mode = value.trim().toLowerCase();
  if (mode === 'on' || mode === 'off') return mode;
  throw new ValidationError(`--reader-thread must be on or off, not '${value}'`, {
    field: '--reader-thread',
  });
}
