/** The median of `values` (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds out of `spans` ([start, end) pairs) during which no token was usable, per `log`. */
export function uncoveredMs(
  log: ReadonlyArray<{ at: number; usableUntil: number }>,
  spans: ReadonlyArray<readonly [number, number]>,
): number {
  let total = 0;
  for (const [spanStart, spanEnd] of spans) {
    for (let i = 0; i < log.length; i += 1) {
      const entry = log[i]!;
      const start = Math.max(entry.at, spanStart);
      const end = Math.min(log[i + 1]?.at ?? Number.POSITIVE_INFINITY, spanEnd);
      if (end > start) total += Math.max(0, end - Math.max(start, entry.usableUntil));
    }
    const first = log[0]?.at ?? spanEnd;
    if (first > spanStart) total += Math.min(first, spanEnd) - spanStart;
  }
  return total;
}
