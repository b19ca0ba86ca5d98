/** One template's totals in a `--profile` run. */
interface TemplateStats {
  count: number;
  bytes: number;
  ms: number;
}

/** Liquid render time per template file, as Jekyll's `--profile` table shows it (times include nested includes). */
export class TemplateProfile {
  private readonly stats = new Map<string, TemplateStats>();

  /** `shown` turns a template's path (absolute or source-relative) into the name the table prints. */
  constructor(private readonly shown: (file: string) => string = (f) => f) {}

  /** Adds one render of `file` that took `ms` and wrote `bytes` characters. */
  record(path: string, ms: number, bytes: number): void {
    const file = this.shown(path);
    const s = this.stats.get(file);
    if (s) {
      s.count++;
      s.bytes += bytes;
      s.ms += ms;
    } else this.stats.set(file, { count: 1, bytes, ms });
  }

  /** The `limit` slowest templates as a text table (Jekyll's columns: file, count, bytes, time). */
  table(limit = 20): string {
    const rows = [...this.stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, limit);
    const width = Math.max(8, ...rows.map(([f]) => f.length));
    const line = (f: string, c: string, b: string, t: string) =>
      `  ${f.padEnd(width)} ${c.padStart(6)} ${b.padStart(9)} ${t.padStart(9)}`;
    return [
      line("Filename", "Count", "Bytes", "Time"),
      ...rows.map(([f, s]) => line(f, String(s.count), `${(s.bytes / 1024).toFixed(1)}K`, `${s.ms.toFixed(1)} ms`)),
    ].join("\n");
  }
}
