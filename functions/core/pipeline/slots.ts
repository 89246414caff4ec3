/** A fixed number of places: `take` waits for a free one, `free` gives one back (first come, first served). */
export class Slots {
  private free_: number;
  private readonly queue: (() => void)[] = [];

  constructor(count: number) {
    if (!Number.isInteger(count) || count < 1) {
      throw new Error(`slots: count must be a positive integer, got ${count}`);
    }
    this.free_ = count;
  }

  async take(): Promise<void> {
    if (this.free_ > 0) {
      this.free_ -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  free(): void {
    const next = this.queue.shift();
    if (next === undefined) this.free_ += 1;
    else next();
  }
}
