import { test } from "node:test";
import assert from "node:assert/strict";
import { scholarOptions } from "../../../src/plugins/bibtex/options.js";

test("scholar: defaults, a single name, al-folio's last_name/first_name, and author.name", () => {
  const d = scholarOptions({});
  assert.deepEqual(
    [d.me, d.coFirstMark, d.source, d.listUrl, d.paperUrl, d.groupBy],
    [[], "*", "_bibliography", "/publications/", "/publications/:key/", undefined],
  );
  assert.deepEqual(scholarOptions({ scholar: { me: "Keqing He", co_first_mark: "†" } }).me, ["Keqing He"]);
  assert.equal(scholarOptions({ scholar: { co_first_mark: "†" } }).coFirstMark, "†");
  assert.deepEqual(scholarOptions({ scholar: { last_name: ["Einstein"], first_name: ["Albert", "A."] } }).me, [
    "Albert Einstein",
    "A. Einstein",
  ]);
  // Without either, the site's author is the owner.
  assert.deepEqual(scholarOptions({ author: { name: "Keqing He" } }).me, ["Keqing He"]);
  assert.deepEqual(scholarOptions({ author: { name: "Keqing He" }, scholar: { me: ["K. He"] } }).me, ["K. He"]);
});

test("scholar: malformed values are reported, not fatal", () => {
  const warnings: string[] = [];
  assert.equal(scholarOptions({ scholar: { group_by: "decade" } }, (m) => warnings.push(m)).groupBy, "year");
  scholarOptions({ scholar: "Keqing He" }, (m) => warnings.push(m));
  assert.equal(warnings.length, 2);
  assert.match(warnings[0]!, /group_by: 'decade'/);
  assert.match(warnings[1]!, /should be a mapping/);
});
