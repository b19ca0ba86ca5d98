import { mkdtempSync, rmSync, utimesSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { build } from "../../src/index.js";
import type { BuildOptions } from "../../src/config/options.js";
import { listFiles, canonical, read, REFERENCE_TIME } from "../sites/golden.js";

export { listFiles, canonical, read };

/** The plugin fixtures: test/fixtures/plugins/<name>/{site,expected}, made by scripts/regen-plugins-golden.sh. */
export const PLUGIN_FIXTURES = join(
  fileURLToPath(new URL(".", import.meta.url)),
  "..",
  "..",
  "..",
  "test",
  "fixtures",
  "plugins",
);

/** The modification time the regen script gives every fixture file (sitemap.xml prints static files' times). */
export const FIXTURE_MTIME = new Date("2024-05-06T07:08:09Z");

/** Paths of a fixture's source and Jekyll's output. */
export function fixture(name: string): { site: string; expected: string } {
  return { site: join(PLUGIN_FIXTURES, name, "site"), expected: join(PLUGIN_FIXTURES, name, "expected") };
}

function touchAll(dir: string): void {
  for (const entry of readdirSync(dir)) {
    const abs = join(dir, entry);
    if (statSync(abs).isDirectory()) touchAll(abs);
    else utimesSync(abs, FIXTURE_MTIME, FIXTURE_MTIME);
  }
}

/** A built fixture, its warnings, and a way to remove it. */
export interface Built {
  out: string;
  warnings: string[];
  cleanup(): void;
}

/** Builds a plugin fixture as the reference was built (production, 2027-01-01 UTC) into a temp folder. */
export async function buildPluginFixture(
  name: string,
  options: BuildOptions = {},
  environment = "production",
): Promise<Built> {
  const { site } = fixture(name);
  touchAll(site);
  const tmp = mkdtempSync(join(tmpdir(), `lectern-plugin-${name}-`));
  const warnings: string[] = [];
  const logger = {
    info() {},
    debug() {},
    error() {},
    warn: (t: string, m: string) => void warnings.push(`${t} ${m}`),
  };
  await build({ source: site, destination: join(tmp, "_site"), time: REFERENCE_TIME, environment, logger, ...options });
  return { out: join(tmp, "_site"), warnings, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** Every file Jekyll wrote is written, and nothing else; HTML and XML compared after normalisation. */
export function sameFilesAsJekyll(
  built: Built,
  name: string,
): { missing: string[]; extra: string[]; differing: string[] } {
  const { expected } = fixture(name);
  const want = listFiles(expected),
    got = listFiles(built.out);
  const differing = want.filter(
    (f) => got.includes(f) && canonical(f, read(built.out, f)) !== canonical(f, read(expected, f)),
  );
  return { missing: want.filter((f) => !got.includes(f)), extra: got.filter((f) => !want.includes(f)), differing };
}
