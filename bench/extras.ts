import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { markdownTable } from "./table.js";

/** A benchmark another module contributes: loaded only when its compiled file exists next to this one. */
interface Extra {
  title: string;
  file: string;
  fn: string;
}

const EXTRAS: Extra[] = [
  { title: "Markdown throughput", file: "./markdown.js", fn: "benchMarkdown" },
  { title: "Dev server: save-to-served latency", file: "./serve-latency.js", fn: "benchServeLatency" },
];

/** A table cell: numbers rounded to what a reader can use (3 significant digits, integers grouped). */
function cell(value: unknown): string {
  if (typeof value !== "number") return String(value ?? "");
  if (Number.isInteger(value) || Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(3)).toString();
}

/** Turns whatever a contributed benchmark returned into printable Markdown. */
export function renderRows(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "string")) return value.join("\n");
    if (value.every((v) => typeof v === "object" && v !== null && !Array.isArray(v))) {
      const records = value as Record<string, unknown>[];
      const headers = [...new Set(records.flatMap((r) => Object.keys(r)))];
      const cells = records.map((r) => headers.map((h) => cell(r[h])));
      return markdownTable(
        headers,
        cells,
        headers.map((h) => records.every((r) => typeof r[h] === "number")),
      );
    }
    if (value.every(Array.isArray)) return (value as unknown[][]).map((r) => r.map(String).join(" | ")).join("\n");
  }
  if (typeof value === "object") {
    const rows = (value as { rows?: unknown; table?: unknown }).table ?? (value as { rows?: unknown }).rows;
    if (rows !== undefined) return renderRows(rows);
    return renderRows([value]);
  }
  return String(value);
}

/** Runs the contributed benchmarks that are present (markdown throughput, dev-server latency); returns Markdown sections. */
export async function runExtras(
  options: { quick: boolean; jekyll: boolean },
  log: (line: string) => void,
): Promise<string[]> {
  const sections: string[] = [];
  for (const extra of EXTRAS) {
    const url = new URL(extra.file, import.meta.url);
    if (!existsSync(fileURLToPath(url))) {
      log(`skipping ${extra.title}: ${extra.file.replace("./", "dist/bench/")} not built`);
      continue;
    }
    log(`running ${extra.title}…`);
    try {
      const mod = (await import(url.href)) as Record<string, unknown>;
      const fn = mod[extra.fn];
      if (typeof fn !== "function") {
        sections.push(`### ${extra.title}\n\n(${extra.file} does not export ${extra.fn}())`);
        continue;
      }
      const rendered = renderRows(await (fn as (o: unknown) => unknown)(options));
      sections.push(`### ${extra.title}\n\n${rendered || "(no rows returned)"}`);
    } catch (err) {
      sections.push(`### ${extra.title}\n\nfailed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return sections;
}
