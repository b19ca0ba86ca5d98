import type { DiskCache } from "./disk-cache.js";
import { hashOf } from "./hash.js";

type Entries = Record<string, string>;

/**
 * Texts already converted (Markdown to HTML), kept between builds as Jekyll's Markdown converter keeps them in
 * `.jekyll-cache`: one cache entry per converter and options (its `key`), holding the output of every text by the
 * text's hash. It is read on first use and written back once, with only the texts this build converted.
 */
export class ConversionStore {
  private known?: Entries;
  private readonly used: Entries = Object.create(null) as Entries;
  private usedCount = 0;
  private added = false;
  private readonly hashes = new Map<string, string>();

  constructor(
    private readonly disk: DiskCache,
    private readonly bucket: string,
    private readonly key: string,
  ) {}

  /** The output stored for `text`, if an earlier build converted it. */
  get(text: string): string | undefined {
    const h = this.hashOf(text);
    const hit = this.load()[h];
    if (hit !== undefined && this.used[h] === undefined) {
      this.used[h] = hit;
      this.usedCount++;
    }
    return hit;
  }

  /** True when `text`'s output is stored. */
  has(text: string): boolean {
    return this.load()[this.hashOf(text)] !== undefined;
  }

  /** Remembers `text`'s output (written by `save`). */
  set(text: string, output: string): void {
    const h = this.hashOf(text);
    if (this.used[h] === undefined) this.usedCount++;
    if (this.load()[h] !== output) this.added = true;
    this.used[h] = output;
  }

  /** Writes the texts this build converted or used, when they differ from what was stored. */
  save(): void {
    if (!this.known && !this.added) return;
    if (this.added || this.usedCount < Object.keys(this.load()).length) this.disk.set(this.bucket, this.key, this.used);
  }

  private load(): Entries {
    this.known ??= this.disk.get(this.bucket, this.key, isEntries) ?? (Object.create(null) as Entries);
    return this.known;
  }

  private hashOf(text: string): string {
    let h = this.hashes.get(text);
    if (h === undefined) this.hashes.set(text, (h = hashOf(text).slice(0, 32)));
    return h;
  }
}

function isEntries(v: unknown): v is Entries {
  return (
    typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string")
  );
}
