import {
  ForTag,
  TablerowTag,
  TypeGuards,
  evalToken,
  type Context,
  type Emitter,
  type Template,
  type Hash,
} from "liquidjs";
import { isHash } from "../../../ruby/value.js";
import { toInteger } from "../filters/coerce.js";
import type { TagClass } from "../state.js";
import { syncRenderer } from "../sync-render.js";

/** What Ruby's `Utils.slice_collection` iterates: arrays, hash pairs, a non-empty string; nothing else. */
export function toCollection(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return v === "" ? [] : [v];
  if (isHash(v)) return Object.entries(v);
  return [];
}

/** Ruby Liquid's `forloop` drop, with `parentloop`. */
export class Forloop {
  index0 = 0;
  constructor(
    readonly name: string,
    readonly length: number,
    readonly parentloop: Forloop | null,
  ) {}
  get index(): number {
    return this.index0 + 1;
  }
  get rindex(): number {
    return this.length - this.index0;
  }
  get rindex0(): number {
    return this.length - this.index0 - 1;
  }
  get first(): boolean {
    return this.index0 === 0;
  }
  get last(): boolean {
    return this.index0 === this.length - 1;
  }
}

/** What a `for` loop walks: an array, or a range counted on the fly. */
interface Sequence extends Iterable<unknown> {
  readonly length: number;
  reverse(): unknown;
}

/**
 * The part of `(low..high)` that `offset`/`limit` select, counted as it is walked: `(1..100000000)` is never
 * made into an array (liquidjs's own range evaluation builds one, ~3 GB for that range).
 */
export function rangeSegment(low: number, high: number, from: number, to: number | undefined): Sequence {
  const size = Math.max(0, high - low + 1);
  const start = Math.min(Math.max(from, 0), size);
  const end = to === undefined ? size : Math.min(Math.max(to, start), size);
  let reversed = false;
  return {
    length: end - start,
    reverse() {
      reversed = !reversed;
      return this;
    },
    *[Symbol.iterator]() {
      if (reversed) for (let i = end - 1; i >= start; i--) yield low + i;
      else for (let i = start; i < end; i++) yield low + i;
    },
  };
}

const FOR_STACK = "jekyll:for-stack";
const OFFSETS = "jekyll:for-offsets";

interface ForFields {
  variable: string;
  collection: Parameters<typeof evalToken>[0] & { getText(): string; input: string; end: number };
  hash: Hash;
  templates: Template[];
  elseTemplates: Template[];
}

/** `for` as Ruby Liquid 5: offset, then limit, then reversed; `offset: continue`; `forloop.parentloop`. */
export class RubyForTag extends ForTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const self = this as unknown as ForFields;
    const r = this.liquid.renderer;
    const name = `${self.variable}-${self.collection.getText()}`;
    const offsets = ctx.getRegister(OFFSETS, {}) as Record<string, number>;
    ctx.push({ continue: offsets[name] ?? 0 });
    const hash = (yield self.hash.render(ctx)) as Record<string, unknown>;
    ctx.pop();
    const from = hash.offset === undefined || hash.offset === null ? 0 : toInteger(hash.offset);
    const to = hash.limit === undefined || hash.limit === null ? undefined : toInteger(hash.limit) + from;
    const segment: Sequence = TypeGuards.isRangeToken(self.collection)
      ? rangeSegment(
          toInteger(yield evalToken(self.collection.lhs, ctx)),
          toInteger(yield evalToken(self.collection.rhs, ctx)),
          from,
          to,
        )
      : toCollection(yield evalToken(self.collection, ctx)).slice(
          from,
          to === undefined ? undefined : Math.max(from, to),
        );
    // Ruby Liquid reads `reversed` only right after the collection (`in list reversed limit: 2`); later in the
    // markup it is no attribute and is ignored.
    if (/^\s*reversed(?![\w-])/.test(self.collection.input.slice(self.collection.end))) segment.reverse();
    offsets[name] = from + segment.length;
    if (!segment.length) {
      yield r.renderTemplates(self.elseTemplates, ctx, emitter);
      return;
    }
    const stack = ctx.getRegister(FOR_STACK, []) as Forloop[];
    const loop = new Forloop(name, segment.length, stack[stack.length - 1] ?? null);
    stack.push(loop);
    const scope: Record<string, unknown> = { forloop: loop };
    const sync = syncRenderer(this.liquid, ctx);
    ctx.push(scope);
    try {
      for (const item of segment) {
        scope[self.variable] = item;
        ctx.continueCalled = ctx.breakCalled = false;
        if (sync) sync(self.templates, ctx, emitter);
        else yield r.renderTemplates(self.templates, ctx, emitter);
        if (ctx.breakCalled) break;
        loop.index0++;
      }
    } finally {
      ctx.continueCalled = ctx.breakCalled = false;
      ctx.pop();
      stack.pop();
    }
  }
}

interface TablerowFields {
  variable: string;
  collection: Parameters<typeof evalToken>[0];
  args: Hash;
  templates: Template[];
}

/** Ruby Liquid's `tablerowloop` drop. */
class Tablerowloop extends Forloop {
  col = 1;
  row = 1;
  constructor(
    length: number,
    readonly cols: number,
  ) {
    super("tablerow", length, null);
  }
  get col0(): number {
    return this.col - 1;
  }
  get col_first(): boolean {
    return this.col === 1;
  }
  get col_last(): boolean {
    return this.col === this.cols;
  }
  step(): void {
    if (this.col === this.cols) {
      this.col = 1;
      this.row++;
    } else this.col++;
    this.index0++;
  }
}

/** `tablerow` with Ruby Liquid's exact markup (newlines after `<tr>` rows). */
export class RubyTablerowTag extends TablerowTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const self = this as unknown as TablerowFields;
    const value = yield evalToken(self.collection, ctx);
    if (value === null || value === undefined || value === false) return;
    const args = (yield self.args.render(ctx)) as Record<string, unknown>;
    const from = args.offset === undefined ? 0 : toInteger(args.offset);
    const to = args.limit === undefined ? undefined : from + toInteger(args.limit);
    const items = toCollection(value).slice(from, to);
    const cols = args.cols === undefined || args.cols === null ? 0 : toInteger(args.cols);
    const loop = new Tablerowloop(items.length, cols);
    emitter.write('<tr class="row1">\n');
    const scope: Record<string, unknown> = { tablerowloop: loop };
    ctx.push(scope);
    try {
      for (const item of items) {
        scope[self.variable] = item;
        emitter.write(`<td class="col${loop.col}">`);
        yield this.liquid.renderer.renderTemplates(self.templates, ctx, emitter);
        emitter.write("</td>");
        if (loop.col_last && !loop.last) emitter.write(`</tr>\n<tr class="row${loop.row + 1}">`);
        loop.step();
      }
    } finally {
      ctx.pop();
    }
    emitter.write("</tr>\n");
  }
}

export const forTag: TagClass = RubyForTag as unknown as TagClass;
export const tablerowTag: TagClass = RubyTablerowTag as unknown as TagClass;
