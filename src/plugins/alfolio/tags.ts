import fs from "node:fs";
import path from "node:path";
import {
  Tag,
  type Context,
  type Emitter,
  type Liquid,
  type TagToken,
  type Template,
  type TopLevelToken,
} from "liquidjs";
import type { Plugin } from "../types.js";
import type { PluginSite } from "../types.js";

/** al-folio's file-exists.rb: `{% file_exists path %}` prints whether the rendered path exists in the source. */
export const fileExists: Plugin = {
  name: "file-exists",
  setup(api) {
    const site = api.site;
    api.registerTag(
      "file_exists",
      class FileExistsTag extends Tag {
        private readonly markup: string;
        constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
          super(token, remain, liquid);
          this.markup = token.args;
        }
        render(ctx: Context): string {
          const rel = String(this.liquid.parseAndRenderSync(this.markup, ctx as never)).trim();
          const abs = path.resolve(site.source, `./${rel}`);
          return String(abs.startsWith(site.source) && fs.existsSync(abs));
        }
      },
    );
  },
};

/** al-folio's details.rb: `{% details caption %}body{% enddetails %}`, both through Markdown. */
export const details: Plugin = {
  name: "details",
  setup(api) {
    api.registerTag("details", detailsTag(api.site));
  },
};

function detailsTag(site: PluginSite): typeof Tag {
  return class DetailsTag extends Tag {
    private readonly caption: string;
    private readonly body: Template[] = [];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.caption = token.args;
      const stream = liquid.parser.parseStream(remain);
      stream
        .on("template", (tpl: Template) => this.body.push(tpl))
        .on("tag:enddetails", () => stream.stop())
        .on("end", () => {
          throw new Error("tag {% details %} not closed");
        });
      stream.start();
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const inner = (yield this.liquid.renderer.renderTemplates(this.body, ctx)) as string;
      const md = (t: string) => site.renderer.markdown(t);
      const caption = md(this.caption)
        .replace(/<\/?p[^>]*>/g, "")
        .replace(/\n$/, "");
      emitter.write(`<details><summary>${caption}</summary>${md(inner)}</details>`);
    }
  };
}
