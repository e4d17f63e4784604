// Small statistics and table helpers shared by the verification benchmark's sections.

/** One table row: our figure, the reference measured in the same run, their ratio and the target. */
export interface Row {
  metric: string;
  value: string;
  reference?: string;
  ratio?: string;
  target?: string;
  /** "met" / "NOT met" when the row has a target that a figure decides. */
  verdict?: string;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export function verdict(met: boolean): string {
  return met ? "met" : "NOT met";
}

export function hrtimeMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}
