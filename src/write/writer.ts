import { mkdirSync, writeFileSync, copyFileSync, renameSync, rmSync, existsSync, readdirSync, constants } from "node:fs";
import { dirname, join, basename } from "node:path";
import type { OutputEntry } from "./plan.js";

/** Writes all outputs into a fresh folder beside the destination, then swaps it in; the old output survives any failure before the swap. */
export function writeAtomically(destination: string, outputs: Iterable<OutputEntry>, keepFiles: string[]): void {
  const parent = dirname(destination);
  mkdirSync(parent, { recursive: true });
  const temp = join(parent, `.${basename(destination)}.lectern-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(temp, { recursive: true });
    const made = new Set<string>([temp]);
    for (const o of outputs) {
      const abs = join(temp, o.destRel);
      const dir = dirname(abs);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      if (o.copyFrom) copyFileSync(o.copyFrom, abs, constants.COPYFILE_FICLONE);
      else writeFileSync(abs, o.content ?? "");
    }
    carryKeptFiles(destination, temp, keepFiles);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  swap(temp, destination);
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

function swap(temp: string, destination: string): void {
  const old = `${temp}.old`;
  const hadOld = existsSync(destination);
  if (hadOld) renameSync(destination, old);
  try {
    renameSync(temp, destination);
  } catch (e) {
    if (hadOld) renameSync(old, destination);
    throw e;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
