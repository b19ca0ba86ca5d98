import {
  Tag,
  type Context,
  type TagToken,
  type Template,
  type TopLevelToken,
  type Liquid,
  type Parser,
} from "liquidjs";
import type { EngineState, TagClass } from "../state.js";
import { rubyToS } from "../../../ruby/value.js";

const SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/;

/** Jekyll's `<figure>` wrapper around already highlighted (or escaped) code. */
export function codeFigure(code: string, lang: string): string {
  return `<figure class="highlight"><pre><code class="language-${lang.replace(/\+/g, "-")}" data-lang="${lang}">${code.replace(/\n$/, "")}</code></pre></figure>`;
}

/** Rouge's `linenos` table around highlighted (or escaped) code, as Jekyll's highlight tag writes it. */
export function linenosTable(html: string): string {
  const code = html.endsWith("\n") ? html : `${html}\n`;
  const count = code.split("\n").length - 1;
  const numbers = Array.from({ length: count }, (_, i) => `${i + 1}\n`).join("");
  return `<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">${numbers}</pre></td><td class="code"><pre>${code}</pre></td></tr></tbody></table>`;
}

/** `{% highlight lang [linenos] %}...{% endhighlight %}`; the body is rendered as Liquid first. */
export function highlightTag(state: EngineState): TagClass {
  return class HighlightTag extends Tag {
    private lang: string;
    private linenos: boolean;
    private templates: Template[] = [];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid);
      const m = SYNTAX.exec(token.args.trim());
      if (!m)
        throw new Error(
          `Syntax Error in tag 'highlight' while parsing the following markup:\n\n  ${token.args}\n\nValid syntax: highlight <lang> [linenos]\n`,
        );
      this.lang = m[1]!.toLowerCase();
      this.linenos = /\blinenos\b/.test(m[2] ?? "");
      const stream = parser
        .parseStream(remain)
        .on("tag:endhighlight", () => stream.stop())
        .on("template", (tpl: Template) => {
          this.templates.push(tpl);
        })
        .on("end", () => {
          throw new Error(`tag ${token.getText()} not closed`);
        });
      stream.start();
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const body = rubyToS(yield this.liquid.renderer.renderTemplates(this.templates, ctx));
      const code = body.replace(/^[\n\r]+|[\n\r]+$/g, "");
      const prefix = rubyToS(ctx.getSync(["highlighter_prefix"]));
      const suffix = rubyToS(ctx.getSync(["highlighter_suffix"]));
      const escaped = code.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const html =
        state.host.highlight?.(code, this.lang, this.linenos) ??
        codeFigure(this.linenos ? linenosTable(escaped) : escaped, this.lang);
      return prefix + html + suffix;
    }
  };
}
