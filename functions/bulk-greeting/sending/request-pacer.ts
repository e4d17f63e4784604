// Keeps SendSms calls at or under a configured rate (requests per second) by spacing the start
// of each call; the clock and sleep are injected so tests and benchmarks control time.

export class RequestPacer {
  private nextSlot = 0;
  private readonly intervalMs: number;

  constructor(
    requestsPerSecond: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    if (!(requestsPerSecond > 0)) throw new Error("request rate must be a positive number");
    this.intervalMs = 1000 / requestsPerSecond;
  }

  async waitTurn(): Promise<void> {
    const t = this.now();
    if (this.nextSlot > t) await this.sleep(this.nextSlot - t);
    this.nextSlot = Math.max(t, this.nextSlot) + this.intervalMs;
  }
}
