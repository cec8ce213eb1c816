/** Timing: the median of repeated runs after one warm-up, so a single GC pause or a cold JIT doesn't decide a figure. */
import { performance } from 'node:perf_hooks';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds `fn` takes, the median of `repetitions` runs after a warm-up run. */
export function medianMs(repetitions: number, fn: (run: number) => unknown): number {
  fn(-1);
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The median of what `fn` measures itself (a time taken inside a browser page), after a warm-up run. */
export async function medianMsAsync(repetitions: number, fn: () => Promise<number>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) times.push(await fn());
  return median(times);
}
