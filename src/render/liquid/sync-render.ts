/**
 * A faster driver for liquidjs' synchronous rendering, through the renderer liquidjs exposes
 * (`liquid.renderer.renderTemplates`). liquidjs evaluates everything with generators so one code path serves
 * sync and async rendering; driving a generator per HTML chunk, per output and per property read costs more
 * than the lookups themselves. Here, when rendering synchronously:
 *
 * - HTML chunks are written directly (what liquidjs' `HTML#render` does);
 * - `{{ output }}` values, `if`/`unless` conditions and `assign`/`capture` are evaluated in liquidjs' order:
 *   literals and variable paths (`page.title`, `a[0]`, `data[site.locale].label`) are read with the context's
 *   own `readProperty`, operators and filters called directly with liquidjs' arguments; other tokens (ranges,
 *   paths on a literal such as `'abc'.size`) and strict or lenient modes go through liquidjs' own generators;
 * - the render-time limit clock is not read, as no limit is configured (Jekyll has none).
 *
 * Other tags render through their own generators; Jekyll's `for` and `include` render their bodies through
 * `syncRenderer`. Errors are wrapped as liquidjs wraps them.
 */
import {
  AssignTag,
  CaptureTag,
  type Context,
  IfTag,
  LiquidError,
  Output,
  UnlessTag,
  isTruthy,
  RenderError,
  TokenKind,
  UndefinedVariableError,
  evalToken,
  toValue,
  toValueSync,
  type Emitter,
  type Liquid,
  type Template,
  type Token,
  type Value,
} from "liquidjs";
import {
  appendToBuffer,
  assignFields,
  filterFields,
  findScope,
  htmlText,
  liquidInternals,
  replaceRenderTemplates,
} from "./internals.js";

type TokenFields = Token & { content?: unknown; variable?: Token; props?: Token[] };

const SLOW = Symbol("slow");

function isIterator(v: unknown): v is Iterator<unknown> {
  return (
    !!v &&
    typeof (v as Iterator<unknown>).next === "function" &&
    typeof (v as Iterator<unknown>).throw === "function" &&
    typeof (v as Iterator<unknown>).return === "function"
  );
}

/** liquidjs' `evalToken` for literals and variable paths (keys literal or themselves such paths), without generators; SLOW for other tokens. */
function quickToken(token: TokenFields, ctx: Context): unknown {
  if ("content" in token) return token.content;
  if (token.kind !== TokenKind.PropertyAccess || token.variable !== undefined || ctx.strictVariables) return SLOW;
  const props = token.props!;
  let keys: unknown[] | undefined;
  for (let i = 0; i < props.length; i++) {
    const p = props[i] as TokenFields;
    if ("content" in p) {
      if (keys) keys.push(toValue(p.content));
      continue;
    }
    // A computed key (`data[site.locale]`) is evaluated first, as liquidjs evaluates every key before the lookup.
    const v = quickToken(p, ctx);
    if (v === SLOW) return SLOW;
    keys ??= props.slice(0, i).map((q) => toValue((q as TokenFields).content));
    keys.push(toValue(v));
  }
  try {
    let scope: unknown;
    if (keys) {
      scope = findScope(ctx, keys[0]);
      for (const key of keys) {
        scope = ctx.readProperty(scope as never, key as never);
        if (isIterator(scope)) scope = toValueSync(scope);
      }
    } else {
      scope = findScope(ctx, toValue((props[0] as TokenFields).content));
      for (const p of props) {
        scope = ctx.readProperty(scope as never, toValue((p as TokenFields).content) as never);
        if (isIterator(scope)) scope = toValueSync(scope);
      }
    }
    return scope;
  } catch (e) {
    throw new UndefinedVariableError(e as Error, token);
  }
}

/** Evaluates a token as liquidjs' `evalToken` does. */
function tokenValue(token: Token, ctx: Context): unknown {
  const v = quickToken(token as TokenFields, ctx);
  return v === SLOW ? toValueSync(evalToken(token, ctx, false)) : v;
}

/** `Expression#evaluate(ctx, false)` of liquidjs, synchronously. */
function evaluateSync(postfix: readonly Token[], ctx: Context): unknown {
  if (postfix.length === 1) return tokenValue(postfix[0]!, ctx);
  const operands: unknown[] = [];
  for (const token of postfix) {
    if (token.kind !== TokenKind.Operator) {
      operands.push(tokenValue(token, ctx));
      continue;
    }
    const op = (token as Token & { operator: string }).operator;
    const impl = ctx.opts.operators[op] as unknown as (...a: unknown[]) => unknown;
    const r = operands.pop();
    // `not` is liquidjs' one unary operator.
    let result = op === "not" ? impl(r, ctx) : impl(operands.pop(), r, ctx);
    if (isIterator(result)) result = toValueSync(result);
    operands.push(result);
  }
  return operands[0];
}

