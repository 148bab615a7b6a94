/**
 * What every command shares: the global `--db` option, the `--format` option, the common
 * list options and their parsing, and writing to standard output.
 */
import { type Command, Option } from 'commander';
import type { SessionOptions } from '../app/session.ts';
import { ValidationError } from '../errors.ts';
import { OUTPUT_FORMATS, parseFormat, type OutputFormat } from './output.ts';

export function formatOption(defaultFormat: OutputFormat = 'table'): Option {
  return new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default(defaultFormat);
}

/** Adds `--case`, `--limit` and `--offset` to a list command. */
export function withListOptions(command: Command): Command {
  return command
    .option('--case <id>', 'only items of this case (linked to it or inside its scope)')
    .option('--limit <n>', 'at most this many items', parseCount('--limit'))
    .option('--offset <n>', 'skip this many items first', parseCount('--offset'))
    .addOption(formatOption());
}

export function parseCount(field: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new ValidationError(`expected a whole number, got '${value}'`, { field });
    return Number(value);
  };
}

/** Splits "a,b , c" into ['a', 'b', 'c']; repeated flags accumulate. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  ];
}

export function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 4 || parts.some((part) => !Number.isFinite(part))) {
    throw new ValidationError(`expected minLon,minLat,maxLon,maxLat, got '${value}'`, { field: '--bbox' });
  }
  const [minLon, minLat, maxLon, maxLat] = parts as [number, number, number, number];
  if (minLon > maxLon || minLat > maxLat || Math.abs(minLat) > 90 || Math.abs(maxLat) > 90) {
    throw new ValidationError(`not a valid box: '${value}'`, { field: '--bbox' });
  }
  return [minLon, minLat, maxLon, maxLat];
}

export function sessionOf(command: Command): SessionOptions {
  const options = command.optsWithGlobals<{ db?: string }>();
  return { db: options.db };
}

export function formatOf(command: Command): OutputFormat {
  return parseFormat(command.opts<{ format: string }>().format);
}

export function write(text: string): void {
  process.stdout.write(text);
}

/** The options `withListOptions` adds. */
export interface ListOptions {
  case?: string;
  limit?: number;
  offset?: number;
  format: string;
}
