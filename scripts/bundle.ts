// Bundles the compiled CLI (dist/src, from tsc) into dist/bundle with esbuild, so `lectern` starts by
// loading a few dozen files instead of ~150 modules of ours plus yaml's and liquidjs'. Commands, plugins
// and the dev server stay separate chunks, loaded only when used; each worker thread's script is an entry
// point of its own (src/package-files.ts finds it). Run by `npm run build`, `prepare` and `npm test`:
//   node dist/scripts/bundle.js [--analyze]
// --analyze prints, for each entry point and lazily imported chunk, the files it loads before it runs.
import { build, type Metafile, type Plugin } from "esbuild";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BUNDLE_DIR, WORKER_SCRIPTS, packageRoot } from "../src/package-files.js";

/**
 * Packages bundled into the chunks; every other package our code imports stays an ordinary import,
 * resolved from node_modules when it runs. These three are plain code that finds nothing by its own path.
 * Left out on purpose: sass-embedded (finds its compiler binary by package resolution; loaded only by the
 * Sass worker), @retorquere/bibtex-parser (src/plugins/bibtex/parse.ts resolves it to load a file beside it),
 * chokidar (dev server only), gemoji (a large table, only for jemoji), csv-parse (loaded with createRequire).
 */
const BUNDLED = new Set(["liquidjs", "yaml", "parse5"]);

/** Leaves out each package our code imports that is not in BUNDLED (what a bundled package imports is bundled with it). */
function externals(compiled: string): Plugin {
  return {
    name: "lectern-externals",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path) || !args.importer.startsWith(compiled + sep)) return undefined;
        const name = args.path
          .split("/")
          .slice(0, args.path.startsWith("@") ? 2 : 1)
          .join("/");
        return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/** The output files `file` loads before it runs (its static imports, transitively), itself included. */
function loadedWith(meta: Metafile, file: string): string[] {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f) || !meta.outputs[f]) return;
    seen.add(f);
    for (const i of meta.outputs[f]!.imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(file);
  return [...seen];
}

/** Per entry point and lazily imported chunk: what loading it costs, in files and kilobytes. */
function analysis(meta: Metafile, root: string): string {
  const kb = (files: string[]) => Math.round(files.reduce((n, f) => n + meta.outputs[f]!.bytes, 0) / 1024);
  return Object.entries(meta.outputs)
    .filter(([, o]) => o.entryPoint)
    .map(([file, o]) => {
      const files = loadedWith(meta, file);
      const packages = new Set(
        files
          .flatMap((f) => Object.keys(meta.outputs[f]!.inputs))
          .map((i) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(i)?.[1])
          .filter(Boolean),
      );
      return `${relative(root, o.entryPoint!)}: ${files.length} files, ${kb(files)} KB${packages.size ? ` (with ${[...packages].join(", ")})` : ""}`;
    })
    .sort()
    .join("\n");
}

/**
 * Module-relative file URLs (`new URL("./x.js", import.meta.url)`) in the bundle that point at no file: in a chunk,
 * import.meta.url is the chunk's, so such code must ask src/package-files.ts where the file is.
 */
function danglingUrls(dir: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    for (const m of readFileSync(file, "utf8").matchAll(
      /new URL\(\s*(["'`])([^"'`]+)\1\s*,\s*import\.meta\.url\s*\)/g,
    )) {
      if (!existsSync(fileURLToPath(new URL(m[2]!, pathToFileURL(file)))))
        problems.push(`${relative(dir, file)}: ${m[0]}`);
    }
  }
  return problems;
}

/** Replaces `target` with `fresh`, retrying while another bundler swaps its own in at the same moment. */
function swapIn(fresh: string, target: string): void {
  for (let attempt = 0; ; attempt++) {
    const old = `${target}.old.${process.pid}.${attempt}`;
    try {
      if (existsSync(target)) renameSync(target, old);
      renameSync(fresh, target);
      rmSync(old, { recursive: true, force: true });
      return;
    } catch (e) {
      if (attempt === 4 || !["ENOENT", "ENOTEMPTY", "EEXIST"].includes((e as NodeJS.ErrnoException).code ?? ""))
        throw e;
    }
  }
}

async function main(): Promise<void> {
  const root = packageRoot();
  const compiled = join(root, "dist", "src");
  const target = join(root, BUNDLE_DIR);
  if (!existsSync(join(compiled, "cli", "main.js")))
    throw new Error(`${relative(root, compiled)} has no cli/main.js: run tsc first`);
  const started = performance.now();
  // Written beside the bundle, then swapped in: a lectern that runs meanwhile sees the old bundle or the new one.
  const fresh = `${target}.${process.pid}`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(compiled, "cli", "main.js"), ...WORKER_SCRIPTS.map((w) => join(compiled, w))],
    outbase: compiled,
    outdir: fresh,
    entryNames: "[dir]/[name]",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // liquidjs and yaml are CommonJS: their require() of Node's modules needs a require in ES modules.
    banner: {
      js: 'import { createRequire as __lecternCreateRequire } from "node:module"; const require = __lecternCreateRequire(import.meta.url);',
    },
    // esbuild renames top-level names that clash between modules; keep each function's and class's .name as written.
    keepNames: true,
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    plugins: [externals(compiled)],
  }).catch((e: unknown) => {
    rmSync(fresh, { recursive: true, force: true });
    throw e;
  });
  // A warning means broken input (e.g. an import of a name no module exports, as when tsc was rewriting a file meanwhile).
  if (result.warnings.length) {
    rmSync(fresh, { recursive: true, force: true });
    throw new Error(`esbuild warned (above); ${relative(root, target)} was left as it was`);
  }
  const meta = result.metafile;
  const code = Object.keys(meta.outputs).filter((f) => f.endsWith(".js"));
  const dangling = danglingUrls(
    fresh,
    code.map((f) => join(root, f)),
  );
  if (dangling.length) {
    rmSync(fresh, { recursive: true, force: true });
    throw new Error(
      `these module-relative URLs point at no file in the bundle (use src/package-files.ts):\n  ${dangling.join("\n  ")}`,
    );
  }
  const buildCommand = Object.keys(meta.outputs).find(
    (f) => meta.outputs[f]!.entryPoint === relative(root, join(compiled, "cli", "commands", "build.js")),
  );
  const startup = new Set([
    ...loadedWith(meta, join(relative(root, fresh), "cli", "main.js")),
    ...(buildCommand ? loadedWith(meta, buildCommand) : []),
  ]);
  console.log(
    `Bundled ${relative(root, compiled)} into ${relative(root, target)} in ${Math.round(performance.now() - started)} ms: ${code.length} files, of which \`lectern build\` loads ${startup.size} before it starts.`,
  );
  if (process.argv.includes("--analyze")) console.log(analysis(meta, root));
  swapIn(fresh, target);
}

main().catch((e: unknown) => {
  console.error(`bundle: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
