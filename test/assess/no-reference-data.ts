/**
 * An existing, empty reference-data directory: an assessment given it reads no base rate, where
 * a missing directory would be refused and no directory at all would fall back to ../shared.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function noReferenceData(dir: string): string {
  const empty = join(dir, 'no-reference-data');
  mkdirSync(empty, { recursive: true });
  return empty;
}
