import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { firstDifference, textDifference } from "./diff-excerpt.js";
import { fileKind, listFiles, type FileKind } from "./files.js";
import { normalizeHtml, normalizeXml, visibleText } from "./normalize.js";
import { driftedBuildTimes, markBuildTime } from "./build-time.js";

/** What to compare and how much detail to keep. */
export interface CompareOptions {
  /** Compare only files of these kinds (default: all). */
  only?: FileKind[];
  /** Globs of files to leave out (relative paths; a glob without `/` matches base names). */
  ignore?: string[];
  /** Unchanged lines around each difference excerpt (default 2). */
  context?: number;
  /** Count timestamps of the build time as differences when the two builds ran at different moments (default: they match). */
  exactTimes?: boolean;
}

/** The outcome for one file present in both trees. */
export interface FileComparison {
  path: string;
  kind: FileKind;
  /** Byte for byte the same. */
  identical: boolean;
  /** The same after normalisation (HTML/XML: canonical DOM; text: whitespace runs collapsed). */
  normalizedEqual: boolean;
  /** HTML only: the text a visitor sees is the same. */
  visibleTextEqual?: boolean;
  /** The first difference, as a few unified-diff-like lines (empty when equal). */
  excerpt: string[];
  /** HTML only, when the visible text differs: the text around its first difference on each side. */
  textDifference?: { ref: string; ours: string };
}

/** Counts for one kind of file, or for all of them. */
export interface Tally {
  ref: number;
  ours: number;
  common: number;
  normalizedEqual: number;
  visibleTextEqual: number;
}

/** Everything `lectern compare` found. */
export interface CompareReport {
  refDir: string;
  outDir: string;
  /** HTML pages. */
  pages: Tally;
  /** Every compared file (HTML included). */
  files: Tally;
  onlyInRef: string[];
  onlyInOurs: string[];
  /** Files in both trees that differ after normalisation, in path order. */
  differing: FileComparison[];
  /** True when both trees hold the same files and every one is equal after normalisation. */
  equal: boolean;
  /** When the builds ran at different moments (read from their feeds): both build times, and the files that print them. */
  buildTimes?: { ref: string; ours: string; files: number };
}

/** Each side's build time, when build-time stamps are to be matched. */
type TimePair = { ref: number; ours: number };

/** Normalised lines of a file's content, by kind (JSON files as data, one value per line). */
function normalizedLines(kind: FileKind, text: string, path: string): string[] {
  if (kind === "html") return normalizeHtml(text).split("\n");
  if (kind === "xml") return normalizeXml(text).split("\n");
  if (/\.(json|map|webmanifest)$/i.test(path)) {
    try {
      return JSON.stringify(JSON.parse(text), null, 1).split("\n");
    } catch {
      // Not valid JSON: compared as text below.
    }
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");
}

/** Compares one file present in both trees. */
export async function compareFile(
  refPath: string,
  ourPath: string,
  path: string,
  context = 2,
  times?: TimePair,
): Promise<FileComparison & { timeMarked?: boolean }> {
  const kind = fileKind(path);
  const [a, b] = await Promise.all([readFile(refPath), readFile(ourPath)]);
  const identical = a.equals(b);
  if (kind === "binary" || identical) {
    return {
      path,
      kind,
      identical,
      normalizedEqual: identical,
      visibleTextEqual: kind === "html" ? identical : undefined,
      excerpt: [],
    };
  }
  let ta = a.toString("utf8");
  let tb = b.toString("utf8");
  let timeMarked = false;
  if (times) {
    const ma = markBuildTime(ta, times.ref);
    const mb = markBuildTime(tb, times.ours);
    ta = ma.text;
    tb = mb.text;
    timeMarked = ma.marked + mb.marked > 0;
  }
  const la = normalizedLines(kind, ta, path);
  const lb = normalizedLines(kind, tb, path);
  const normalizedEqual = la.length === lb.length && la.every((l, i) => l === lb[i]);
  const excerpt = normalizedEqual ? [] : firstDifference(la, lb, { context });
  if (kind !== "html") return { path, kind, identical, normalizedEqual, excerpt, timeMarked };
  const text = normalizedEqual ? undefined : textDifference(visibleText(ta), visibleText(tb));
  return {
    path,
    kind,
    identical,
    normalizedEqual,
    visibleTextEqual: text === undefined,
    excerpt,
    textDifference: text,
    timeMarked,
  };
}

function emptyTally(): Tally {
  return { ref: 0, ours: 0, common: 0, normalizedEqual: 0, visibleTextEqual: 0 };
}

/** Compares two built sites: which files each has, and whether the common ones match after normalisation. */
export async function compareSites(refDir: string, outDir: string, opts: CompareOptions = {}): Promise<CompareReport> {
  const keep = (p: string): boolean => !opts.only || opts.only.includes(fileKind(p));
  const [refFiles, ourFiles] = await Promise.all([listFiles(refDir, opts.ignore), listFiles(outDir, opts.ignore)]);
  const ref = refFiles.filter(keep);
  const ours = ourFiles.filter(keep);
  const ourSet = new Set(ours);
  const refSet = new Set(ref);
  const pages = emptyTally();
  const files = emptyTally();
  pages.ref = ref.filter((p) => fileKind(p) === "html").length;
  pages.ours = ours.filter((p) => fileKind(p) === "html").length;
  files.ref = ref.length;
  files.ours = ours.length;
  const differing: FileComparison[] = [];
  const times = opts.exactTimes ? undefined : await driftedBuildTimes(refDir, outDir);
  let timeFiles = 0;
  for (const path of ref.filter((p) => ourSet.has(p))) {
    const { timeMarked, ...result } = await compareFile(
      join(refDir, path),
      join(outDir, path),
      path,
      opts.context,
      times,
    );
    if (timeMarked) timeFiles++;
    const tallies = result.kind === "html" ? [files, pages] : [files];
    for (const t of tallies) {
      t.common++;
      if (result.normalizedEqual) t.normalizedEqual++;
      if (result.visibleTextEqual ?? result.normalizedEqual) t.visibleTextEqual++;
    }
    if (!result.normalizedEqual) differing.push(result);
  }
  const onlyInRef = ref.filter((p) => !ourSet.has(p));
  const onlyInOurs = ours.filter((p) => !refSet.has(p));
  const equal = onlyInRef.length === 0 && onlyInOurs.length === 0 && differing.length === 0;
  const buildTimes = times && {
    ref: new Date(times.ref).toISOString(),
    ours: new Date(times.ours).toISOString(),
    files: timeFiles,
  };
  return {
    refDir,
    outDir,
    pages,
    files,
    onlyInRef,
    onlyInOurs,
    differing,
    equal,
    ...(buildTimes ? { buildTimes } : {}),
  };
}
