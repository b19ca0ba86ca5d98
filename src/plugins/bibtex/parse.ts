import { parse, FieldMode, type Entry, type Creator } from "@retorquere/bibtex-parser";
import { shieldAngles, unshieldAngles } from "./markup.js";

/** A problem in a `.bib` file that did not stop the other entries from being read. */
export interface BibWarning {
  message: string;
  file: string;
  line?: number;
}

/** One entry as the parser returns it, with where it came from and its raw (unconverted) field values. */
export interface ParsedEntry {
  type: string;
  key: string;
  /** Fields with LaTeX converted to Unicode (and a little HTML markup for `\emph`, `\textbf`, ...). */
  fields: Record<string, string | string[] | Creator[]>;
  /** The same fields as written (no LaTeX conversion, `@string` macros expanded), for writing BibTeX back. */
  raw: Record<string, string | string[] | Creator[]>;
  file: string;
  line: number;
}

export interface ParseResult {
  entries: ParsedEntry[];
  warnings: BibWarning[];
}

type Chunker = (input: string) => { entries: Array<{ key: string; fields: Record<string, string> }> };

/**
 * The library's own first stage (its "verbatim" parser: entries split into raw field strings, macros
 * expanded) is ~50 times faster than its raw mode, which still runs the LaTeX parser over every field.
 * It is not in the package's public exports, so it is looked up next to the entry point; raw mode is
 * the fallback should a release move it.
 */
const chunk: Chunker | undefined = await (async () => {
  try {
    const mod = (await import(new URL("./verbatim.js", import.meta.resolve("@retorquere/bibtex-parser")).href)) as { parse?: Chunker };
    return typeof mod.parse === "function" ? mod.parse : undefined;
  } catch {
    return undefined;
  }
})();

/** True when the fast first stage was found (a test guards it across library updates). */
export const FAST_CHUNKER = chunk !== undefined;

/** Fields holding addresses, never LaTeX: the parser's own list plus the link fields Lectern reads. */
const VERBATIM = [...FieldMode.verbatim, "code", "github", "slides", "pdf", "html", "arxiv", "website", "video", "poster"];

/** Entry types that only exist to be crossref'd; they are not papers of their own. */
const CONTAINER_TYPES = new Set(["proceedings", "mvproceedings", "periodical", "mvcollection", "mvbook"]);

/** Parses one `.bib` file: LaTeX to Unicode, `@string` macros, crossrefs; broken entries become warnings. */
export function parseBibtex(text: string, file: string): ParseResult {
  // `Name\*` marks an equal contribution in many hand-written files; LaTeX would drop the star.
  const source = shieldAngles(text.replace(/(?<!\\)\\\*/g, "*"));
  const common = { applyCrossRef: true } as const;
  const rawLib = chunk ? chunk(source) : parse(source, { ...common, raw: true });
  const lib = parse(source, { ...common, english: false, sentenceCase: false, caseProtection: false, unsupported: "ignore", verbatimFields: VERBATIM });
  inheritClassicCrossref(rawLib.entries);
  const rawByKey = new Map(rawLib.entries.map((e) => [e.key, e]));
  const warnings: BibWarning[] = lib.errors.map((err) => ({
    message: unshieldAngles(err.error.replace(/ at line \d+, column \d+/, "")),
    file,
    line: errorLine(source, err.input, err.error),
  }));
  const kept = lib.entries.filter((e) => e.input !== "" || Object.keys(e.fields).length > 0);
  inheritClassicCrossref(kept as Array<{ key: string; fields: Record<string, unknown> }>);
  const referenced = new Set(kept.map((e) => String(e.fields.crossref ?? "").toLowerCase()).filter(Boolean));
  const entries: ParsedEntry[] = [];
  let cursor = 0;
  for (const e of kept) {
    if (CONTAINER_TYPES.has(e.type) && referenced.has(e.key.toLowerCase())) continue;
    let at = e.input ? source.indexOf(e.input, cursor) : -1;
    if (at < 0) at = source.search(new RegExp(`@\\s*${e.type}\\s*[{(]\\s*${escapeRegExp(e.key)}\\s*,`, "i"));
    if (at >= cursor) cursor = at + e.input.length;
    entries.push({
      type: e.type.toLowerCase(),
      key: e.key,
      fields: e.fields as ParsedEntry["fields"],
      raw: (rawByKey.get(e.key)?.fields ?? {}) as ParsedEntry["raw"],
      file,
      line: at < 0 ? 1 : lineAt(source, at),
    });
  }
  return { entries, warnings };
}

/** BibTeX's own crossref rule: a child inherits every field it lacks from its parent. */
function inheritClassicCrossref(entries: Array<{ key: string; fields: Record<string, unknown> }>): void {
  const byKey = new Map(entries.map((e) => [e.key.toLowerCase(), e]));
  for (const e of entries) {
    const parentKey = e.fields.crossref;
    const parent = typeof parentKey === "string" ? byKey.get(parentKey.toLowerCase()) : undefined;
    if (!parent) continue;
    for (const [name, value] of Object.entries(parent.fields)) {
      if (e.fields[name] === undefined && name !== "crossref" && name !== "ids") e.fields[name] = value;
    }
  }
}

function errorLine(source: string, input: string | undefined, message: string): number | undefined {
  const at = input ? source.indexOf(input.trimEnd()) : -1;
  if (at >= 0) return lineAt(source, at);
  const m = /at line (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf("\n"); i >= 0 && i < offset; i = source.indexOf("\n", i + 1)) line++;
  return line;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
