/**
 * The differential harness's command line (scripts/ruby-diff.sh drives it):
 *   node dist/scripts/ruby-oracle/run.js collect [--fuzz N] [--seed S] [--dates] SITE...   cases as JSON lines
 *   node dist/scripts/ruby-oracle/run.js check CASES ANSWERS [--report FILE]             counts of (dis)agreements
 * `collect --fuzz N` writes only the N mutated variants of each case; `--dates` adds our own date cases.
 */
import fs from "node:fs";
import path from "node:path";
import { readJsonLines, type Answer, type Case } from "./cases.js";
import { collectSite } from "./collect.js";
import { dateCases, fuzzCases } from "./fuzz.js";
import { answer } from "./lectern-side.js";
import { compareAnswers } from "./compare.js";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

function collect(args: string[]): void {
  const fuzz = Number(option(args, "--fuzz") ?? 0);
  const seed = Number(option(args, "--seed") ?? 1);
  const dates = flag(args, "--dates");
  let cases: Case[] = [];
  for (const dir of args) cases.push(...collectSite(dir, path.basename(dir), dir));
  if (fuzz > 0) cases = fuzzCases(cases, fuzz, seed);
  if (dates) cases.push(...dateCases("own"));
  const seen = new Map<string, number>();
  const lines = cases.map((c) => {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    return JSON.stringify(n ? { ...c, id: `${c.id}/${n}` } : c);
  });
  fs.writeSync(1, lines.length ? `${lines.join("\n")}\n` : "");
}

function check(args: string[]): void {
  const report = option(args, "--report");
  const [casesFile, answersFile] = args;
  if (!casesFile || !answersFile) throw new Error("usage: run.js check CASES ANSWERS [--report FILE]");
  const cases = readJsonLines<Case>(fs.readFileSync(casesFile, "utf8"));
  const ruby = new Map(readJsonLines<Answer>(fs.readFileSync(answersFile, "utf8")).map((a) => [a.id, a.out]));
  const byReason = new Map<string, number>();
  const byKind = new Map<string, [number, number]>();
  const rows: string[] = [];
  for (const c of cases) {
    const want = ruby.get(c.id);
    if (want === undefined) continue;
    const got = answer(c);
    const d = compareAnswers(c.kind, want, got);
    const k = byKind.get(c.kind) ?? [0, 0];
    k[0]++;
    if (d) {
      k[1]++;
      byReason.set(d.reason, (byReason.get(d.reason) ?? 0) + 1);
      rows.push(JSON.stringify({ id: c.id, reason: d.reason, at: d.at, case: c, ruby: want, lectern: got }));
    }
    byKind.set(c.kind, k);
  }
  const total = [...byKind.values()].reduce((a, [n]) => a + n, 0);
  const bad = rows.length;
  console.log(`inputs ${total}, agreements ${total - bad}, disagreements ${bad}`);
  for (const [kind, [n, d]] of [...byKind].sort())
    console.log(`  ${kind.padEnd(8)} ${String(n).padStart(7)} inputs ${String(d).padStart(6)} disagree`);
  for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(6)}  ${reason}`);
  if (report) fs.writeFileSync(report, rows.length ? `${rows.join("\n")}\n` : "");
}

const [command, ...rest] = process.argv.slice(2);
if (command === "collect") collect(rest);
else if (command === "check") check(rest);
else {
  console.error("usage: run.js collect [--fuzz N] [--seed S] [--dates] SITE... | check CASES ANSWERS [--report FILE]");
  process.exit(2);
}