/** `Value#value(ctx, false)` of liquidjs, synchronously. */
export function valueSync(value: Value, ctx: Context): unknown {
  if (!ctx.sync || ctx.opts.lenientIf || ctx.strictVariables) return toValueSync(value.value(ctx, false));
  let val = evaluateSync(value.initial.postfix, ctx);
  for (const filter of value.filters) {
    const f = filterFields(filter);
    const self = { context: ctx, token: f.token, liquid: f.liquid };
    const args = f.args;
    // Most filters take no argument or one: called without building an argument list.
    if (args.length === 0) val = f.handler.call(self, val);
    else if (args.length === 1 && !Array.isArray(args[0])) val = f.handler.call(self, val, tokenValue(args[0]!, ctx));
    else {
      const argv: unknown[] = [val];
      for (const arg of args) argv.push(Array.isArray(arg) ? [arg[0], tokenValue(arg[1], ctx)] : tokenValue(arg, ctx));
      val = f.handler.apply(self, argv);
    }
    if (isIterator(val)) val = toValueSync(val);
  }
  return val;
}

/** Renders templates into an emitter synchronously, as `liquid.renderer.renderTemplates` does. */
export type SyncRender = (templates: Template[], ctx: Context, out: Emitter) => void;
const drivers = new WeakMap<Liquid, SyncRender>();

/** The synchronous driver installed on `liquid`, for tags that render their body many times (loops, includes); undefined when the context is not synchronous or none is installed. */
export function syncRenderer(liquid: Liquid, ctx: Context): SyncRender | undefined {
  return ctx.sync ? drivers.get(liquid) : undefined;
}

type Branch = { value: Value; templates: Template[]; test?: (v: unknown, ctx: Context) => boolean };
type Out = Emitter & { buffer: unknown };

/** Replaces `liquid.renderer.renderTemplates` with the faster synchronous driver (unless options need liquidjs' own). */
export function installSyncRenderer(liquid: Liquid): void {
  const o = liquid.options;
  if (Number.isFinite(o.renderLimit) || o.catchAllErrors || o.keepOutputType) return;
  const { HTML, SimpleEmitter } = liquidInternals();

  /** `out.write(v)`; a string goes straight onto liquidjs' own buffer (its write would stringify it to itself). */
  const write = (out: Out, v: unknown): void => {
    if (typeof v === "string" && out.constructor === SimpleEmitter) appendToBuffer(out, v);
    else out.write(v);
  };

  /** liquidjs' `if` and `unless`: the first branch whose condition passes, else the else branch. */
  const branches = (
    tag: { branches: Branch[]; elseTemplates?: Template[] },
    ctx: Context,
    out: Out,
    unless: boolean,
  ): void => {
    for (const b of tag.branches) {
      const v = toValueSync(toValue(valueSync(b.value, ctx)));
      if (unless ? b.test!(v, ctx) : isTruthy(v, ctx)) {
        render(b.templates, ctx, out);
        return;
      }
    }
    render(tag.elseTemplates ?? [], ctx, out);
  };

  /** Renders `templates` into `out` as liquidjs' Render#renderTemplates does. */
  const render = (templates: Template[], ctx: Context, out: Out): void => {
    for (const tpl of templates) {
      try {
        const kind = tpl.constructor;
        if (kind === HTML) write(out, htmlText(tpl));
        else if (kind === Output) write(out, toValueSync(toValue(valueSync((tpl as Output).value, ctx))));
        else if (kind === IfTag) branches(tpl as never, ctx, out, false);
        else if (kind === UnlessTag) branches(tpl as never, ctx, out, true);
        else if (kind === AssignTag) {
          const t = assignFields(tpl);
          ctx.bottom()[t.key] = valueSync(t.value, ctx);
        } else if (kind === CaptureTag) {
          const t = tpl as unknown as { variable: string; templates: Template[] };
          const buffer = new SimpleEmitter();
          render(t.templates, ctx, buffer);
          ctx.bottom()[t.variable] = buffer.buffer;
        } else {
          const html = toValueSync(tpl.render(ctx, out));
          if (html) out.write(html);
        }
        if (ctx.breakCalled || ctx.continueCalled) break;
      } catch (e) {
        throw LiquidError.is(e) ? e : new RenderError(e as Error, tpl);
      }
    }
  };

  drivers.set(liquid, render as SyncRender);
  replaceRenderTemplates(
    liquid,
    (original) =>
      function* (templates: Template[], ctx: Context, emitter?: Emitter): Generator<unknown, unknown, unknown> {
        if (!ctx.sync) return yield original(templates, ctx, emitter);
        const out = (emitter ?? new SimpleEmitter()) as Out;
        render(templates, ctx, out);
        return out.buffer;
      },
  );
}
