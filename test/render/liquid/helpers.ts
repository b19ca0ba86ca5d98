import os from "node:os";
import path from "node:path";
import { createJekyllLiquid, type JekyllLiquid, type LiquidHost } from "../../../src/render/liquid/index.js";

import { tempSite as sharedTempSite } from "../../support/index.js";

/** A throwaway site folder with the given files (paths relative to it). */
export function tempSite(files: Record<string, string>): string {
  return sharedTempSite(files, "lectern-liquid-");
}

/** An engine over `source` with a minimal host; `overrides` replace host fields. */
export function engineFor(source: string, overrides: Partial<LiquidHost> = {}): JekyllLiquid {
  return createJekyllLiquid({
    source,
    includeDirs: [path.join(source, "_includes")],
    config: {},
    markdownify: (s) => `<p>${s}</p>\n`,
    postUrl: () => undefined,
    linkUrl: () => undefined,
    ...overrides,
  });
}

/** Renders `template` as the file `file` of a fresh engine with no includes. */
export function render(
  template: string,
  scope: Record<string, unknown> = {},
  config: Record<string, unknown> = {},
): string {
  return engineFor(os.tmpdir(), { config }).renderString(template, scope, { file: "page.html" });
}
