/**
 * The one module that reaches into liquidjs beyond its public API: private fields (`Filter`, `Context`,
 * `HTML`, `AssignTag`), classes liquidjs does not export (found by inspecting what it makes), the tokens
 * it parses (rewritten for Ruby's lax rules) and `renderer.renderTemplates` (replaced by a faster driver).
 *
 * `package.json` pins liquidjs to the exact version these shapes were read from. `liquidInternals()` checks
 * every shape once, when the first engine is made, and throws naming the liquidjs version when one is gone,
 * so an upgrade fails loudly instead of rendering wrongly or silently taking a slow path.
 */
import {
  AssignTag,
  Context,
  Liquid,
  Output,
  Tokenizer,
  toValueSync,
  version,
  type Emitter,
  type Filter,
  type TagToken,
  type Template,
  type Token,
  type Value,
} from "liquidjs";
import { LecternError } from "../../errors/index.js";

/** The liquidjs version loaded (pinned in package.json). */
export const LIQUIDJS_VERSION: string = version;

/** What liquidjs' `Filter` holds (`handler`, `token`, `liquid` are private in its typings). */
export interface FilterFields {
  args: (Token | [string, Token])[];
  handler: (this: unknown, ...args: unknown[]) => unknown;
  token: unknown;
  liquid: Liquid;
}

/** liquidjs' default emitter (`SimpleEmitter`, not exported): a string buffer. */
export type EmitterClass = new () => Emitter & { buffer: unknown };

/** liquidjs' `renderer.renderTemplates`. */
export type RenderTemplates = (templates: Template[], ctx: Context, emitter?: Emitter) => IterableIterator<unknown>;

/** The unexported classes and prototypes Lectern relies on. */
export interface LiquidInternals {
  /** The class of text chunks between tags (`HTML`, not exported). */
  HTML: abstract new (
    ...args: never[]
  ) => Template;
  /** The default emitter class (`SimpleEmitter`, not exported). */
  SimpleEmitter: EmitterClass;
  /** The prototype of number literal tokens (`NumberToken`, not exported). */
  numberTokenPrototype: object;
}

/** Samples of every shape the adapter relies on, taken from a liquidjs instance. */
export interface Samples {
  filter: unknown;
  html: unknown;
  assign: unknown;
  context: unknown;
  emitter: unknown;
  numberToken: unknown;
  tagToken: unknown;
  renderer: unknown;
  tokenizer: unknown;
}

const has = (o: unknown, key: string, type: string): boolean =>
  !!o && typeof o === "object" && typeof (o as Record<string, unknown>)[key] === type;

/** Each shape: what it is, and the test a sample passes. */
const SHAPES: [keyof Samples, string, (v: unknown) => boolean][] = [
  [
    "filter",
    "Filter has private handler(), token and liquid, and args[]",
    (f) =>
      has(f, "handler", "function") &&
      has(f, "token", "object") &&
      has(f, "liquid", "object") &&
      Array.isArray((f as FilterFields).args),
  ],
  [
    "html",
    "HTML (text chunk) keeps its text in a private str",
    (h) => has(h, "str", "string") && (h as object).constructor !== Output,
  ],
  [
    "assign",
    "AssignTag keeps its private key and value (a Value with initial.postfix and filters)",
    (a) => {
      const t = a as { key?: unknown; value?: Value };
      return (
        a instanceof AssignTag &&
        typeof t.key === "string" &&
        Array.isArray(t.value?.initial?.postfix) &&
        Array.isArray(t.value?.filters)
      );
    },
  ],
  ["context", "Context has a private findScope(key)", (c) => has(c, "findScope", "function")],
  [
    "emitter",
    "the default emitter (SimpleEmitter) keeps a string buffer",
    (e) => has(e, "buffer", "string") && has(e, "write", "function"),
  ],
  [
    "numberToken",
    "number literal tokens (NumberToken) hold a content field and getText()",
    (t) => {
      if (!has(t, "getText", "function")) return false;
      // The constructor assigns content (so a setter on the prototype sees it) rather than defining it.
      const patched = !!Object.getOwnPropertyDescriptor(Object.getPrototypeOf(t), "content")?.set;
      return Object.hasOwn(t as object, "content") !== patched;
    },
  ],
  [
    "tagToken",
    "TagToken holds args and a tokenizer with a position p",
    (t) => has(t, "args", "string") && typeof (t as TagToken).tokenizer?.p === "number",
  ],
  ["renderer", "renderer.renderTemplates() is replaceable", (r) => has(r, "renderTemplates", "function")],
  [
    "tokenizer",
    "Tokenizer reads outputs with readToDelimiter(delimiter, respectQuoted)",
    (t) => has(t, "readToDelimiter", "function") && has(t, "readOutputToken", "function"),
  ],
];

