import { rmSync } from "node:fs";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const made: string[] = [];

/** Writes `files` (relative path → content) into a fresh temporary folder, removed when the test process exits. */
export async function writeTree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "lectern-compare-"));
  if (made.length === 0)
    process.once("exit", () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}
