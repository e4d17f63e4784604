// SCF timer triggers take a seven-field cron expression (second minute hour day month weekday
// year; SCF's "Timer Trigger Description"). Checked at synth so a typo fails there and not at
// `cdktf deploy`, halfway through creating the function.

interface CronField {
  name: string;
  min: number;
  max: number;
  /** Characters allowed besides digits and `, - * /`. */
  extra: RegExp;
}

const FIELDS: readonly CronField[] = [
  { name: "second", min: 0, max: 59, extra: /^$/ },
  { name: "minute", min: 0, max: 59, extra: /^$/ },
  { name: "hour", min: 0, max: 23, extra: /^$/ },
  { name: "day", min: 1, max: 31, extra: /^[?LW]*$/ },
  { name: "month", min: 1, max: 12, extra: /^(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)*$/ },
  { name: "weekday", min: 0, max: 6, extra: /^(SUN|MON|TUE|WED|THU|FRI|SAT|[?L#])*$/ },
  { name: "year", min: 1970, max: 2099, extra: /^$/ },
];

/** Returns what is wrong with `expression`, or undefined when SCF would accept it. */
export function scfTimerCronProblem(expression: unknown): string | undefined {
  if (typeof expression !== "string") return "must be a seven-field SCF cron expression string";
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== FIELDS.length) {
    return `"${expression}" has ${parts.length} field(s); SCF timers need 7: second minute hour day month weekday year`;
  }
  for (let i = 0; i < FIELDS.length; i++) {
    const field = FIELDS[i];
    const part = parts[i].toUpperCase();
    const letters = part.replace(/[0-9,*/-]/g, "");
    if (!field.extra.test(letters)) return `the ${field.name} field "${parts[i]}" has characters SCF does not accept there`;
    // Increments after "/" and values after "#" are counts, not positions in the field's range.
    const positions = part.split(",").flatMap((item) => item.split("/")[0].split("#")[0].split("-"));
    for (const value of positions) {
      if (!/^\d+$/.test(value)) continue;
      const n = Number(value);
      if (n < field.min || n > field.max) return `the ${field.name} field "${parts[i]}" is outside ${field.min}–${field.max}`;
    }
  }
  // Every tick runs for the function's whole time budget; firing more than once a minute only
  // stacks invocations that find the campaign lease taken.
  if (!/^\d+$/.test(parts[0]))
    return `the second field must be a single second (0–59) so the timer fires at most once a minute, got "${parts[0]}"`;
  return undefined;
}
