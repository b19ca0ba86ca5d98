#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle, made after tsc by `npm install`, `npm run build` and `npm test`), which
// starts ~100 ms sooner than the compiled modules in dist/src it is made from. Runs those modules instead when
// there is no bundle, or, in a source checkout (src/ beside bin/), when plain `tsc` ran after the last bundle:
// the same program, up to date, only slower to start (`lectern build --profile` names which one ran). An
// installed package has no src/ and its files' times are those of unpacking, so there the bundle always runs.
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BUNDLED = "../dist/bundle/cli/main.js";
const COMPILED = "../dist/src/cli/main.js";
const modified = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = modified(BUNDLED);
const compiled = modified(COMPILED);
if (bundled === undefined && compiled === undefined) {
  console.error(
    `lectern: no compiled CLI in ${fileURLToPath(new URL("../dist/", import.meta.url))}; run 'npm install' or 'npm run build' in the package folder.`,
  );
  process.exit(1);
}
const stale =
  bundled !== undefined && compiled !== undefined && compiled > bundled && modified("../src/") !== undefined;
const { main } = await import(bundled !== undefined && !stale ? BUNDLED : COMPILED);
process.exitCode = await main(process.argv.slice(2));