/** Takes a sample of every shape from a fresh liquidjs instance. */
export function takeSamples(liquid: Liquid = new Liquid()): Samples {
  const [html] = liquid.parse("x");
  const [output] = liquid.parse("{{ a | f: 1 }}") as Output[];
  const [assign] = liquid.parse("{% assign x = 1 %}");
  let emitter: unknown;
  toValueSync(
    liquid.renderer.renderTemplates(
      [
        {
          *render(_ctx: Context, e: Emitter) {
            emitter = e;
          },
        } as unknown as Template,
      ],
      new Context(),
    ),
  );
  const tagToken = new Tokenizer("{% assign x = 1 %}").readTopLevelTokens(liquid.options)[0];
  return {
    filter: output?.value?.filters?.[0],
    html,
    assign,
    context: new Context(),
    emitter,
    numberToken: new Tokenizer("3.0").readValue(),
    tagToken,
    renderer: liquid.renderer,
    tokenizer: new Tokenizer("{{ x }}"),
  };
}

/** Throws a LecternError naming the liquidjs version and every shape missing from `samples`. */
export function checkShapes(samples: Samples, liquidVersion: string = LIQUIDJS_VERSION): void {
  const missing = SHAPES.filter(([key, , test]) => !test(samples[key])).map(([, what]) => what);
  if (missing.length === 0) return;
  throw new LecternError(
    `liquidjs ${liquidVersion} does not have the internals Lectern was written against: ${missing.join("; ")}. ` +
      `Install the liquidjs version pinned in Lectern's package.json.`,
    { topic: "Liquid" },
  );
}

let internals: LiquidInternals | undefined;

/** The unexported classes Lectern uses, after checking (once per process) that every shape exists. */
export function liquidInternals(): LiquidInternals {
  if (internals) return internals;
  const samples = takeSamples();
  checkShapes(samples);
  internals = {
    HTML: (samples.html as object).constructor as LiquidInternals["HTML"],
    SimpleEmitter: (samples.emitter as object).constructor as EmitterClass,
    numberTokenPrototype: Object.getPrototypeOf(samples.numberToken) as object,
  };
  return internals;
}

/** A filter's private fields. */
export function filterFields(filter: Filter): FilterFields {
  return filter as unknown as FilterFields;
}

/** `Context#findScope` (private): the scope holding `key`, else the globals. */
export function findScope(ctx: Context, key: unknown): unknown {
  return (ctx as unknown as { findScope(key: unknown): unknown }).findScope(key);
}

/** The text of an HTML chunk (its private `str`). */
export function htmlText(tpl: Template): string {
  return (tpl as unknown as { str: string }).str;
}

/** An `assign` tag's private target and value. */
export function assignFields(tag: Template): { key: string; value: Value } {
  return tag as unknown as { key: string; value: Value };
}

/** Appends to the default emitter's buffer (its `write` would stringify a string to itself). */
export function appendToBuffer(emitter: Emitter, text: string): void {
  (emitter as unknown as { buffer: string }).buffer += text;
}

/** Rewrites a tag token's markup (`args`, readonly in liquidjs' typings) and its tokenizer. */
export function setTagArgs(liquid: Liquid, token: TagToken, args: string): void {
  const begin = token.tokenizer.p;
  const input = token.input.slice(0, begin) + args;
  (token as { args: string }).args = args;
  token.tokenizer = new Tokenizer(input, liquid.options.operators, token.file, [begin, input.length]);
}

/** Replaces `liquid.renderer.renderTemplates`; `make` gets liquidjs' own, bound. */
export function replaceRenderTemplates(liquid: Liquid, make: (original: RenderTemplates) => RenderTemplates): void {
  const renderer = liquid.renderer;
  renderer.renderTemplates = make(renderer.renderTemplates.bind(renderer));
}

/**
 * Makes `tokenizer` end each output at the first `}}`, quotes or not, as Ruby's tokenizer does (`{{'abc}}` is
 * the output `'abc`); liquidjs skips over quoted text there and would run on to the end of the file.
 */
export function quoteBlindOutputs(tokenizer: Tokenizer): Tokenizer {
  const t = tokenizer as unknown as { readToDelimiter(d: string, quoted?: boolean): number };
  const read = t.readToDelimiter.bind(t);
  t.readToDelimiter = (delimiter: string) => read(delimiter, false);
  return tokenizer;
}
