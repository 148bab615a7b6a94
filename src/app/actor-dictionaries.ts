/**
 * Reference actor dictionaries for the coder, read from a directory given by
 * `--actor-dictionaries DIR` or the environment variable JIRGA_ACTOR_DICTIONARIES: its
 * `*.actors.txt` files (TABARI actor format) and `*.agents.txt` files (agent format), in name
 * order. The index is built once per directory and process. A directory that does not exist or
 * holds no such file is a `ValidationError` naming where the directory was given.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  buildReferenceIndex,
  type DictionaryFile,
  type ReferenceIndex,
} from '../coder/reference/reference-index.ts';
import { ValidationError } from '../errors.ts';

export const ACTOR_DICTIONARIES_ENV = 'JIRGA_ACTOR_DICTIONARIES';
const OPTION = '--actor-dictionaries';

const cache = new Map<string, Promise<ReferenceIndex>>();

/** Where the dictionaries are: the option, else the environment variable, else nowhere. */
export function actorDictionariesDir(option: string | undefined): { dir: string; from: string } | undefined {
  if (option !== undefined) return { dir: option, from: OPTION };
  const env = process.env[ACTOR_DICTIONARIES_ENV];
  return env !== undefined && env.trim() !== '' ? { dir: env, from: ACTOR_DICTIONARIES_ENV } : undefined;
}

function kindOf(name: string): DictionaryFile['kind'] | undefined {
  if (name.endsWith('.actors.txt')) return 'actors';
  if (name.endsWith('.agents.txt')) return 'agents';
  return undefined;
}

async function load(dir: string, from: string): Promise<ReferenceIndex> {
  const isDirectory = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory) throw new ValidationError(`${from}: '${dir}' is not a directory`);
  const names = (await readdir(dir)).filter((name) => kindOf(name) !== undefined).sort();
  if (names.length === 0)
    throw new ValidationError(`${from}: '${dir}' holds no *.actors.txt or *.agents.txt dictionary`);
  const files = await Promise.all(
    names.map(async (file) => ({
      file,
      kind: kindOf(file) as DictionaryFile['kind'],
      text: await readFile(join(dir, file), 'utf8'),
    })),
  );
  return buildReferenceIndex(files);
}

/**
 * The index of the dictionaries in the directory the option or the environment names, or null
 * when neither does (the coder then uses its registry and lexicon alone).
 */
export async function loadActorDictionaries(option: string | undefined): Promise<ReferenceIndex | null> {
  const where = actorDictionariesDir(option);
  if (where === undefined) return null;
  const key = resolve(where.dir);
  let index = cache.get(key);
  if (index === undefined) {
    index = load(where.dir, where.from);
    cache.set(key, index);
    index.catch(() => cache.delete(key));
  }
  return index;
}
