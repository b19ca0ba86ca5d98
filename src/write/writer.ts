import { mkdirSync, renameSync, rmSync, existsSync, readdirSync, statSync, constants, type Stats } from "node:fs";
import { copyFile, writeFile, rm, mkdir, stat, utimes } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import type { OutputEntry } from "./plan.js";
import { linkPrevious, previousFile, sameCopy } from "./unchanged.js";

/** Files written at once: the writes run on libuv's threads, so the main thread only hands them out. */
const CONCURRENCY = 32;

/** How many files were written and how many were linked unchanged from the previous output. */
export interface WriteCounts {
  written: number;
  reused: number;
}

/**
 * Writes all outputs into a fresh folder beside the destination, then swaps it in; the old output survives
 * any failure before the swap. A static file the previous output already holds unchanged (same size and
 * time as its source) is linked, not copied again. Rendered pages are written: comparing one with the old
 * file costs more than writing it (measured on 10,000 pages).
 */
export async function writeAtomically(
  destination: string,
  outputs: Iterable<OutputEntry>,
  keepFiles: string[],
): Promise<WriteCounts> {
  const parent = dirname(destination);
  mkdirSync(parent, { recursive: true });
  const temp = join(parent, `.${basename(destination)}.lectern-${process.pid}-${Date.now()}`);
  const previous = statSync(destination, { throwIfNoEntry: false })?.isDirectory() ? destination : undefined;
  const counts: WriteCounts = { written: 0, reused: 0 };
  try {
    mkdirSync(temp, { recursive: true });
    // Folders are made on libuv's threads too (a site with pretty permalinks has a folder per page), each once.
    const made = new Map<string, Promise<unknown>>([[temp, Promise.resolve()]]);
    const folder = (dir: string) => {
      let p = made.get(dir);
      if (!p) made.set(dir, (p = mkdir(dir, { recursive: true })));
      return p;
    };
    const files = [...outputs].map((o) => ({ abs: join(temp, o.destRel), o }));
    await inParallel(files, async ({ abs, o }) => {
      let reused = false;
      if (o.copyFrom) {
        const old = previous && join(previous, o.destRel);
        const [oldStat] = await Promise.all([previousFile(old), folder(dirname(abs))]);
        reused = await copy(o.copyFrom, abs, old, oldStat);
      } else {
        await folder(dirname(abs));
        await writeFile(abs, o.content ?? "");
      }
      counts[reused ? "reused" : "written"]++;
    });
    carryKeptFiles(destination, temp, keepFiles);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  await swap(temp, destination);
  return counts;
}

/** Copies a static file with its modification time (as Jekyll does), or links the previous copy; true when linked. */
async function copy(
  source: string,
  target: string,
  old: string | undefined,
  oldStat: Stats | undefined,
): Promise<boolean> {
  const st = await stat(source);
  if (old && oldStat && sameCopy(oldStat, st) && (await linkPrevious(old, target))) return true;
  await copyFile(source, target, constants.COPYFILE_FICLONE);
  await utimes(target, st.mtimeMs / 1000, st.mtimeMs / 1000);
  return false;
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
