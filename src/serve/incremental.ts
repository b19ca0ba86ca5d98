import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Site } from "../site.js";
import type { Convertible } from "../model/convertible.js";
import type { Layout } from "../model/layout.js";
import type { StaticFile } from "../model/static-file.js";
import { Document } from "../model/document.js";
import { splitFrontMatter } from "../read/front-matter.js";
import { EXCERPT_OF } from "../render/payload.js";
import type { HookName } from "../plugins/types.js";
import type { ChangeKind } from "./batcher.js";
import { replaceOutput, copyFingerprint, type OutputIndex } from "./outputs.js";
import { renderOrder } from "../model/items.js";

/** Hooks that see the whole site (or run at read time); while any is registered, only a full rebuild is safe. */
const WHOLE_SITE_HOOKS: HookName[] = [
  "site:postRead",
  "site:preRender",
  "site:postRender",
  "site:postWrite",
  "pages:postInit",
  "documents:postInit",
  "pages:postWrite",
  "documents:postWrite",
];

/** What an incremental rebuild re-rendered and which destination files changed. */
export interface IncrementalResult {
  rendered: number;
  changed: string[];
}

/** A file whose body changed while its front matter stayed byte for byte the same. */
interface BodyEdit {
  text: string;
  body: string;
}

interface Plan {
  items: Map<Convertible, BodyEdit>;
  layouts: Map<Layout, BodyEdit>;
  includes: string[];
  sass: boolean;
  statics: StaticFile[];
}

/**
 * Applies source changes to the last good site by re-rendering only what depends on them: a page or document
 * whose body changed (front matter identical) and the items that read its content, output or excerpt; the items
 * that used a changed layout or include (or `include_relative` file); every Sass file when a partial changed; a
 * changed static file is copied.
 * Resolves to `{ full: why }`, having touched nothing, when only a full rebuild is safe (config, data, front matter,
 * new or deleted files, anything unknown). If rendering throws, the site is left half-updated: rebuild it fully.
 */
export async function applyIncrementally(
  site: Site,
  changes: Map<string, ChangeKind>,
  index: OutputIndex,
): Promise<IncrementalResult | { full: string }> {
  const order = [...renderOrder(site)];
  const plan = planChanges(site, changes, order);
  if (typeof plan === "string") return { full: plan };
  const toRender = affectedItems(site, plan, order);
  if (typeof toRender === "string") return { full: toRender };
  const renderer = site.renderer;
  for (const [item, edit] of plan.items) {
    item.fileSource = edit.text;
    item.rawContent = edit.body;
    if (item instanceof Document) renderer.forgetExcerpt(item);
  }
  for (const [layout, edit] of plan.layouts) {
    layout.fileSource = edit.text;
    layout.content = edit.body;
  }
  if (plan.includes.length) {
    renderer.liquid.clearCache();
    renderer.forgetExcerpt();
  }
  await renderInOrder(renderer, order, new Set(toRender));
  const changed: string[] = [];
  const write = (destRel: string, from: string, content: { text: string } | { copyFrom: string }) => {
    const key = relative(site.destination, resolve(site.destination, destRel));
    const before = index.get(key);
    if (!before || before.from !== from) return;
    const fingerprint = "text" in content ? "text:" + content.text : copyFingerprint(content.copyFrom);
    if (before.fingerprint === fingerprint) return;
    replaceOutput(site.destination, key, content);
    index.set(key, { from, fingerprint });
    changed.push(key);
  };
  const renderedPaths = new Set<string>();
  for (const item of toRender) {
    renderedPaths.add(item.relativePath);
    if (item.write) write(item.destRel, item.relativePath, { text: item.output ?? item.content });
  }
  for (const [destRel, extra] of site.extraOutputs)
    if (renderedPaths.has(extra.from) && typeof extra.content === "string")
      write(destRel, extra.from, { text: extra.content });
  for (const f of plan.statics) if (f.write) write(f.destRel, f.relativePath.slice(1), { copyFrom: f.absPath });
  return { rendered: toRender.length, changed: changed.sort() };
}

