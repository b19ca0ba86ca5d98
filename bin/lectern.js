#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle, made by `npm run build`, `npm install` and `npm test` after tsc), which
// starts ~100 ms sooner than the compiled modules in dist/src it is made from. When the bundle is missing or
// older than them (plain `tsc` ran since the last bundle), runs those modules instead: the same program, up
// to date, only slower to start (`lectern build --profile` names which one ran).
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BUNDLED = "../dist/bundle/cli/main.js";
const COMPILED = "../dist/src/cli/main.js";
const modified = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = modified(BUNDLED);
const compiled = modified(COMPILED);
if (bundled === undefined && compiled === undefined) {
  console.error(`lectern: no compiled CLI in ${fileURLToPath(new URL("../dist/", import.meta.url))}; run 'npm install' or 'npm run build' in the package folder.`);
  process.exit(1);
}
const { main } = await import(bundled !== undefined && (compiled === undefined || bundled >= compiled) ? BUNDLED : COMPILED);
process.exitCode = await main(process.argv.slice(2));
