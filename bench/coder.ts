/**
 * Coder throughput: sentences per second on 10,000 generated sentences (actors, triggers,
 * dates and places drawn from small lists of our own, some towns only the world list knows),
 * on one core. The world town list is read once before the timing, and its reading time is
 * printed apart. When ../shared/data/petrarch2 (or JIRGA_ACTOR_DICTIONARIES) holds reference
 * actor dictionaries, the run is repeated with them as the fallback layer (their loading timed
 * apart), then without them again, since the first run also warms the JIT. Prints the figures and the machine it ran on.
 */
import { existsSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ActorRegistry } from '../src/actors/registry.ts';
import { actors } from '../src/cases/pakistan-ttp/actors.ts';
import { loadActorDictionaries } from '../src/app/actor-dictionaries.ts';
import { codeText } from '../src/coder/code-text.ts';
import type { ReferenceIndex } from '../src/coder/reference/reference-index.ts';
import { worldCities } from '../src/coder/world-cities.ts';

const SUBJECTS = [
  'The TTP',
  'Pakistani Foreign Minister Bilawal Bhutto Zardari',
  'The Pakistan Army',
  'China',
  'Qatar and Turkey',
  'Afghan officials',
  'The Islamabad administration',
];
const VERBS = [
  'attacked',
  'met',
  'accused',
  'urged',
  'did not agree to meet',
  'threatened to attack',
  'praised',
  'was attacked by',
];
const OBJECTS = [
  'the TTP',
  'Kabul',
  'the Pakistani government',
  'the Taliban',
  'security forces',
  'Afghanistan',
];
const TAILS = [
  'in Peshawar on Monday',
  'last week',
  'in North Waziristan',
  'on May 6, 2023',
  ', officials said',
  '',
  'in the town of Cizre',
  'near Jericho on Sunday',
];

function corpus(n: number): string[] {
  let seed = 42;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length] as T;
  };
  return Array.from({ length: n }, () =>
    `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`.replace(' .', '.'),
  );
}

const registry = ActorRegistry.from(actors);
const sentences = corpus(10_000);
const loadStarted = performance.now();
const towns = worldCities('Cizre').length;
console.log(
  `world town list read once: ${((performance.now() - loadStarted) / 1000).toFixed(2)} s (${towns} Cizre)`,
);
function run(label: string, referenceDictionaries: ReferenceIndex | null): void {
  const options = { registry, dateRef: '2023-05-09', referenceDictionaries };
  codeText(sentences.slice(0, 200).join(' '), options);
  const started = performance.now();
  let events = 0;
  for (const sentence of sentences) events += codeText(sentence, options).length;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `coder${label}: ${sentences.length} sentences in ${seconds.toFixed(2)} s = ${Math.round(sentences.length / seconds)} sentences/s (${events} events)`,
  );
}

run('', null);
const shared = join(fileURLToPath(new URL('.', import.meta.url)), '../../shared/data/petrarch2');
const dictionaryDir = process.env.JIRGA_ACTOR_DICTIONARIES ?? (existsSync(shared) ? shared : undefined);
if (dictionaryDir !== undefined) {
  const loading = performance.now();
  const dictionaries = await loadActorDictionaries(dictionaryDir);
  console.log(`reference dictionaries loaded once: ${((performance.now() - loading) / 1000).toFixed(2)} s`);
  run(' with reference dictionaries', dictionaries);
  // The first run also warms the JIT: the registry alone again, for a like-for-like comparison.
  run(', registry only again (warm)', null);
}
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${platform()} ${release()}, Node ${process.version}`,
);
