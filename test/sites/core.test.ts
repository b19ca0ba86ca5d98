import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { buildFixture, listFiles, canonical, read, EXPECTED } from "./golden.js";

const expectedDir = join(EXPECTED, "core");
let built: Awaited<ReturnType<typeof buildFixture>>;

before(async () => {
  built = await buildFixture("core");
});
after(() => built?.cleanup());

test("core fixture: the same files as Jekyll (drafts, future, unpublished, excluded and special files left out)", () => {
  assert.deepEqual(listFiles(built.out), listFiles(expectedDir));
});

for (const file of listFiles(join(EXPECTED, "core"))) {
  test(`core fixture: ${file} matches Jekyll's output`, () => {
    assert.equal(canonical(file, read(built.out, file)), canonical(file, read(expectedDir, file)));
  });
}
