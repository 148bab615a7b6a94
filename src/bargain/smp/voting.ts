/**
 * Votes, coalition strengths, victory probabilities and the probabilistic Condorcet election
 * (PCE) of KTAB (SPEC §B.4): the machinery every SMP choice goes through.
 */
import type { PceModel, VictoryProbModel, VotingRule } from './params.ts';

/** vote(w, u_a, u_b) = w·f(u_a − u_b) under the voting rule. */
export function vote(rule: VotingRule, weight: number, utilityA: number, utilityB: number): number {
  const delta = utilityA - utilityB;
  switch (rule) {
    case 'Binary':
      return weight * binaryStep(delta);
    case 'PropBin':
      return weight * (0.8 * delta + 0.2 * binaryStep(delta));
    case 'Prop':
      return weight * delta;
    case 'PropCbc':
      return weight * (0.5 * delta + 0.5 * delta * delta * delta);
    case 'Cubic':
      return weight * delta * delta * delta;
    case 'ASymProsp':
      return weight * (delta < 0 ? delta : (2 * delta) / 3);
  }
}

function binaryStep(delta: number): number {
  return Math.min(1, Math.max(-1, delta / 1e-8));
}

/**
 * Coalition strengths over options: C[a][b] = 1e−8 + Σ_k max(0, vote(w_k, u_k,a, u_k,b)).
 * `utilities[k][o]` is voter k's utility for option o.
 */
export function coalitionStrengths(
  rule: VotingRule,
  weights: readonly number[],
  utilities: readonly (readonly number[])[],
): number[][] {
  const options = utilities[0]?.length ?? 0;
  const voters = weights.length;
  const byOption = new Float64Array(options * voters);
  for (let k = 0; k < voters; k++) {
    const uk = utilities[k]!;
    for (let o = 0; o < options; o++) byOption[o * voters + k] = uk[o]!;
  }
  return coalitionStrengthsByOption(rule, weights, byOption, options);
}

/**
 * coalitionStrengths with the utilities stored option by option: `byOption[o·V + k]` is voter
 * k's utility for option o (V voters), so the sums over voters read memory in order. This is
 * the SMP's hot spot (O(options² · voters)); every sum keeps the voters' order.
 */
export function coalitionStrengthsByOption(
  rule: VotingRule,
  weights: readonly number[],
  byOption: Float64Array,
  options: number,
): number[][] {
  const voters = weights.length;
  if (options >= MIN_OPTIONS_TO_DEDUPLICATE) {
    // Actors often hold exactly the same position: options whose utility rows are equal bit
    // for bit get equal strengths (computed once), and 1e−8 between them (every vote is ±0).
    const { representatives, distinct } = distinctRows(byOption, options, voters);
    if (distinct.length < options) {
      const compact = new Float64Array(distinct.length * voters);
      distinct.forEach((o, r) => compact.set(byOption.subarray(o * voters, (o + 1) * voters), r * voters));
      const reduced = coalitionStrengthsByOption(rule, weights, compact, distinct.length);
      return representatives.map((ra) => representatives.map((rb) => (ra === rb ? 1e-8 : reduced[ra]![rb]!)));
    }
  }
  const strengths: number[][] = [];
  for (let a = 0; a < options; a++) strengths.push(new Array<number>(options).fill(1e-8));
  if (rule === 'Prop') {
    // The default rule inlined (same arithmetic as vote()), one pass per unordered pair:
    // w(u_b − u_a) = −w(u_a − u_b) exactly, so b's positive votes are a's negative ones.
    const w = Float64Array.from(weights);
    for (let a = 0; a < options; a++) {
      const rowA = a * voters;
      for (let b = a + 1; b < options; b++) {
        const rowB = b * voters;
        let ab = 1e-8;
        let ba = 1e-8;
        for (let k = 0; k < voters; k++) {
          const v = w[k]! * (byOption[rowA + k]! - byOption[rowB + k]!);
          if (v > 0) ab += v;
          else if (v < 0) ba -= v;
        }
        strengths[a]![b] = ab;
        strengths[b]![a] = ba;
      }
    }
    return strengths;
  }
  for (let a = 0; a < options; a++) {
    const rowA = a * voters;
    for (let b = 0; b < options; b++) {
      if (a === b) continue;
      const rowB = b * voters;
      let total = 1e-8;
      for (let k = 0; k < voters; k++) {
        const v = vote(rule, weights[k]!, byOption[rowA + k]!, byOption[rowB + k]!);
        if (v > 0) total += v;
      }
      strengths[a]![b] = total;
    }
  }
  return strengths;
}

const MIN_OPTIONS_TO_DEDUPLICATE = 16;

/**
 * Groups the rows of `values` (rows × width) that are equal bit for bit: `distinct` lists the
 * first row of each group, `representatives[row]` the index of its group in `distinct`.
 */
