// What a benchmark module is and how its figures are summarised. To add a benchmark (Word
// export, search, …): write a module that returns rows, and list it in `benchModules` in run.ts.

export type Statistic = 'median' | 'p50' | 'p95' | 'p99' | 'max';

/** What a row's figures count: time, memory or size, or how many times another figure. */
export type Unit = 'ms' | 'MB' | '×';

/**
 * A target is met when the chosen statistic is at most the limit: `maxMs` for times, `max` in the
 * row's unit for anything else.
 */
export type Target = { statistic: Statistic; maxMs: number } | { statistic: Statistic; max: number };

export const limitOf = (target: Target): number => ('max' in target ? target.max : target.maxMs);

export type Summary = { samples: number; min: number; median: number; p95: number; p99: number; max: number };

export type BenchRow = {
  metric: string;
  /** Milliseconds unless told. */
  unit?: Unit;
  /** The two statistics shown in the table, e.g. p50 and p99 for saves, median and p95 for opening. */
  shown: [central: 'median' | 'p50', tail: 'p95' | 'p99' | 'max'];
  target?: Target;
  /** Set when the figure could be taken; otherwise `notMeasured` says why. */
  summary?: Summary;
  notMeasured?: string;
  /** What was measured on what, for whoever reads the record later. */
  detail?: string;
};

export type BenchContext = {
  /** A fresh folder under the run's temp folder; removed when the run ends. */
  tempFolder: () => string;
  log: (line: string) => void;
};

export type BenchModule = { name: string; run: (context: BenchContext) => Promise<BenchRow[]> };

/** Percentile by linear interpolation between the closest ranks (the usual spreadsheet definition). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) throw new Error('No samples.');
  const rank = (sorted.length - 1) * fraction;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    min: sorted[0]!,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1)!,
  };
}

export function valueOf(summary: Summary, statistic: Statistic): number {
  return statistic === 'p50' ? summary.median : summary[statistic];
}

export type Verdict = 'pass' | 'fail' | 'not measured' | '—';

export function verdict(row: BenchRow): Verdict {
  if (!row.summary) return 'not measured';
  if (!row.target) return '—';
  return valueOf(row.summary, row.target.statistic) <= limitOf(row.target) ? 'pass' : 'fail';
}

/**
 * Times `work` once per iteration after a warm-up, so JIT compilation is not in the figures.
 * `prepare` builds each iteration's input outside the timed part.
 */
export function timeRepeatedly<T>(
  options: { iterations: number; warmUp: number },
  prepare: (iteration: number) => T,
  work: (input: T) => void,
): number[] {
  const samples: number[] = [];
  for (let i = 0; i < options.warmUp + options.iterations; i++) {
    const input = prepare(i);
    const start = performance.now();
    work(input);
    const elapsed = performance.now() - start;
    if (i >= options.warmUp) samples.push(elapsed);
  }
  return samples;
}
