// Set of E.164 numbers already seen in a file, for duplicate detection over up to ~1M rows.
// A JS Set<string> costs ~80 bytes per entry; an open-addressing table of float64 (15 digits
// fit exactly below 2^53) costs 16 bytes per entry at 50% load, so memory stays bounded and
// predictable while streaming a 30 MB file.

export class SeenNumbers {
  private table = new Float64Array(1 << 16);
  private count = 0;

  /** Adds the number; returns false when it was already present. */
  add(e164: string): boolean {
    const value = Number(e164.replace(/^\+/, ""));
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    return insert(this.table, value) ? (this.count++, true) : false;
  }

  get size(): number {
    return this.count;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    for (const value of old) if (value !== 0) insert(this.table, value);
  }
}

function insert(table: Float64Array, value: number): boolean {
  const mask = table.length - 1;
  // Multiplicative hash over the low and high halves; 0 marks an empty slot (no number is 0).
  let slot = (Math.imul((value % 4294967296) | 0, 0x9e3779b1) ^ Math.imul(Math.floor(value / 4294967296) | 0, 0x85ebca6b)) & mask;
  for (;;) {
    const existing = table[slot];
    if (existing === 0) {
      table[slot] = value;
      return true;
    }
    if (existing === value) return false;
    slot = (slot + 1) & mask;
  }
}
