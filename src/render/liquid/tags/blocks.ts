import {
  Tag,
  TokenKind,
  type Context,
  type Emitter,
  type TagToken,
  type Template,
  type TopLevelToken,
  type Liquid,
  type Parser,
} from "liquidjs";
import type { TagClass } from "../state.js";

function isTag(token: TopLevelToken, name: string): boolean {
  return token.kind === TokenKind.Tag && (token as TagToken).name === name;
}

/** `{% comment %}` that nests, as Ruby Liquid's block-parsed comment does. */
class NestingCommentTag extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    let depth = 1;
    while (remain.length) {
      const t = remain.shift()!;
      if (isTag(t, "comment")) depth++;
      else if (isTag(t, "endcomment") && --depth === 0) return;
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }
  render(): void {}
}

const LAST = "jekyll:ifchanged";

/** `{% ifchanged %}`: prints its body only when it differs from the previous time. */
class IfchangedTag extends Tag {
  private templates: Template[] = [];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    const stream = parser
      .parseStream(remain)
      .on("tag:endifchanged", () => stream.stop())
      .on("template", (tpl: Template) => {
        this.templates.push(tpl);
      })
      .on("end", () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const out = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
    if (ctx.getRegister(LAST) !== out) {
      ctx.setRegister(LAST, out);
      emitter.write(out);
    }
  }
}

export const commentTag: TagClass = NestingCommentTag as unknown as TagClass;
export const ifchangedTag: TagClass = IfchangedTag as unknown as TagClass;
