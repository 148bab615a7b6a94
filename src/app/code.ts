/**
 * The `code` use case: code a text file, or a batch of sentences in JSON Lines
 * (`{id, text, date?, language?}` per line), into PLOVER events against the built-in case's
 * actor registry, with reference actor dictionaries as a fallback when given. Nothing is stored. Bad batch lines fail with the file, line and field.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { ActorRegistry } from '../actors/registry.ts';
import { BUILTIN_CASES, DEFAULT_CASE_ID } from '../cases/index.ts';
import { codeText } from '../coder/code-text.ts';
import { detectLanguage } from '../ingest/documents/index.ts';
import type { CodedEvent } from '../coder/types.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { IsoDate } from '../model/index.ts';
import { loadActorDictionaries } from './actor-dictionaries.ts';

export interface CodeRequest {
  /** A text file (.txt, .md); its name is the events' `doc`. */
  file?: string;
  /** A JSON Lines batch instead of a file. */
  inputJsonl?: string;
  dateRef?: string;
  language?: string;
  explain?: boolean;
  caseId?: string;
  /** Directory of reference actor dictionaries (else JIRGA_ACTOR_DICTIONARIES; none by default). */
  actorDictionaries?: string;
}

const BatchLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  date: IsoDate.optional(),
  language: z.string().optional(),
});

/** The registry of a built-in case (the default case unless named). */
export function builtinRegistry(caseId: string = DEFAULT_CASE_ID): ActorRegistry {
  const builtin = BUILTIN_CASES.get(caseId);
  if (builtin === undefined) throw new NotFoundError('case', caseId, [...BUILTIN_CASES.keys()]);
  return ActorRegistry.from(builtin.actors);
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success)
    throw new ValidationError(`--date-ref '${value}' is not a date as YYYY-MM-DD`, { field: 'date-ref' });
  return parsed.data;
}

/** Codes what the request names; events in document order. */
export async function codeDocuments(request: CodeRequest): Promise<CodedEvent[]> {
  const registry = builtinRegistry(request.caseId);
  const dateRef = checkDate(request.dateRef);
  const referenceDictionaries = await loadActorDictionaries(request.actorDictionaries);
  if (request.inputJsonl !== undefined) {
    const file = request.inputJsonl;
    const content = await readText(file);
    const events: CodedEvent[] = [];
    content.split(/\r?\n/u).forEach((line, n) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new ValidationError(`not JSON: ${(error as Error).message}`, { file, line: n + 1 });
      }
      const parsed = BatchLine.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ValidationError(issue?.message ?? 'bad line', {
          file,
          line: n + 1,
          field: issue?.path.join('.') ?? '',
        });
      }
      const item = parsed.data;
      events.push(
        ...codeText(item.text, {
          registry,
          referenceDictionaries,
          docId: item.id,
          dateRef: item.date ?? dateRef ?? null,
          language: languageOf(item.text, item.language ?? request.language),
          explain: request.explain,
        }),
      );
    });
    return events;
  }
  if (request.file === undefined) throw new ValidationError('give a FILE or --input-jsonl');
  const text = await readText(request.file);
  return codeText(text, {
    registry,
    referenceDictionaries,
    docId: basename(request.file),
    dateRef: dateRef ?? null,
    language: languageOf(text, request.language),
    explain: request.explain,
  });
}

/** The language to code `text` in: the one asked for, or with "auto" (or none) the one detected, else English. */
export function languageOf(text: string, requested: string | undefined): string {
  if (requested !== undefined && requested !== 'auto') return requested;
  return detectLanguage(text) ?? 'en';
}

async function readText(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '');
  } catch {
    throw new NotFoundError('file', file);
  }
}
