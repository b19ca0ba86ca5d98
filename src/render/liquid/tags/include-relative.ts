import path from "node:path";
import type { Context } from "liquidjs";
import type { EngineState, TagClass } from "../state.js";
import { REGISTER_FILE } from "../state.js";
import { includeTag, type IncludeDirs } from "./include.js";
import { rubyToS } from "../../../ruby/value.js";

/** Jekyll's `page_path`: the folder of the page being rendered (not of the layout or include). */
export const pageDirs: IncludeDirs = (ctx: Context, state: EngineState) => {
  const env = ctx.environments as Record<string, unknown>;
  const page = env.page as Record<string, unknown> | undefined;
  let rel: string | undefined;
  if (page && typeof page.path === "string") {
    rel = page.path.replace(/\/#excerpt$/, "");
    const dir = rubyToS(state.host.config.collections_dir ?? "");
    if (page.collection && dir) rel = path.join(dir, rel);
  } else {
    rel = ctx.getRegister(REGISTER_FILE) as string | undefined;
  }
  if (rel === undefined) return [state.host.source];
  const dir = path.dirname(rel);
  return [dir === "." ? state.host.source + "/" : path.join(state.host.source, dir)];
};

/** `{% include_relative file %}`: like include, looked up beside the page. */
export const includeRelativeTag = (state: EngineState): TagClass => includeTag(state, "include_relative", pageDirs);
