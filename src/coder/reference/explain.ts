/**
 * Explanation lines for actors whose country or sector came from a reference dictionary: the
 * file and the entry, so that a reader can look the entry up. Pure.
 */
import type { ActorMention } from '../mentions.ts';
import type { CodedActor } from '../types.ts';

/** One line per actor of `actors` that a reference dictionary identified. */
export function referenceNotes(actors: readonly CodedActor[], mentions: readonly ActorMention[]): string[] {
  const notes: string[] = [];
  for (const actor of actors) {
    const mention = mentions.find((m) => m.text === actor.text && m.references !== undefined);
    for (const source of mention?.references ?? []) {
      const note = `"${actor.text}": reference dictionary ${source.file}, entry ${source.key} [${source.code}]`;
      if (!notes.includes(note)) notes.push(note);
    }
  }
  return notes;
}
