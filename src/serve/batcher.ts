/**
 * Coalesces file changes into batches: a batch starts after `quietMs` without a new change (at most `maxWaitMs`
 * after the first), one batch runs at a time, and changes that arrive while a batch runs form the next batch.
 * No change is lost.
 */
export class ChangeBatcher {
  private pending = new Map<string, ChangeKind>();
  private timer?: NodeJS.Timeout;
  private firstAt = 0;
  private running?: Promise<void>;
  private closed = false;

  constructor(
    private readonly run: (changes: Map<string, ChangeKind>) => Promise<void>,
    private readonly quietMs = 15,
    private readonly maxWaitMs = 150,
  ) {}

  /** Notes a change to `path`; a delete then an add (an editor's atomic save) is a change; an add then a delete (a temporary file) is nothing. */
  add(path: string, kind: ChangeKind): void {
    if (this.closed) return;
    const before = this.pending.get(path);
    if (before === "add" && kind === "unlink") this.pending.delete(path);
    else this.pending.set(path, before && before !== kind ? "change" : kind);
    if (this.running) return;
    this.schedule();
  }

  /** Resolves once nothing is pending or running. */
  async idle(): Promise<void> {
    while (this.running || this.timer) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, this.quietMs));
    }
  }

  /** Stops scheduling; waits for a running batch. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(): void {
    const now = Date.now();
    if (!this.timer) this.firstAt = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.quietMs, this.firstAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.closed || this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.running = this.run(batch)
      .catch(() => undefined)
      .finally(() => {
        this.running = undefined;
        if (this.pending.size && !this.closed) this.schedule();
      });
  }
}

/** How a path changed. */
export type ChangeKind = "add" | "change" | "unlink";
