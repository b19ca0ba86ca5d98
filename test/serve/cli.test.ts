import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { tempSite, removeDir, get } from "./helpers.js";

const BIN = fileURLToPath(new URL("../../../bin/lectern.js", import.meta.url));

test("lectern serve prints its address, serves, and exits cleanly on Ctrl-C (SIGINT)", async () => {
  const dir = tempSite({ "_config.yml": "title: CLI\n", "index.md": "---\n---\nServed by the CLI.\n" });
  const child = spawn(process.execPath, [BIN, "serve", "-s", dir, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    let out = "";
    const address = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no address printed:\n${out}`)), 30_000);
      const look = (c: Buffer) => {
        out += c.toString();
        const m = /Server address: (http:\/\/localhost:(\d+)\/)/.exec(out);
        if (m && /Server running/.test(out)) {
          clearTimeout(timer);
          ok(m[1]!);
        }
      };
      child.stdout.on("data", look);
      child.stderr.on("data", look);
    });
    const port = Number(new URL(address).port);
    assert.ok(port > 0);
    assert.match((await get(port, "/")).body, /Served by the CLI\./);
    const exited = new Promise<number | null>((ok) => child.once("exit", (code) => ok(code)));
    child.kill("SIGINT");
    const code = await Promise.race([
      exited,
      new Promise<string>((ok) => setTimeout(() => ok("still running"), 10_000)),
    ]);
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    removeDir(dir);
  }
});

test("lectern serve rejects a bad port with usage", async () => {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "http"], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const code = await new Promise<number | null>((ok) => child.once("exit", ok));
  assert.equal(code, 2);
  assert.match(err, /--port needs a number/);
});
