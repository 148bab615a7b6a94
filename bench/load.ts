/**
 * A small HTTP load generator for the benchmarks: a fixed number of concurrent clients, each
 * sending its next request as soon as the previous answer is read, for a fixed duration;
 * latencies go into a log-bucketed histogram (1% resolution) for the percentiles.
 */

/** Latencies in milliseconds, bucketed by powers of 1.01: percentiles within 1%. */
export class LatencyHistogram {
  private readonly buckets = new Map<number, number>();
  count = 0;
  max = 0;

  record(ms: number): void {
    const bucket = Math.ceil(Math.log(Math.max(ms, 0.001)) / Math.log(1.01));
    this.buckets.set(bucket, (this.buckets.get(bucket) ?? 0) + 1);
    this.count += 1;
    this.max = Math.max(this.max, ms);
  }

  /** The latency below which `p` (0–1) of the requests fell (the bucket's upper bound). */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.ceil(p * this.count);
    let seen = 0;
    for (const bucket of [...this.buckets.keys()].sort((a, b) => a - b)) {
      seen += this.buckets.get(bucket)!;
      if (seen >= rank) return Math.min(1.01 ** bucket, this.max);
    }
    return this.max;
  }
}

export interface LoadOptions {
  /** The URL of request number n (so a run can walk pages or vary filters). */
  url: (n: number) => string;
  concurrency: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  perSecond: number;
  latency: LatencyHistogram;
  bytes: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latency = new LatencyHistogram();
  let next = 0;
  let errors = 0;
  let bytes = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const url = options.url(next++);
      const sent = performance.now();
      try {
        const response = await fetch(url);
        const body = await response.arrayBuffer();
        bytes += body.byteLength;
        if (!response.ok) {
          errors += 1;
          firstError ??= `HTTP ${response.status} for ${url}: ${new TextDecoder().decode(body).slice(0, 200)}`;
        }
      } catch (error) {
        errors += 1;
        const cause =
          error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
        firstError ??= `${url}: ${error instanceof Error ? error.message : String(error)}${cause}`;
      }
      latency.record(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latency.count,
    errors,
    firstError,
    seconds,
    perSecond: latency.count / seconds,
    latency,
    bytes,
  };
}
