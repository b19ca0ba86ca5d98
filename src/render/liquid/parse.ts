import {
  Tag,
  Tokenizer,
  type Context,
  type Emitter,
  TokenKind,
  type Liquid,
  type Template,
  type TagToken,
  type Token,
  type TopLevelToken,
} from "liquidjs";
import { laxCondition, laxOutput } from "./lax.js";
import { dropBlankWhitespace } from "./blank.js";
import { quoteBlindOutputs, setTagArgs } from "./internals.js";

/** Reports a markup Ruby would only accept in lax mode (Jekyll prints "Liquid Warning"). */
export type LaxWarning = (message: string, file: string, line: number) => void;

/**
 * Decides about a tag no plugin registered: true when it is tolerated (it then renders as a placeholder), false
 * to keep Liquid's "Unknown tag" error.
 */
export type UnknownTagPolicy = (name: string, file: string, line: number) => boolean;

type OutputToken = Token & { contentRange: [number, number] };

const CONDITION_TAGS = new Set(["if", "elsif", "unless"]);
/** Tags whose markup liquidjs reads as expressions (so string literals in them follow liquidjs' rules). */
const EXPRESSION_TAGS = new Set([
  "if",
  "elsif",
  "unless",
  "assign",
  "case",
  "when",
  "for",
  "tablerow",
  "cycle",
  "echo",
]);

/** Ruby's quoted strings have no escapes: a backslash is itself. liquidjs unescapes, so double them. */
export function literalBackslashes(markup: string): string {
  if (!markup.includes("\\")) return markup;
  return markup.replace(/"[^"]*"|'[^']*'/g, (q) => q.replace(/\\/g, "\\\\"));
}

function readsStrictly(liquid: Liquid, markup: string): boolean {
  // An unclosed quote: liquidjs reads a string to the end, Ruby's strict parser refuses it.
  if (/['"]/.test(markup.replace(/"[^"]*"|'[^']*'/g, ""))) return false;
  try {
    new Tokenizer(markup, liquid.options.operators).readFilteredValue();
    return true;
  } catch {
    return false;
  }
}

/** Whether a condition has a filter: liquidjs applies it to the whole comparison, Ruby's lax parser drops it. */
function hasFilter(markup: string): boolean {
  return markup.replace(/"[^"]*"|'[^']*'/g, '""').includes("|");
}

/**
 * Whether an output or assigned value uses a comparison or `and`/`or` before its filters: liquidjs evaluates
 * `{{ a contains b }}`, but Ruby's strict parser refuses it and the lax one keeps only `a`.
 */
function hasOperator(markup: string): boolean {
  const head = markup.replace(/"[^"]*"|'[^']*'/g, '""').split("|")[0]!;
  return /==|!=|<>|<=|>=|<|>|\s(?:contains|and|or)\s/.test(head);
}

/** Whether Ruby's strict parser reads output markup (a value, then filters). */
function readsAsVariable(liquid: Liquid, markup: string): boolean {
  return readsStrictly(liquid, markup) && !hasOperator(markup);
}

function rewriteOutput(token: OutputToken, canonical: string): void {
  const [begin] = token.contentRange;
  token.input = token.input.slice(0, begin) + canonical;
  token.contentRange = [begin, begin + canonical.length];
}

const rewriteTag = setTagArgs;

/**
 * Ruby lets `assign`/`capture` target names like `site.url` or `a[0]`; it stores the value under that literal
 * key, which no lookup can read back (`site.url` reads `site`, then `url`). Such targets get a name nobody reads.
 */
function laxTarget(target: string): string {
  const t = target.trim();
  return /^[\w-]+$/.test(t) ? t : `jekyll_unreadable_${t.replace(/[^\w]/g, "_")}`;
}

/** Rewrites markup liquidjs rejects into what Ruby Liquid's lax parser makes of it. */
function laxify(liquid: Liquid, tokens: TopLevelToken[], file: string, warn?: LaxWarning): void {
  for (const token of tokens) {
    if (token.kind === TokenKind.Output) {
      const out = token as OutputToken;
      const original = out.input.slice(out.contentRange[0], out.contentRange[1]);
      const markup = literalBackslashes(original);
      if (markup !== original) rewriteOutput(out, markup);
      if (readsAsVariable(liquid, markup)) continue;
      warn?.(`Liquid syntax error: lax markup "${markup.trim()}"`, file, out.getPosition()[0]);
      rewriteOutput(out, laxOutput(markup));
    } else if (token.kind === TokenKind.Tag) {
      const tag = token as TagToken;
      // Ruby's if/unless/for read no markup after `else`: `{% else if x %}` is a plain `else`.
      if (tag.name === "else" && tag.args.trim() !== "") {
        warn?.(`Liquid syntax error: markup after else "${tag.args.trim()}" is ignored`, file, tag.getPosition()[0]);
        rewriteTag(liquid, tag, "");
        continue;
      }
      if (EXPRESSION_TAGS.has(tag.name)) {
        const escaped = literalBackslashes(tag.args);
        if (escaped !== tag.args) rewriteTag(liquid, tag, escaped);
      }
      if (CONDITION_TAGS.has(tag.name)) {
        if (!hasFilter(tag.args) && readsStrictly(liquid, tag.args)) continue;
        warn?.(`Liquid syntax error: lax condition "${tag.args.trim()}"`, file, tag.getPosition()[0]);
        rewriteTag(liquid, tag, laxCondition(tag.args));
      } else if (tag.name === "assign") {
        const m = /^([^=]*)=([\s\S]*)$/.exec(tag.args);
        if (!m) continue;
        const target = laxTarget(m[1]!);
        const value = readsAsVariable(liquid, m[2]!) ? m[2]! : laxOutput(m[2]!);
        if (target === m[1]!.trim() && value === m[2]) continue;
        warn?.(`Liquid syntax error: lax assignment "${tag.args.trim()}"`, file, tag.getPosition()[0]);
        rewriteTag(liquid, tag, `${target} = ${value}`);
      } else if (tag.name === "capture") {
        const target = laxTarget(tag.args);
        if (target !== tag.args.trim()) rewriteTag(liquid, tag, target);
      } else if (tag.name === "else" && tag.args.trim() !== "") {
        // Ruby's `else` ignores its markup: `{% else if x %}` is a plain else.
        rewriteTag(liquid, tag, "");
      }
    }
  }
}

