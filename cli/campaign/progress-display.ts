// Progress for long passes over a file. On a terminal: one self-rewriting line with rows, rows/s
// and ETA. Elsewhere (CI, pipes): a plain line every few seconds, so logs stay readable.

export interface ProgressSink {
  update(rows: number, fraction: number): void;
  done(rows: number): void;
}

export interface ProgressOptions {
  stream: NodeJS.WriteStream | NodeJS.WritableStream;
  interactive: boolean;
  /** Milliseconds between plain lines when not interactive. */
  lineIntervalMs?: number;
  now?: () => number;
}

export function createProgressDisplay(label: string, options: ProgressOptions): ProgressSink {
  const now = options.now ?? Date.now;
  const started = now();
  const interval = options.interactive ? 200 : (options.lineIntervalMs ?? 5000);
  let lastShown = started;
  const describe = (rows: number, fraction: number): string => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = rows / seconds;
    const eta = fraction > 0 && fraction < 1 ? (seconds / fraction) * (1 - fraction) : 0;
    return `${label}: ${rows.toLocaleString("en-US")} rows, ${Math.round(rate).toLocaleString("en-US")} rows/s, ${Math.round(fraction * 100)}%, ETA ${formatDuration(eta)}`;
  };
  return {
    update(rows, fraction) {
      const t = now();
      if (t - lastShown < interval) return;
      lastShown = t;
      if (options.interactive) options.stream.write(`\r\x1b[2K${describe(rows, fraction)}`);
      else options.stream.write(`${describe(rows, fraction)}\n`);
    },
    done(rows) {
      const seconds = Math.max((now() - started) / 1000, 0.001);
      const line = `${label}: ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en-US")} rows/s)`;
      options.stream.write(options.interactive ? `\r\x1b[2K${line}\n` : `${line}\n`);
    },
  };
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(Math.ceil(seconds - m * 60)).padStart(2, "0")}s`;
}
