import { parse, FieldMode, type Entry, type Creator } from "@retorquere/bibtex-parser";
import { shieldAngles, unshieldAngles } from "./markup.js";
import { MathStore, prepareText } from "./tex-source.js";

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

/** The entries of one file and the problems found in it. */
export interface ParseResult {
  entries: ParsedEntry[];
  warnings: BibWarning[];
}

interface Chunk {
  input: string;
  type: string;
  key: string;
  fields: Record<string, string>;
}
type Chunker = (input: string) => { entries: Chunk[]; errors: Array<{ error: string; input?: string }> };

/**
 * The library's own first stage (its "verbatim" parser: entries split into raw field strings, macros
 * expanded) is ~50 times faster than the whole parse, which runs a LaTeX parser over every field.
 * It is not in the package's public exports, so it is looked up next to the entry point; without it
 * (should a release move it) every field goes through the whole parse, which is slower but the same.
 */
const chunk: Chunker | undefined = await (async () => {
  try {
    const mod = (await import(new URL("./verbatim.js", import.meta.resolve("@retorquere/bibtex-parser")).href)) as {
      parse?: Chunker;
    };
    return typeof mod.parse === "function" ? mod.parse : undefined;
  } catch {
    return undefined;
  }
})();

/** True when the fast first stage was found (a test guards it across library updates). */
export const FAST_CHUNKER = chunk !== undefined;

/** Fields holding addresses, never LaTeX: the parser's own list plus the link fields Lectern reads. */
const VERBATIM = [
  ...FieldMode.verbatim,
  "code",
  "github",
  "slides",
  "pdf",
  "html",
  "arxiv",
  "website",
  "video",
  "poster",
];

/** Fields the whole parse always gets: names (split into people), lists, months. */
const ALWAYS_CONVERT = new Set([...FieldMode.creatorlist, ...FieldMode.literallist, "month", "keywords"]);

