import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync } from "node:fs";
import { join, relative, extname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { build } from "../../src/index.js";
import type { BuildOptions } from "../../src/config/options.js";
import { normalizeHtml, normalizeXml } from "../../src/compare/normalize.js";

/** The repository root, from the compiled test file (dist/test/sites/golden.js). */
export const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "..");
export const SITES = join(ROOT, "test", "fixtures", "sites");
export const EXPECTED = join(ROOT, "test", "fixtures", "expected");

/** The clock jekyll-ref.sh freezes Jekyll at (2027-01-01 UTC). */
export const REFERENCE_TIME = new Date(1798761600 * 1000);

/** Files below `dir`, relative, skipping source maps (they name machine paths). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (!name.endsWith(".map")) out.push(relative(dir, abs).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** A file's text in canonical form for comparison: HTML and XML normalised, anything else as is. */
export function canonical(file: string, text: string): string {
  const ext = extname(file);
  if (ext === ".html" || ext === ".htm") return normalizeHtml(text);
  if (ext === ".xml") return normalizeXml(text);
  return text;
}

/** Builds a fixture site as the reference was built (production, frozen clock) into a temp folder. */
export async function buildFixture(
  name: string,
  options: BuildOptions = {},
): Promise<{ out: string; cleanup: () => void; warnings: number }> {
  const out = mkdtempSync(join(tmpdir(), `lectern-${name}-`));
  const logger = { info() {}, debug() {}, warn() {}, error() {} };
  const r = await build({
    source: join(SITES, name),
    destination: join(out, "_site"),
    time: REFERENCE_TIME,
    environment: "production",
    logger,
    ...options,
  });
  return {
    out: join(out, "_site"),
    cleanup: () => rmSync(out, { recursive: true, force: true }),
    warnings: r.warnings,
  };
}

/** Reads one output file of a built tree. */
export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}
