import { Tag, type Context, type TagToken, type Template, type TopLevelToken, type Liquid } from "liquidjs";
import type { EngineState, TagClass } from "../state.js";
import { rubyToS } from "../../../ruby/value.js";

/** `{% link path %}`: the URL (with baseurl) of the page, document or static file at a source path. */
export function linkTag(state: EngineState): TagClass {
  return class LinkTag extends Tag {
    private path: Template[];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.path = state.parse(token.args.trim(), token.file ?? "");
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const rel = rubyToS(yield this.liquid.renderer.renderTemplates(this.path, ctx)).trim();
      const url = state.host.linkUrl(rel) ?? state.host.linkUrl(`/${rel.replace(/^\/+/, "")}`);
      if (url === undefined) {
        throw new Error(
          `Could not find document '${rel}' in tag 'link'.\n\nMake sure the document exists and the path is correct.\n`,
        );
      }
      return state.relativeUrl(url);
    }
  };
}

/** `{% post_url 2020-01-01-name %}`: the URL (with baseurl) of a post. */
export function postUrlTag(state: EngineState): TagClass {
  return class PostUrlTag extends Tag {
    private post: string;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.post = token.args.trim();
    }
    render(): string {
      const url = state.host.postUrl(this.post);
      if (url === undefined) {
        throw new Error(
          `Could not find post "${this.post}" in tag 'post_url'.\n\nMake sure the post exists and the name is correct.\n`,
        );
      }
      return state.relativeUrl(url);
    }
  };
}
