/**
 * Dev-server latency: generates the synthetic 1,000-publication site, runs `lectern serve` (and, when installed,
 * `jekyll serve --incremental`) as a separate process, edits one line of one publication again and again and
 * measures the time from the save to the new text being served (polling the page's URL). Prints a table when run
 * alone: `node dist/bench/serve-latency.js [--quick] [--no-jekyll]`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { get as httpGet, type ClientRequest } from "node:http";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSite } from "./generate.js";
import { onPath } from "./measure.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const PAGES = 1000;

/** One measured server and kind of edit. */
export interface LatencyRow {
  name: string;
  pages: number;
  edits: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
  /** Time from starting the server process to it serving (first build included). */
  startupMs: number;
  /** One-minute load average when the row was measured (figures from a busy machine are slower). */
  load: number;
}

interface Server {
  child: ChildProcess;
  port: number;
  startupMs: number;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** Starts a server process and resolves once its output says it is running. */
async function start(cmd: string, args: string[], cwd: string, port: number): Promise<Server> {
  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TZ: "UTC", JEKYLL_ENV: "development" },
  });
  let output = "";
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`${cmd} did not start within 300 s:\n${output.slice(-2000)}`)),
      300_000,
    );
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Server running/.test(output)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on("data", look);
    child.stderr!.on("data", look);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`${cmd} exited (${code}) before serving:\n${output.slice(-2000)}`));
    });
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return { child, port, startupMs: performance.now() - started };
}

async function stop(s: Server): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise<void>((ok) => s.child.once("exit", () => ok()));
  s.child.kill("SIGINT");
  const timer = setTimeout(() => s.child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Lectern's live channel as a browser sees it: counts the reload (and stylesheet) messages. */
class LiveChannelClient {
  reloads = 0;
  private wake?: () => void;
  private constructor(private readonly req: ClientRequest) {}

  static connect(port: number): Promise<LiveChannelClient> {
    return new Promise((ok, fail) => {
      const req = httpGet({ host: "127.0.0.1", port, path: "/__lectern/events" }, (res) => {
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          const n = chunk.match(/"type":"(reload|css)"/g)?.length ?? 0;
          if (n) {
            client.reloads += n;
            client.wake?.();
          }
        });
        ok(client);
      });
      const client = new LiveChannelClient(req);
      req.on("error", fail);
    });
  }

  /** Resolves once more than `seen` reload messages have arrived, or at `deadline` (a performance.now() time). */
  async after(seen: number, deadline: number): Promise<void> {
    while (this.reloads <= seen && performance.now() < deadline) {
      await new Promise<void>((r) => {
        const timer = setTimeout(r, deadline - performance.now());
        this.wake = () => {
          clearTimeout(timer);
          r();
        };
      });
    }
  }

  close(): void {
    this.req.destroy();
  }
}

/**
 * Saves `text` into `file` and resolves to the milliseconds until `url` serves a body containing `marker`: fetched
 * after each reload message when there is a live channel (as a browser would), else polled every `pollMs`.
 */
async function saveAndWait(
  file: string,
  text: string,
  url: string,
  marker: string,
  timeoutMs: number,
  live?: LiveChannelClient,
  pollMs = 5,
): Promise<number> {
  let seen = live?.reloads ?? 0;
  const t0 = performance.now();
  writeFileSync(file, text);
  for (;;) {
    if (live) {
      await live.after(seen, t0 + timeoutMs);
      seen = live.reloads;
    }
    try {
      const res = await fetch(url);
      const body = await res.text();
      if (body.includes(marker)) return performance.now() - t0;
    } catch {
      /* between a folder swap and the next request; try again */
    }
    if (performance.now() - t0 > timeoutMs) throw new Error(`${url} did not show the edit within ${timeoutMs} ms`);
    if (!live) await new Promise((r) => setTimeout(r, pollMs));
  }
}

function stats(name: string, samples: number[], startupMs: number): LatencyRow {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    name,
    pages: PAGES + 1,
    edits: s.length,
    medianMs: r(mid),
    p90Ms: r(at(0.9)),
    minMs: r(s[0]!),
    maxMs: r(s.at(-1)!),
    startupMs: Math.round(startupMs),
    load: Math.round(loadavg()[0]! * 10) / 10,
  };
}

/** Edits one publication `runs` times (after `warmup` unmeasured edits); `frontMatter` edits the title instead of the body. */
async function measure(
  server: Server,
  site: string,
  runs: number,
  warmup: number,
  frontMatter: boolean,
  pause: number,
  live?: LiveChannelClient,
): Promise<number[]> {
  const dir = join(site, "_publications");
  const file = join(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .sort()[Math.floor(PAGES / 2)]!,
  );
  const original = readFileSync(file, "utf8");
  const url = `http://127.0.0.1:${server.port}/publications/${basename(file, ".md")}/`;
  const samples: number[] = [];
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const marker = `Edit-${i}-${Math.random().toString(36).slice(2, 8)}`;
      const text = frontMatter
        ? original.replace(/^title: .*$/m, `title: "${marker}"`)
        : `${original.trimEnd()}\n\n${marker} is the edited line.\n`;
      const ms = await saveAndWait(file, text, url, marker, 120_000, live);
      if (i >= warmup) samples.push(ms);
      await new Promise((r) => setTimeout(r, pause));
    }
  } finally {
    writeFileSync(file, original);
  }
  return samples;
}

/** Runs the latency benchmark; rows for Lectern (body edit, front-matter edit) and, if installed, `jekyll serve --incremental`. */
export async function benchServeLatency(options: { quick?: boolean; jekyll?: boolean } = {}): Promise<LatencyRow[]> {
  const quick = options.quick ?? false;
  const work = mkdtempSync(join(tmpdir(), "lectern-serve-bench-"));
  const rows: LatencyRow[] = [];
  try {
    const site = join(work, "site");
    generateSite(site, "jekyll", PAGES);
    const port = await freePort();
    const lectern = await start(
      process.execPath,
      [join(REPO, "bin", "lectern.js"), "serve", "-s", site, "-d", join(work, "lectern-out"), "-P", String(port)],
      site,
      port,
    );
    const live = await LiveChannelClient.connect(port);
    try {
      rows.push(
        stats(
          "Lectern, body edit (incremental)",
          await measure(lectern, site, quick ? 9 : 31, 2, false, 30, live),
          lectern.startupMs,
        ),
      );
      rows.push(
        stats(
          "Lectern, front-matter edit (full rebuild)",
          await measure(lectern, site, quick ? 3 : 9, 1, true, 30, live),
          lectern.startupMs,
        ),
      );
    } finally {
      live.close();
      await stop(lectern);
    }
    if (options.jekyll !== false && onPath("jekyll")) {
      const jport = await freePort();
      const jekyll = await start(
        "jekyll",
        ["serve", "--incremental", "-s", site, "-d", join(work, "jekyll-out"), "-P", String(jport), "-H", "127.0.0.1"],
        site,
        jport,
      );
      try {
        rows.push(
          stats(
            "jekyll serve --incremental, body edit",
            await measure(jekyll, site, quick ? 3 : 9, 1, false, 300),
            jekyll.startupMs,
          ),
        );
      } finally {
        await stop(jekyll);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const rows = await benchServeLatency({ quick: args.includes("--quick"), jekyll: !args.includes("--no-jekyll") });
  const headers = Object.keys(rows[0] ?? {});
  console.log(`| ${headers.join(" | ")} |\n|${headers.map(() => "---").join("|")}|`);
  for (const r of rows) console.log(`| ${headers.map((h) => String(r[h as keyof LatencyRow])).join(" | ")} |`);
}
