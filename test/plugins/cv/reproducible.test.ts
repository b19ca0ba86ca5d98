// The CV's PDF is reproducible: two builds at the same SOURCE_DATE_EPOCH write the same bytes, and a rebuild with
// unchanged inputs takes the PDF from the build cache instead of typesetting it again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../../../src/index.js";
import { exampleRoot } from "../../../src/theme/index.js";
import { recordingLogger } from "../../theme/helpers.js";

const TIME = new Date(1798761600 * 1000);

async function buildInto(source: string, destination: string, overrides?: Record<string, unknown>): Promise<Buffer> {
  await build({
    source,
    destination,
    quiet: true,
    time: TIME,
    logger: recordingLogger().logger,
    ...(overrides ? { overrides } : {}),
  });
  return readFileSync(join(destination, "cv.pdf"));
}

test("two builds of the example write byte-identical PDFs", async () => {
  const tmp = mkdtempSync(join(tmpdir(), "lectern-cv-"));
  try {
    const off = { disable_disk_cache: true };
    const a = await buildInto(exampleRoot(), join(tmp, "a"), off);
    const b = await buildInto(exampleRoot(), join(tmp, "b"), off);
    assert.ok(a.length > 10_000 && a.subarray(0, 5).toString() === "%PDF-");
    assert.ok(a.equals(b), "the two PDFs differ");
    // No clock, random number or machine name in the file: its dates are the build time's day.
    assert.deepEqual(a.toString("latin1").match(/\(D:\d+Z\)/g), ["(D:20270101000000Z)", "(D:20270101000000Z)"]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test("a rebuild takes the PDF from .lectern-cache while its inputs are unchanged, and makes it again when they change", async () => {
  const tmp = mkdtempSync(join(tmpdir(), "lectern-cv-"));
  try {
    const site = join(tmp, "site");
    cpSync(exampleRoot(), site, { recursive: true, filter: (p) => !/[\\/](_site|\.lectern-cache)$/.test(p) });
    const first = await buildInto(site, join(tmp, "one"));
    const folder = join(site, ".lectern-cache", "cv-pdf");
    const entries = readdirSync(folder).filter((f) => f.endsWith(".json"));
    assert.equal(entries.length, 1);
    // Mark the cached entry: a rebuild that uses the cache writes the marked bytes.
    const file = join(folder, entries[0]!);
    const stored = JSON.parse(readFileSync(file, "utf8")) as { value: { pdf: string } };
    assert.ok(Buffer.from(stored.value.pdf, "base64").equals(first));
    stored.value.pdf = Buffer.from("%PDF-1.3 from the cache").toString("base64");
    writeFileSync(file, JSON.stringify(stored));
    const second = await buildInto(site, join(tmp, "two"));
    assert.equal(second.toString(), "%PDF-1.3 from the cache");
    // An edit to the CV's data is a new input: the PDF is typeset again.
    appendFileSync(join(site, "_data", "cv.yml"), '\nawards:\n  - title: "Best Paper"\n    date: "2024"\n');
    const third = await buildInto(site, join(tmp, "three"));
    assert.equal(third.subarray(0, 5).toString(), "%PDF-");
    assert.ok(!third.equals(first) && third.toString("latin1").length > 10_000);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
