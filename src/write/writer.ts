import { mkdirSync, renameSync, rmSync, existsSync, readdirSync, constants } from "node:fs";
import { copyFile, writeFile, rm } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import type { OutputEntry } from "./plan.js";

/** Files written at once: the writes run on libuv's threads, so the main thread only hands them out. */
const CONCURRENCY = 32;

/** Writes all outputs into a fresh folder beside the destination, then swaps it in; the old output survives any failure before the swap. */
export async function writeAtomically(destination: string, outputs: Iterable<OutputEntry>, keepFiles: string[]): Promise<void> {
  const parent = dirname(destination);
  mkdirSync(parent, { recursive: true });
  const temp = join(parent, `.${basename(destination)}.lectern-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(temp, { recursive: true });
    const made = new Set<string>([temp]);
    const files: Array<{ abs: string; o: OutputEntry }> = [];
    for (const o of outputs) {
      const abs = join(temp, o.destRel);
      const dir = dirname(abs);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      files.push({ abs, o });
    }
    await inParallel(files, ({ abs, o }) => (o.copyFrom ? copyFile(o.copyFrom, abs, constants.COPYFILE_FICLONE) : writeFile(abs, o.content ?? "")));
    carryKeptFiles(destination, temp, keepFiles);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  await swap(temp, destination);
}

/** Runs `fn` over `items`, CONCURRENCY at a time; rejects with the first failure once every started call has settled. */
async function inParallel<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { e: unknown } | undefined;
  const lane = async () => {
    while (next < items.length && !failure) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (e) {
        failure ??= { e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, lane));
  if (failure) throw failure.e;
}

/** Moves `keep_files` entries (e.g. `.git`) from the old destination into the new one. */
function carryKeptFiles(destination: string, temp: string, keepFiles: string[]): void {
  if (!existsSync(destination)) return;
  for (const name of readdirSync(destination)) {
    if (!keepFiles.some((k) => name === k || name.startsWith(k.replace(/\/$/, "") + "/"))) continue;
    const target = join(temp, name);
    if (!existsSync(target)) renameSync(join(destination, name), target);
  }
}

async function swap(temp: string, destination: string): Promise<void> {
  const old = `${temp}.old`;
  const hadOld = existsSync(destination);
  if (hadOld) renameSync(destination, old);
  try {
    renameSync(temp, destination);
  } catch (e) {
    if (hadOld) renameSync(old, destination);
    throw e;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
