/**
 * The shipped artifact, as users receive it: `npm pack` of this checkout (built by `npm test` or
 * `npm run test:e2e` first), installed with `npm install` into our academicpages-style fixture site.
 * Packed and installed once per package content: the install lives in .tmp/e2e/<tarball hash>/ and
 * is reused by every test file (and by the next run, while the package is unchanged).
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../../src/package-files.js";

/** The repository root (the folder npm packs). */
export const ROOT = packageRoot();
/** Our academicpages-style fixture: _config.yml with an author block, _pages/about.md, no layouts of its own. */
export const ACADEMIC_FIXTURE = join(ROOT, "test", "e2e", "fixtures", "academic");
const WORK = join(ROOT, ".tmp", "e2e");

/** Runs a command to completion; throws with its output when it fails. */
export function runOk(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 600_000 });
  if (r.status !== 0)
    throw new Error(
      `${cmd} ${args.join(" ")} (in ${cwd}) exited ${r.status ?? r.signal}:\n${r.stdout ?? ""}\n${r.stderr ?? ""}`,
    );
  return r.stdout;
}

/** Result of a finished command: exit code and both streams. */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx --no lectern ARGS` in `cwd`, as a user would (never fetching another package of that name). */
export function lectern(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Ran {
  const r = spawnSync("npx", ["--no", "lectern", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 300_000,
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** Starts `npx --no lectern ARGS` in `cwd`, in a process group of its own (`killGroup` ends all of it). */
export function lecternChild(cwd: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn("npx", ["--no", "lectern", ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
    detached: true,
    ...options,
  });
}

/** Kills every process in a `lecternChild`'s group (npx, the shell npm starts, lectern), whatever is left of it. */
export function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    /* already gone */
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Holds .tmp/e2e/lock (a folder) while `fn` runs, so test files running at once pack and install once. */
function locked<T>(fn: () => T): T {
  mkdirSync(WORK, { recursive: true });
  const lock = join(WORK, "lock");
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSync(join(lock, "pid"), { encoding: "utf8", flag: "a+" }) || 0);
      const alive = holder > 0 && spawnSync("kill", ["-0", String(holder)]).status === 0;
      if ((!alive && waited > 2000) || waited > 900_000) rmSync(lock, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The packed and installed artifact. */
export interface Packed {
  /** The tarball `npm pack` made. */
  tarball: string;
  /** The fixture site with the tarball installed (node_modules/lectern); treat as read-only, copy with `academicSite()`. */
  installed: string;
}

let packed: Packed | undefined;

/** Packs the checkout and installs the tarball into the fixture site, once per package content. */
export function packAndInstall(): Packed {
  if (packed) return packed;
  if (!existsSync(join(ROOT, "dist", "bundle", "cli", "main.js")))
    throw new Error("no dist/bundle: run `npm run build` (npm test and npm run test:e2e do) before the e2e tests");
  return (packed = locked(() => {
    const staging = mkdtempSync(join(WORK, "pack-"));
    const out = runOk("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", staging], ROOT);
    const name = (JSON.parse(out) as Array<{ filename: string }>)[0]!.filename;
    const key = createHash("sha256")
      .update(readFileSync(join(staging, name)))
      .digest("hex")
      .slice(0, 16);
    const dir = join(WORK, key);
    const result = { tarball: join(dir, "lectern.tgz"), installed: join(dir, "academic") };
    if (existsSync(join(dir, "ready"))) {
      rmSync(staging, { recursive: true, force: true });
      return result;
    }
    // Installs of other package contents, unless recent (another test run may still use them).
    for (const old of readdirSync(WORK)) {
      const path = join(WORK, old);
      if (old !== "lock" && path !== staging && Date.now() - statSync(path).mtimeMs > 3_600_000)
        rmSync(path, { recursive: true, force: true });
    }
    mkdirSync(dir, { recursive: true });
    renameSync(join(staging, name), result.tarball);
    rmSync(staging, { recursive: true, force: true });
    cpSync(ACADEMIC_FIXTURE, result.installed, { recursive: true });
    writeFileSync(
      join(result.installed, "package.json"),
      `${JSON.stringify({ private: true, devDependencies: { lectern: "file:../lectern.tgz" } }, null, 2)}\n`,
    );
    runOk("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], result.installed);
    writeFileSync(join(dir, "ready"), "");
    return result;
  }));
}

/** A fresh copy of the fixture site in a temporary folder, with the install's node_modules linked in. */
export function academicSite(): string {
  const { installed } = packAndInstall();
  const dir = mkdtempSync(join(tmpdir(), "lectern-e2e-"));
  cpSync(ACADEMIC_FIXTURE, dir, { recursive: true });
  for (const f of ["package.json", "package-lock.json"]) cpSync(join(installed, f), join(dir, f));
  symlinkSync(join(installed, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Removes a temporary site. */
export function removeSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
