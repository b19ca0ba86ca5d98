import { execFile } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./engines.js";
import { formatInt } from "./table.js";

/** Largest synthetic size whose outputs are compared (comparing parses every page of both sites). */
export const PARITY_MAX_N = 2000;

interface CompareJson {
  pages: { ref: number; ours: number; common: number; normalizedEqual: number; visibleTextEqual: number };
}

/** Compares Jekyll's and Lectern's builds of the same site with `lectern compare`; one sentence for the report. */
export function compareWithJekyll(jekyllOut: string, lecternOut: string, n: number): Promise<string> {
  const args = [join(REPO_ROOT, "bin", "lectern.js"), "compare", jekyllOut, lecternOut, "--only", "html", "--json"];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => {
      try {
        const { pages: p } = JSON.parse(stdout) as CompareJson;
        resolve(
          `Lectern vs Jekyll output at N = ${formatInt(n)} (\`lectern compare\`): ${formatInt(p.common)} of ${formatInt(p.ref)} pages in both ` +
            `(Lectern wrote ${formatInt(p.ours)}); ${formatInt(p.normalizedEqual)} equal after DOM normalisation, ${formatInt(p.visibleTextEqual)} with equal visible text.`,
        );
      } catch {
        resolve(
          `Lectern vs Jekyll output at N = ${formatInt(n)}: \`lectern compare\` failed (${err ? err.message.split("\n")[0] : "no JSON report"}).`,
        );
      }
    });
  });
}