/** Text the LaTeX conversion would change; other values are already what it would return. */
const TEX = /[\\{}$~%&_^#`'"\uE000\uE001]|--/;

/** True for fields kept as written (addresses), which get no math or text-command rewriting. */
function verbatim(name: string): boolean {
  return VERBATIM.some((v) => (typeof v === "string" ? v === name : v.test(name)));
}

const OPTIONS = {
  applyCrossRef: true,
  english: false,
  sentenceCase: false,
  caseProtection: false,
  unsupported: "ignore",
  verbatimFields: VERBATIM,
} as const;

/** Entry types that only exist to be crossref'd; they are not papers of their own. */
const CONTAINER_TYPES = new Set(["proceedings", "mvproceedings", "periodical", "mvcollection", "mvbook"]);

/**
 * Parses one `.bib` file: LaTeX to Unicode, `@string` macros, crossrefs; broken entries become warnings.
 * `wholeParse` skips the fast first stage (the fallback path; tests compare the two).
 */
export function parseBibtex(text: string, file: string, options: { wholeParse?: boolean } = {}): ParseResult {
  // `Name\*` marks an equal contribution in many hand-written files; LaTeX would drop the star.
  const source = shieldAngles(text.replace(/(?<!\\)\\\*/g, "*"));
  const chunks = chunk && !options.wholeParse ? chunk(source) : undefined;
  const { converted, errors } = chunks ? convertNeeded(chunks.entries) : convertAll(source);
  const warnings: BibWarning[] = [...(chunks?.errors ?? []), ...errors].map((err) => ({
    message: unshieldAngles(err.error.replace(/ at line \d+, column \d+/, "")),
    file,
    line: errorLine(source, err.input, err.error),
  }));
  const kept = converted.filter((c) => c.entry);
  inheritClassicCrossref(kept.map((c) => c.entry!));
  inheritClassicCrossref(kept.map((c) => c.raw));
  const referenced = new Set(kept.map((c) => String(c.entry!.fields.crossref ?? "").toLowerCase()).filter(Boolean));
  const entries: ParsedEntry[] = [];
  let cursor = 0;
  for (const { entry: e, raw, input } of kept) {
    if (CONTAINER_TYPES.has(e!.type) && referenced.has(e!.key.toLowerCase())) continue;
    let at = input ? source.indexOf(input, cursor) : -1;
    if (at < 0) at = source.search(new RegExp(`@\\s*${e!.type}\\s*[{(]\\s*${escapeRegExp(e!.key)}\\s*,`, "i"));
    if (at >= cursor) cursor = at + input.length;
    entries.push({
      type: e!.type.toLowerCase(),
      key: e!.key,
      fields: e!.fields,
      raw: raw.fields,
      file,
      line: at < 0 ? 1 : lineAt(source, at),
    });
  }
  return { entries, warnings };
}

type Fields = ParsedEntry["fields"];

/** One entry through both stages: its converted form (undefined when conversion failed), its raw fields and source text. */
interface Converted {
  entry?: { type: string; key: string; fields: Fields };
  raw: { key: string; fields: Fields };
  input: string;
}

/** Runs the LaTeX conversion only over the fields that need it, then merges them with the others. */
function convertNeeded(chunks: Chunk[]): { converted: Converted[]; errors: Array<{ error: string; input?: string }> } {
  const errors: Array<{ error: string; input?: string }> = [];
  const valid = chunks.filter((c) => {
    if (c.input === "") return false;
    // Each entry is re-emitted in braces below: an unbalanced value would swallow the entries after it.
    const bad = Object.entries(c.fields).find(([, v]) => !balanced(v));
    if (bad)
      errors.push({
        error: `unbalanced braces in field '${bad[0]}' of '${c.key}'; the entry is skipped`,
        input: c.input,
      });
    return !bad;
  });
  // Crossref'd entries keep every field, so the library's own inheritance rules see all of them.
  const linked = new Set<string>();
  for (const c of valid) if (c.fields.crossref) linked.add(c.key.toLowerCase()).add(c.fields.crossref.toLowerCase());
  const needs = (c: Chunk, name: string, value: string) =>
    linked.has(c.key.toLowerCase()) || ALWAYS_CONVERT.has(name) || TEX.test(value);
  const math = new MathStore();
  const reduced = valid
    .map(
      (c) =>
        `@${c.type}{${c.key},\n${Object.entries(c.fields)
          .filter(([n, v]) => needs(c, n, v))
          .map(([n, v]) => `  ${n} = {${verbatim(n) ? v : prepareText(math.shield(v))}}`)
          .join(",\n")}\n}\n`,
    )
    .join("");
  const lib = parse(reduced, OPTIONS);
  const byKey = new Map<string, Entry[]>();
  for (const e of lib.entries) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  const converted = valid.map((c): Converted => {
    const done = byKey.get(c.key)?.shift();
    const fields: Fields = { ...c.fields, ...math.restoreField(done?.fields as Fields | undefined) };
    return {
      entry: done ? { type: c.type, key: c.key, fields } : undefined,
      raw: { key: c.key, fields: { ...c.fields } },
      input: c.input,
    };
  });
  // A conversion error quotes the reduced entry; point it at the entry as written.
  for (const err of lib.errors) {
    const key = /^@\w+\{([^,\s]+),/.exec(err.input ?? "")?.[1];
    errors.push({ error: err.error, input: valid.find((c) => c.key === key)?.input });
  }
  return { converted, errors };
}

/** True when every `{` in a value is closed (TeX's `\{` and `\}` do not count). */
function balanced(value: string): boolean {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}" && --depth < 0) return false;
  }
  return depth === 0;
}

/** Without the first stage: the whole parse, plus its raw mode for the fields as written. */
function convertAll(source: string): { converted: Converted[]; errors: Array<{ error: string; input?: string }> } {
  const math = new MathStore();
  const lib = parse(prepareText(math.shield(source)), OPTIONS);
  const raw = parse(source, { applyCrossRef: true, raw: true }).entries;
  const converted = lib.entries
    .filter((e) => e.input !== "" || Object.keys(e.fields).length > 0)
    .map(
      (e, i): Converted => ({
        entry: { type: e.type, key: e.key, fields: math.restoreField(e.fields as Fields) },
        raw: {
          key: e.key,
          fields:
            ((raw.find((r, j) => r.key === e.key && j >= i) ?? raw.find((r) => r.key === e.key))?.fields as Fields) ??
            {},
        },
        input: e.input,
      }),
    );
  return { converted, errors: lib.errors };
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
