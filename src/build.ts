import type { BuildOptions, BuildResult } from "./config/options.js";
import { Site } from "./site.js";
import { disposeSass } from "./render/sass/compile.js";

/** Builds a site once, as `lectern build` does; rejects with a LecternError on a build-failing problem. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  try {
    return await new Site(options).process();
  } finally {
    disposeSass();
  }
}
