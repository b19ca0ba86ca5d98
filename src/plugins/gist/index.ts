import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from "liquidjs";
import type { Plugin } from "../types.js";
import type { PluginSite } from "../types.js";
import { rubyToS } from "../../ruby/value.js";

/** jekyll-gist's argument syntax: an id (or `user/id`), then optionally a file name. */
const ARGUMENTS = /^([\S]+|.*(?=\/).+)\s?(\S*)$/;
const VARIABLE = /^[A-Za-z_][\w-]*(?:\.[\w-]+)*$/;

/** The `<script>` that embeds a gist (and one file of it when named). */
export function gistScript(id: string, file: string): string {
  const url = `https://gist.github.com/${id}.js${file ? `?file=${file}` : ""}`;
  return `<script src="${url}"> </script>`;
}

/** Reads a variable the way Liquid's `context[name]` does; undefined when it is not set. */
function lookup(ctx: Context, name: string): unknown {
  if (!VARIABLE.test(name)) return undefined;
  const v = ctx.getSync(name.split("."));
  return v === null ? undefined : v;
}

/**
 * `{% gist id [file] %}` as jekyll-gist 1.5 renders it without network access (Lectern never fetches): the
 * gem cannot fetch the code for its `<noscript>` fallback, warns, and its output starts with the value of
 * that warning call (`true`, or `false` when warnings are silenced) before the `<script>` tag; with
 * `gist: {noscript: false}` only the script tag.
 */
export function gistTag(site: PluginSite): typeof Tag {
  return class GistTag extends Tag {
    private readonly markup: string;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.markup = token.args.trim();
    }

    render(ctx: Context): string {
      const m = ARGUMENTS.exec(this.markup);
      if (!m) {
        throw new Error(
          `Syntax error in tag 'gist' while parsing the following markup:\n\n    ${this.markup}\n\n  Valid syntax:\n    {% gist user/1234567 %}\n    {% gist user/1234567 foo.js %}\n    {% gist 28949e1d5ee2273f9fd3 %}\n    {% gist 28949e1d5ee2273f9fd3 best.md %}\n`,
        );
      }
      let id = m[1]!.trim(),
        file = m[2]!.trim();
      const idVar = lookup(ctx, id),
        fileVar = file ? lookup(ctx, file) : undefined;
      if (idVar !== undefined) id = rubyToS(idVar);
      if (fileVar !== undefined) file = rubyToS(fileVar);
      const settings = site.config["gist"] as Record<string, unknown> | undefined;
      let noscript = "";
      if (!(settings && typeof settings === "object" && settings["noscript"] === false)) {
        site.log.warn(
          "Warning:",
          `The <noscript> tag for your gist ${id} could not be generated (Lectern does not fetch gists). This will affect users who do not have JavaScript enabled in their browsers.`,
        );
        noscript = site.options.quiet ? "false" : "true";
      }
      return noscript + gistScript(id, file);
    }
  };
}

/** jekyll-gist 1.5: the `{% gist %}` tag. */
const gist: Plugin = {
  name: "jekyll-gist",
  setup(api) {
    api.registerTag("gist", gistTag(api.site));
  },
};

export default gist;
