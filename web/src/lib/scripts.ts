/** The writing system of a name, by the Unicode block of its first letter (for the actor profile). */
const SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Latin}/u, 'Latin'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Han}/u, 'Han'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
];

export function scriptOf(name: string): string {
  const letter = /\p{L}/u.exec(name)?.[0];
  if (letter === undefined) return 'none';
  return SCRIPTS.find(([pattern]) => pattern.test(letter))?.[1] ?? 'other';
}
