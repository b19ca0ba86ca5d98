// The import graph of src/: which module imports which, and what the architecture test checks of it.
//   node dist/scripts/import-graph.js [--cycles] [--stages] [--importers FILE]
// Prints import cycles (strongly connected components), imports that go against the declared stage order,
// or the modules importing FILE (e.g. src/site.ts). Type-only imports count: a stage that names another's
// types depends on it as much as one that calls it.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file runs from dist/scripts). */
export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * Folders of src/ in pipeline order: a module may import from its own folder, from a folder earlier in this
 * list, or from the shared rooms (SHARED), never from a later one. `site.ts` runs the stages; the drivers
 * (build, serve, cli, ...) run the site.
 */
export const STAGES: string[][] = [
  ["config"],
  ["theme"],
  ["read"],
  ["render"],
  ["plugins"],
  ["write"],
  ["compare"],
  ["check"],
  ["hints"],
  ["site.ts"],
  ["build.ts", "serve", "cli", "index.ts"],
];
/** Code any stage may use: Ruby compatibility, small helpers, the item model and URLs, errors, logging, the cache. */
export const SHARED = ["ruby", "util", "model", "url", "errors", "log.ts", "deps.ts", "cache", "package-files.ts"];

/** Edges: importing module → imported modules, paths relative to the root (src/...). */
export function importGraph(root = ROOT): Map<string, Set<string>> {
  const src = join(root, "src");
  const graph = new Map<string, Set<string>>();
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const spec =
    /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
  for (const f of files) {
    const abs = join(src, f);
    const from = relative(root, abs);
    const deps = new Set<string>();
    for (const m of readFileSync(abs, "utf8").matchAll(spec)) {
      const target = resolve(dirname(abs), m[1] ?? m[2]!).replace(/\.js$/, ".ts");
      deps.add(relative(root, target));
    }
    graph.set(from, deps);
  }
  return graph;
}

/** The stage index of a module (undefined for shared rooms). */
export function stageOf(module: string): number | undefined {
  const top = module.replace(/^src\//, "").split("/")[0]!;
  if (SHARED.includes(top)) return undefined;
  const i = STAGES.findIndex((s) => s.includes(top));
  if (i < 0) throw new Error(`${module}: its folder is in no stage (scripts/import-graph.ts STAGES or SHARED)`);
  return i;
}

/** Imports from a later stage, or from a stage into a shared room's module that imports a stage ("upward"). */
export function upwardImports(graph: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  for (const [from, deps] of graph) {
    const a = stageOf(from);
    for (const to of deps) {
      const b = stageOf(to);
      if (b === undefined) continue;
      // A shared room may not import a stage at all; a stage may not import a later one.
      if (a === undefined || b > a) out.push(`${from} -> ${to}`);
    }
  }
  return out.sort();
}

/** Strongly connected components with more than one module (Tarjan). */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>(),
    low = new Map<string, number>(),
    stack: string[] = [],
    on = new Set<string>(),
    out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}

/** The modules importing `module`. */
export function importersOf(graph: Map<string, Set<string>>, module: string): string[] {
  return [...graph]
    .filter(([, deps]) => deps.has(module))
    .map(([f]) => f)
    .sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const args = process.argv.slice(2);
  if (args.includes("--cycles")) for (const c of cycles(graph)) console.log(`${c.length}: ${c.join(" ")}`);
  if (args.includes("--stages")) for (const u of upwardImports(graph)) console.log(u);
  const at = args.indexOf("--importers");
  if (at >= 0) for (const f of importersOf(graph, args[at + 1]!)) console.log(f);
}
