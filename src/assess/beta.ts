/**
 * Quantiles of a Beta(α, β) distribution by numeric integration on a fine grid: enough for
 * the 10th–90th percentile bands of base rates built from small counts.
 */
const STEPS = 4000;

export function betaQuantile(alpha: number, beta: number, q: number): number {
  const density: number[] = [];
  let total = 0;
  for (let i = 0; i < STEPS; i++) {
    const x = (i + 0.5) / STEPS;
    const d = Math.exp((alpha - 1) * Math.log(x) + (beta - 1) * Math.log(1 - x));
    density.push(d);
    total += d;
  }
  let cumulative = 0;
  for (let i = 0; i < STEPS; i++) {
    cumulative += density[i]!;
    if (cumulative / total >= q) return (i + 0.5) / STEPS;
  }
  return 1;
}
