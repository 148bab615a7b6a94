/**
 * Where the shared reference data lives for the bargaining evaluation tests: ../shared beside
 * the repository (resolved from this file), read in place and never copied in.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BARGAINING_DATA = resolve(REPO_ROOT, '..', 'shared', 'data', 'bargaining');

export function referencePath(...parts: string[]): string {
  return join(BARGAINING_DATA, ...parts);
}

export function referenceExists(...parts: string[]): boolean {
  return existsSync(referencePath(...parts));
}
