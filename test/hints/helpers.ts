import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { build } from "../../src/index.js";
import type { Logger } from "../../src/index.js";

/** Builds a site written from `files` into a temp folder with a capturing logger; returns the hint lines and all warnings. */
export async function hintsOf(
  files: Record<string, string>,
  options: { strict?: boolean; baseurl?: string } = {},
): Promise<{ hints: string[]; warnings: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "lectern-hints-"));
  // Without the built-in theme (faster; hints do not depend on it).
  const withConfig = { ...files, "_config.yml": `${files["_config.yml"] ?? ""}\ntheme: false\n` };
  for (const [rel, text] of Object.entries(withConfig)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const warnings: string[] = [];
  const hints: string[] = [];
  const logger: Logger = {
    info() {},
    debug() {},
    error(t, m) {
      warnings.push(`${t} ${m}`);
    },
    warn(t, m) {
      warnings.push(`${t} ${m}`);
      if (t === "Hint:") hints.push(m);
    },
  };
  try {
    await build({
      source: dir,
      destination: join(dir, "_site"),
      logger,
      quiet: true,
      time: new Date("2027-01-01T00:00:00Z"),
      ...options,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { hints, warnings };
}