function planChanges(site: Site, changes: Map<string, ChangeKind>, items: Convertible[]): Plan | string {
  if (!site.renderer) return "nothing rendered yet";
  const hook = WHOLE_SITE_HOOKS.find((h) => site.hooks.has(h));
  if (hook) return `a plugin hooks ${hook}`;
  const plan: Plan = { items: new Map(), layouts: new Map(), includes: [], sass: false, statics: [] };
  const itemsByPath = new Map(items.filter((i) => i.absPath).map((i) => [i.absPath, i]));
  const layoutsByPath = new Map([...site.layouts.values()].map((l) => [l.absPath, l]));
  const staticsByPath = new Map(site.staticFiles.map((f) => [f.absPath, f]));
  for (const [path, kind] of changes) {
    const shown = site.shown(path);
    if (kind !== "change") return `${shown} was ${kind === "add" ? "added" : "deleted"}`;
    if (site.configFiles.includes(path)) return `${shown} is configuration`;
    if (site.deps.isData(path)) return `${shown} is site data`;
    const item = itemsByPath.get(path),
      layout = layoutsByPath.get(path),
      file = staticsByPath.get(path);
    if (item || layout) {
      const edit = bodyEdit(path, (item ?? layout)!.fileSource);
      if (edit === null) return `the front matter of ${shown} changed`;
      if (edit && item) plan.items.set(item, edit);
      else if (edit && layout) plan.layouts.set(layout, edit);
    } else if (file) {
      plan.statics.push(file);
      if (site.deps.dependentsOf(path).size) plan.includes.push(path);
    } else if (/\.s[ac]ss$/.test(path)) {
      plan.sass = true;
    } else if (site.includeDirs.some((d) => path.startsWith(d + sep)) || site.deps.dependentsOf(path).size) {
      if (site.config.plugins.includes("jekyll-include-cache")) return `${shown} may be cached by include_cached`;
      plan.includes.push(path);
    } else {
      return `${shown} is not a page, layout, include, Sass or static file of the last build`;
    }
  }
  return plan;
}

/** The new text and body when only the body changed; undefined when nothing changed; null when the front matter did. */
function bodyEdit(path: string, before: string | undefined): BodyEdit | undefined | null {
  if (before === undefined) return null;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  if (text === before) return undefined;
  const a = splitFrontMatter(before, path),
    b = splitFrontMatter(text, path);
  if (b.error) return null;
  const head = (s: string, body: string) =>
    s.replace(/^\uFEFF/, "").slice(0, s.replace(/^\uFEFF/, "").length - body.length);
  if (head(before, a.content) !== head(text, b.content)) return null;
  return { text, body: b.content };
}

/**
 * The items to re-render, in render order: edited ones, users of changed layouts and includes, Sass files, then
 * (repeatedly) every item that read a re-rendered item's content or output, or an edited item's excerpt. A reason
 * instead when an item from the first one to re-render on has no source text to reset to.
 */
function affectedItems(site: Site, plan: Plan, order: Convertible[]): Convertible[] | string {
  const byRel = new Map<string, Convertible[]>();
  for (const i of order) {
    const list = byRel.get(i.relativePath);
    if (list) list.push(i);
    else byRel.set(i.relativePath, [i]);
  }
  const chosen = new Set<Convertible>(plan.items.keys());
  const addUsersOf = (file: string) => {
    for (const rel of site.deps.dependentsOf(file)) for (const i of byRel.get(rel) ?? []) chosen.add(i);
  };
  for (const l of plan.layouts.keys()) addUsersOf(l.absPath);
  for (const inc of plan.includes) addUsersOf(inc);
  if (plan.sass) for (const i of order) if (/^\.s[ac]ss$/.test(i.ext)) chosen.add(i);
  const queue = [...chosen];
  while (queue.length) {
    const item = queue.pop()!;
    if (!item.absPath) continue;
    const readers = [
      ...site.deps.dependentsOf(item.absPath),
      ...(plan.items.has(item) ? site.deps.dependentsOf(item.absPath + EXCERPT_OF) : []),
    ];
    for (const rel of readers) {
      for (const reader of byRel.get(rel) ?? []) {
        if (!chosen.has(reader)) {
          chosen.add(reader);
          queue.push(reader);
        }
      }
    }
  }
  const items = order.filter((i) => chosen.has(i));
  const first = items.length ? order.indexOf(items[0]!) : order.length;
  const unread = order.slice(first).find((i) => i.rawContent === undefined);
  return unread ? `${unread.relativePath} has no source text to render again` : items;
}

/**
 * Re-renders `chosen` in render order so that each sees the site as a full build would at that point: items before
 * it rendered (and the source map pages of stylesheets before it listed in `site.pages`), items after it still
 * unrendered (raw content, no output). Items not chosen get their output back.
 */
async function renderInOrder(
  renderer: Site["renderer"],
  order: Convertible[],
  chosen: Set<Convertible>,
): Promise<void> {
  const first = order.findIndex((i) => chosen.has(i));
  if (first < 0) return;
  renderer.payload.clearAddedPages();
  for (const item of order.slice(0, first)) renderer.publishAdded(item);
  const kept = new Map<Convertible, { content: string; output?: string }>();
  for (const item of order.slice(first)) {
    if (!chosen.has(item)) kept.set(item, { content: item.content, output: item.output });
    item.content = item.rawContent!;
    item.output = undefined;
  }
  for (const item of order.slice(first)) {
    const done = kept.get(item);
    if (done) {
      item.content = done.content;
      item.output = done.output;
    } else {
      await renderer.renderItem(item);
    }
    renderer.publishAdded(item);
  }
}