function distinctRows(
  values: Float64Array,
  rows: number,
  width: number,
): { representatives: number[]; distinct: number[] } {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const groups = new Map<number, number[]>();
  const representatives: number[] = [];
  const distinct: number[] = [];
  const sameBits = (a: number, b: number): boolean => {
    for (let x = a * 2 * width, y = b * 2 * width, end = x + 2 * width; x < end; x++, y++) {
      if (bits[x] !== bits[y]) return false;
    }
    return true;
  };
  for (let row = 0; row < rows; row++) {
    let hash = 0x811c9dc5;
    for (let x = row * 2 * width, end = x + 2 * width; x < end; x++)
      hash = Math.imul(hash ^ bits[x]!, 0x01000193);
    const bucket = groups.get(hash);
    const match = bucket?.find((group) => sameBits(distinct[group]!, row));
    if (match !== undefined) {
      representatives.push(match);
      continue;
    }
    representatives.push(distinct.length);
    if (bucket === undefined) groups.set(hash, [distinct.length]);
    else bucket.push(distinct.length);
    distinct.push(row);
  }
  return { representatives, distinct };
}

/** pv(a, b) from the coalition strengths; pv(a, a) = 0.5. */
export function victoryProbabilities(
  model: VictoryProbModel,
  strengths: readonly (readonly number[])[],
): number[][] {
  return strengths.map((row, a) =>
    row.map((cab, b) => (a === b ? 0.5 : pairVictory(model, cab, strengths[b]![a]!))),
  );
}

function pairVictory(model: VictoryProbModel, cab: number, cba: number): number {
  switch (model) {
    case 'Linear':
      return cab / (cab + cba);
    case 'Square':
      return powerRatio(cab, cba, 2);
    case 'Quartic':
      return powerRatio(cab, cba, 4);
    case 'Octic':
      return powerRatio(cab, cba, 8);
    case 'Binary': {
      const floor = 1e-6;
      if (cab >= 1.1 * cba) return 1 - floor;
      if (cba >= 1.1 * cab) return floor;
      const ratio = cab / (cab + cba);
      return Math.min(1 - floor, Math.max(floor, (ratio * 2.1 - 1) / 0.1));
    }
  }
}

function powerRatio(cab: number, cba: number, power: number): number {
  const ga = cab ** power;
  const gb = cba ** power;
  return ga / (ga + gb);
}

/** The probabilistic Condorcet election: a probability per option, summing to 1. */
export function condorcetElection(
  model: PceModel,
  strengths: readonly (readonly number[])[],
  victory: readonly (readonly number[])[],
): number[] {
  switch (model) {
    case 'Conditional':
      return conditionalPce(victory);
    case 'MarkovUniform':
      return markovUniformPce(victory);
    case 'MarkovIncentive':
      return markovIncentivePce(strengths, victory);
  }
}

function conditionalPce(victory: readonly (readonly number[])[]): number[] {
  const raw = victory.map((row) => row.reduce((product, p) => product * p, 1));
  const total = raw.reduce((sum, p) => sum + p, 0);
  return raw.map((p) => p / total);
}

function markovUniformPce(victory: readonly (readonly number[])[]): number[] {
  const m = victory.length;
  let p = new Array<number>(m).fill(1 / m);
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const q = p.map((pa, a) => {
      let sum = 0;
      for (let b = 0; b < m; b++) sum += victory[a]![b]! * (pa + p[b]!);
      return sum / m;
    });
    const change = Math.max(...q.map((qa, a) => Math.abs(qa - p[a]!)));
    p = p.map((pa, a) => (pa + q[a]!) / 2);
    if (change <= 1e-6) break;
  }
  return p;
}

function markovIncentivePce(
  strengths: readonly (readonly number[])[],
  victory: readonly (readonly number[])[],
): number[] {
  const m = victory.length;
  const incentive = strengths.map((row, a) =>
    row.map((cab, b) => cab * victory[a]![b]! + (a === b ? 1e-10 : 0)),
  );
  const columnTotals = Array.from({ length: m }, (_, b) => incentive.reduce((sum, row) => sum + row[b]!, 0));
  // transition[a][b] = P(a → b) = n(a, b) / Σ_k n(k, b)
  const transition = incentive.map((row) => row.map((n, b) => n / columnTotals[b]!));
  let p = new Array<number>(m).fill(1 / m);
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const q = p.map((_, a) => {
      let sum = 0;
      for (let b = 0; b < m; b++) {
        const ctAB = p[a]! * transition[b]![a]!;
        const ctBA = p[b]! * transition[a]![b]!;
        sum += victory[a]![b]! * (ctAB + ctBA);
      }
      return sum;
    });
    const change = Math.max(...q.map((qa, a) => Math.abs(qa - p[a]!)));
    p = p.map((pa, a) => (pa + q[a]!) / 2);
    if (change <= 1e-8) break;
  }
  return p;
}

/** Index of the first option with the maximal probability. */
export function firstArgMax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
