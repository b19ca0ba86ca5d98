import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countHtml, failureText, measure, measureWithProc, measureWithTime, median } from "../../bench/measure.js";

// A child that holds ~200 MB for a moment, then exits with code 3.
const HOG = "const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => process.exit(b[0] + 2), 300);";
const MB = 1024;

for (const [name, fn, available] of [
  ["GNU time", measureWithTime, existsSync("/usr/bin/time")],
  ["/proc polling", measureWithProc, existsSync("/proc/self/status")],
] as const) {
  test(`${name}: wall time, peak memory and exit code of the whole child process`, { skip: !available }, async () => {
    const s = await fn({ cmd: process.execPath, args: ["-e", HOG] });
    assert.equal(s.code, 3);
    assert.ok(s.ms >= 300, `wall time ${s.ms} ms includes the child's 300 ms wait`);
    assert.ok(s.peakKb !== null && s.peakKb >= 200 * MB, `peak ${s.peakKb} KiB covers the 200 MB buffer`);
    assert.ok(s.peakKb! < 1024 * MB, `peak ${s.peakKb} KiB is the child's, not something larger`);
  });

  test(`${name}: an engine killed by a signal is reported as such`, { skip: !available }, async () => {
    const s = await fn({ cmd: process.execPath, args: ["-e", "process.kill(process.pid, 'SIGTERM')"] });
    assert.notEqual(s.code, 0);
    assert.equal(failureText(s), "killed by SIGTERM");
  });
}

test("GNU time also reports CPU time, which excludes time spent waiting", {
  skip: !existsSync("/usr/bin/time"),
}, async () => {
  const s = await measureWithTime({ cmd: process.execPath, args: ["-e", "setTimeout(() => {}, 600)"] });
  assert.ok(s.cpuMs !== null && s.cpuMs < s.ms, `CPU ${s.cpuMs} ms < wall ${s.ms} ms for a sleeping process`);
});

test("a command that cannot start is a failed sample, not a crash", async () => {
  const s = await measure({ cmd: "/nonexistent/engine", args: [] });
  assert.notEqual(s.code, 0);
});

test("median of odd and even counts", () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test("countHtml counts built pages in nested folders, not other files", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-count-test-"));
  try {
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "");
    writeFileSync(join(dir, "a", "b", "index.html"), "");
    writeFileSync(join(dir, "a", "style.css"), "");
    assert.equal(countHtml(dir), 2);
    assert.equal(countHtml(join(dir, "missing")), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
