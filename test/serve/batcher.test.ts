import { test } from "node:test";
import assert from "node:assert/strict";
import { ChangeBatcher, type ChangeKind } from "../../src/serve/batcher.js";

test("a burst of changes becomes one batch", async () => {
  const batches: Array<Map<string, ChangeKind>> = [];
  const b = new ChangeBatcher(async (c) => void batches.push(c), 10);
  for (let i = 0; i < 20; i++) b.add(`/s/f${i % 3}.md`, "change");
  await b.idle();
  assert.equal(batches.length, 1);
  assert.deepEqual([...batches[0]!.keys()].sort(), ["/s/f0.md", "/s/f1.md", "/s/f2.md"]);
});

test("changes during a build form the next batch; none is lost", async () => {
  const batches: string[][] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const b = new ChangeBatcher(async (c) => {
    batches.push([...c.keys()]);
    if (batches.length === 1) await gate;
  }, 5);
  b.add("/s/a.md", "change");
  while (batches.length === 0) await new Promise((r) => setTimeout(r, 2));
  b.add("/s/b.md", "change");
  b.add("/s/c.md", "change");
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(batches.length, 1, "no second build starts while one runs");
  release();
  await b.idle();
  assert.deepEqual(batches, [["/s/a.md"], ["/s/b.md", "/s/c.md"]]);
});

test("an atomic save (delete, then add) is a change; a temporary file (add, then delete) is nothing", async () => {
  const batches: Array<Map<string, ChangeKind>> = [];
  const b = new ChangeBatcher(async (c) => void batches.push(c), 5);
  b.add("/s/x.md", "unlink");
  b.add("/s/x.md", "add");
  b.add("/s/new.md", "add");
  b.add("/s/x.md.tmp", "add");
  b.add("/s/x.md.tmp", "unlink");
  await b.idle();
  assert.deepEqual(
    [...batches[0]!],
    [
      ["/s/x.md", "change"],
      ["/s/new.md", "add"],
    ],
  );
});

test("a failing batch does not stop later ones", async () => {
  let runs = 0;
  const b = new ChangeBatcher(async () => {
    runs++;
    throw new Error("boom");
  }, 5);
  b.add("/s/a", "change");
  await b.idle();
  b.add("/s/b", "change");
  await b.idle();
  assert.equal(runs, 2);
});