const BLOCKS = new Set(["if", "unless", "for", "case", "tablerow"]);

/**
 * Ruby Liquid accepts a second `else` (or an `elsif` after `else`) in an if/unless block; the first `else`
 * always wins. liquidjs refuses them, so that first `else` becomes `elsif true`, which means the same.
 */
function laxElse(liquid: Liquid, tokens: TopLevelToken[]): void {
  const stack: { name: string; firstElse?: TagToken; fixed?: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== TokenKind.Tag) continue;
    const tag = tokens[i] as TagToken;
    if (tag.name === "raw" || tag.name === "comment") {
      let depth = 1;
      while (++i < tokens.length && depth > 0) {
        const t = tokens[i]!;
        if (t.kind !== TokenKind.Tag) continue;
        const n = (t as TagToken).name;
        if (n === tag.name && n === "comment") depth++;
        else if (n === `end${tag.name}`) depth--;
      }
      i--;
      continue;
    }
    if (BLOCKS.has(tag.name)) stack.push({ name: tag.name });
    else if (tag.name.startsWith("end") && stack.length && stack[stack.length - 1]!.name === tag.name.slice(3))
      stack.pop();
    else if ((tag.name === "else" || tag.name === "elsif") && stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.name !== "if" && top.name !== "unless") continue;
      if (top.firstElse && !top.fixed) {
        const first = top.firstElse;
        (first as { name: string }).name = "elsif";
        rewriteTag(liquid, first, "true");
        top.fixed = true;
      } else if (tag.name === "else" && !top.firstElse) top.firstElse = tag;
    }
  }
}

/** Tags that only exist inside their block's parse (no registered implementation of their own). */
const BRANCHES = new Set(["else", "elsif", "when"]);

/**
 * A tag no plugin provides, tolerated by `policy` (a site plugin Lectern lacks): a block (`{% x %}…{% endx %}`)
 * renders its body, any other renders nothing.
 */
function placeholdUnknownTags(liquid: Liquid, tokens: TopLevelToken[], file: string, policy?: UnknownTagPolicy) {
  if (!policy) return;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== TokenKind.Tag) continue;
    const tag = tokens[i] as TagToken;
    const name = tag.name;
    if (liquid.tags[name] || BRANCHES.has(name) || name.startsWith("end")) continue;
    if (!policy(name, file, tag.getPosition()[0])) continue;
    const end = `end${name}`;
    const isBlock = tokens.some((t, j) => j > i && t.kind === TokenKind.Tag && (t as TagToken).name === end);
    liquid.registerTag(name, isBlock ? placeholderBlock(end) : EmptyTag);
  }
}

class EmptyTag extends Tag {
  render(): string {
    return "";
  }
}

function placeholderBlock(end: string): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag {
  return class PlaceholderBlock extends Tag {
    private readonly body: Template[] = [];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const stream = liquid.parser.parseStream(remain);
      stream
        .on("template", (tpl: Template) => this.body.push(tpl))
        .on(`tag:${end}`, () => stream.stop())
        .on("end", () => {
          throw new Error(`tag ${token.getText()} not closed`);
        });
      stream.start();
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      yield this.liquid.renderer.renderTemplates(this.body, ctx, emitter);
    }
  };
}

/** Tokenizes and parses `text` with liquidjs after applying Ruby's lax rules; `file` names it in errors. */
export function parseLax(
  liquid: Liquid,
  text: string,
  file: string,
  warn?: LaxWarning,
  unknownTag?: UnknownTagPolicy,
): Template[] {
  const tokenizer = quoteBlindOutputs(new Tokenizer(text, liquid.options.operators, file));
  const tokens = tokenizer.readTopLevelTokens(liquid.options);
  laxify(liquid, tokens, file, warn);
  laxElse(liquid, tokens);
  placeholdUnknownTags(liquid, tokens, file, unknownTag);
  return dropBlankWhitespace(liquid.parser.parseTokens(tokens));
}
