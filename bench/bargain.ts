/**
 * Benchmark of the bargaining models: KTAB SMP on generated scenarios of 40, 100 and 250
 * actors in 1 and 3 dimensions (to convergence, KTAB's stopping rule), and BDM on 100 actors
 * × 100 rounds; prints ms per run, how cost grows with N, and the machine it ran on.
 * Run: node --import tsx bench/bargain.ts [--quick]
 */
import { cpus, totalmem } from 'node:os';
import { runBdm } from '../src/bargain/bdm/model.ts';
import type { BdmInput } from '../src/bargain/bdm/types.ts';
import { BDM_VARIANTS } from '../src/bargain/bdm/variants.ts';
import { seededRandom } from '../src/bargain/scenario/prng.ts';
import { runSmp } from '../src/bargain/smp/model.ts';
import type { SmpInput } from '../src/bargain/smp/types.ts';

function smpScenario(actors: number, dims: number, seed: number): SmpInput {
  const random = seededRandom(seed);
  return {
    scenarioName: `bench-${actors}x${dims}`,
    description: 'generated',
    dimensions: Array.from({ length: dims }, (_, d) => `d${d}`),
    actors: Array.from({ length: actors }, (_, i) => ({
      name: `A${i}`,
      description: '',
      capability: 10 + 190 * random(),
      positions: Array.from({ length: dims }, () => Math.round(1000 * random()) / 10),
      saliences: Array.from({ length: dims }, () => Math.round((5 + (95 / dims - 5) * random()) * 10) / 10),
    })),
  };
}

function bdmScenario(actors: number, seed: number): BdmInput {
  const random = seededRandom(seed);
  return {
    actors: Array.from({ length: actors }, (_, i) => ({
      name: `A${i}`,
      capability: 0.1 + random(),
      position: 100 * random(),
      salience: 0.1 + 0.9 * random(),
    })),
    positionRange: { min: 0, max: 100 },
  };
}

/** Wall time and this process's CPU time (user + system), which other load inflates less. */
function time<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    cpuMs: (used.user + used.system) / 1e3,
    value,
  };
}

const quick = process.argv.includes('--quick');
const cpu = cpus();
console.log(
  `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${process.platform}/${process.arch}`,
);

console.log('\nSMP (KTAB deterministic, CSV defaults, to convergence or 100 turns)');
console.log('actors dims turns  ms/run  ms/turn  cpu ms/run');
const sizes = quick ? [40, 100] : [40, 100, 250];
for (const dims of [1, 3]) {
  for (const actors of sizes) {
    const input = smpScenario(actors, dims, 1000 + actors + dims);
    const { ms, cpuMs, value } = time(() => runSmp(input));
    const turns = value.turns.length - 1;
    console.log(
      `${String(actors).padStart(6)} ${String(dims).padStart(4)} ${String(turns).padStart(5)} ${ms.toFixed(0).padStart(7)} ${(ms / Math.max(1, turns)).toFixed(1).padStart(8)} ${cpuMs.toFixed(0).padStart(11)}`,
    );
  }
}

console.log('\nBDM (100 rounds, no early stop)');
console.log('actors variant      rounds  ms/run  cpu ms/run');
for (const variant of [BDM_VARIANTS.paper, BDM_VARIANTS['scholz-code']]) {
  for (const actors of quick ? [100] : [50, 100, 200]) {
    const input = bdmScenario(actors, 7 + actors);
    const { ms, cpuMs, value } = time(() => runBdm(input, variant, { maxRounds: 100, epsilon: 0 }));
    console.log(
      `${String(actors).padStart(6)} ${variant.name.padEnd(12)} ${String(value.rounds.length - 1).padStart(6)} ${ms.toFixed(0).padStart(7)} ${cpuMs.toFixed(0).padStart(11)}`,
    );
  }
}
