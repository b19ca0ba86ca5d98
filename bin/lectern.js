#!/usr/bin/env node
// The CLI runs compiled JavaScript from dist/ (built by `npm install` through `prepare`).
import { main } from "../dist/src/cli/main.js";
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
