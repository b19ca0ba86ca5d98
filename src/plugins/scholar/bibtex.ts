/**
 * BibTeX as bibtex-ruby reads it for jekyll-scholar: entries keep their field order and raw values (braces and
 * LaTeX as written); `@string` macros are replaced and concatenations joined (`replace_strings`, `join_strings`);
 * an undefined macro stays a bare word (`selected = true` reads "true").
 */

/** One piece of a field value: a quoted or braced string, or a bare word (macro name, month, number). */
export type Token = { kind: "string" | "symbol"; text: string };

/** A field value: its pieces (one after joining, unless an undefined macro remains). */
export type Value = Token[];

/** One `@type{key, ...}` entry; `type` and field names are lower case, as bibtex-ruby makes them. */
export interface BibEntry {
  type: string;
  key: string;
  fields: Map<string, Value>;
  file: string;
  line: number;
}

/** A problem that skipped part of a file. */
export interface BibProblem {
  message: string;
  file: string;
  line: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Reads the entries of BibTeX `text` (concatenated files, as jekyll-scholar reads them), in order. */
export function readBibtex(
  text: string,
  file: string,
  options: { replaceStrings: boolean; joinStrings: boolean },
): { entries: BibEntry[]; problems: BibProblem[] } {
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  const strings = new Map<string, Value>();
  let p = 0;
  const lineAt = (i: number) => text.slice(0, i).split("\n").length;
  while (true) {
    const at = text.indexOf("@", p);
    if (at < 0) break;
    const m = /^@\s*([A-Za-z]+)\s*([{(])/.exec(text.slice(at, at + 60));
    if (!m) {
      p = at + 1;
      continue;
    }
    const type = m[1]!.toLowerCase();
    const close = m[2] === "{" ? "}" : ")";
    let i = at + m[0].length;
    if (type === "comment" || type === "preamble") {
      p = skipGroup(text, i - 1);
      continue;
    }
    try {
      if (type === "string") {
        const r = readFields(text, i, close);
        for (const [name, value] of r.fields) strings.set(name, value);
        p = r.end;
        continue;
      }
      const keyMatch = /^\s*([^,\s}]*)\s*,?/.exec(text.slice(i));
      const key = keyMatch![1]!;
      i += keyMatch![0].length;
      const r = readFields(text, i, close);
      entries.push({ type, key, fields: r.fields, file, line: lineAt(at) });
      p = r.end;
    } catch (e) {
      problems.push({ message: (e as Error).message, file, line: lineAt(at) });
      p = at + 1;
    }
  }
  for (const entry of entries) {
    for (const [name, value] of entry.fields) {
      let v = value;
      if (options.replaceStrings) v = replaceMacros(v, strings);
      if (options.replaceStrings && options.joinStrings) v = joinValue(v);
      entry.fields.set(name, v);
    }
    parseMonth(entry);
  }
  return { entries, problems };
}

function skipGroup(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{" || text[i] === "(") depth++;
    else if (text[i] === "}" || text[i] === ")") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Reads `name = value, ...` up to the entry's closing delimiter. */
function readFields(text: string, start: number, close: string): { fields: Map<string, Value>; end: number } {
  const fields = new Map<string, Value>();
  let i = start;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  while (true) {
    ws();
    if (text[i] === close) return { fields, end: i + 1 };
    if (i >= text.length) throw new Error("entry not closed");
    const name = /^[^\s=,{}()"#]+/.exec(text.slice(i, i + 200));
    if (!name) throw new Error(`unexpected ${JSON.stringify(text.slice(i, i + 20))}`);
    i += name[0].length;
    ws();
    if (text[i] !== "=") throw new Error(`expected "=" after ${name[0]}`);
    i++;
    const value: Value = [];
    while (true) {
      ws();
      const c = text[i];
      if (c === "{") {
        const end = matchBrace(text, i);
        value.push({ kind: "string", text: text.slice(i + 1, end) });
        i = end + 1;
      } else if (c === '"') {
        let j = i + 1,
          depth = 0;
        for (; j < text.length; j++) {
          if (text[j] === "{") depth++;
          else if (text[j] === "}") depth--;
          else if (text[j] === '"' && depth === 0) break;
        }
        value.push({ kind: "string", text: text.slice(i + 1, j) });
        i = j + 1;
      } else {
        const word = /^[^\s,#{}()"]+/.exec(text.slice(i, i + 200));
        if (!word) throw new Error(`no value for ${name[0]}`);
        value.push(/^\d+$/.test(word[0]) ? { kind: "string", text: word[0] } : { kind: "symbol", text: word[0] });
        i += word[0].length;
      }
      ws();
      if (text[i] === "#") {
        i++;
        continue;
      }
      break;
    }
    const field = name[0].toLowerCase();
    if (!fields.has(field)) fields.set(field, value);
    ws();
    if (text[i] === ",") i++;
  }
}

function matchBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error("unbalanced braces");
}

function replaceMacros(value: Value, strings: Map<string, Value>): Value {
  if (!value.some((t) => t.kind === "symbol")) return value;
  return value.flatMap((t) => (t.kind === "symbol" && strings.has(t.text) ? strings.get(t.text)! : [t]));
}

/** bibtex-ruby's Value#join: neighbouring strings become one. */
function joinValue(value: Value): Value {
  const out: Value = [];
  for (const t of value) {
    const last = out[out.length - 1];
    if (last && last.kind === "string" && t.kind === "string")
      out[out.length - 1] = { kind: "string", text: last.text + t.text };
    else out.push(t);
  }
  return out;
}

/** bibtex-ruby's parse_months: `month` becomes the three-letter name, plus a `month_numeric` field. */
function parseMonth(entry: BibEntry): void {
  const month = entry.fields.get("month");
  if (!month || month.length !== 1) return;
  const raw = month[0]!.text.trim().toLowerCase();
  let idx = MONTHS.indexOf(raw.slice(0, 3));
  if (/^\d+$/.test(raw)) idx = Number(raw) - 1;
  else if (idx >= 0 && !/^[a-z]+$/.test(raw)) idx = -1;
  if (idx < 0 || idx > 11) return;
  entry.fields.set("month", [{ kind: "symbol", text: MONTHS[idx]! }]);
  entry.fields.set("month_numeric", [{ kind: "string", text: String(idx + 1) }]);
}

/** A value as text (bibtex-ruby's Value#to_s): one piece as is, several as `"a" # b`. */
export function valueText(value: Value): string {
  if (value.length === 1) return value[0]!.text;
  return value.map((t) => (t.kind === "symbol" ? t.text : `"${t.text}"`)).join(" # ");
}

/** A value as BibTeX source with jekyll-scholar's `bibtex_quotes` (braces): `{text}`, a bare word as is. */
export function valueSource(value: Value): string {
  if (value.length === 1) return value[0]!.kind === "symbol" ? value[0]!.text : `{${value[0]!.text}}`;
  return valueText(value);
}

/** The entry as BibTeX source (bibtex-ruby's Entry#to_s), without the `skip` fields. */
export function entrySource(entry: BibEntry, skip: readonly string[]): string {
  const lines = [...entry.fields]
    .filter(([name]) => !skip.includes(name))
    .map(([name, value]) => `  ${name} = ${valueSource(value)}`);
  return `@${entry.type}{${entry.key},\n${lines.join(",\n")}\n}\n`;
}

/** A field's value with crossref inheritance (bibtex-ruby's Entry#[]). */
export function fieldOf(entry: BibEntry, name: string, byKey: Map<string, BibEntry>): Value | undefined {
  const own = entry.fields.get(name);
  if (own) return own;
  const xref = entry.fields.get("crossref");
  const parent = xref ? byKey.get(valueText(xref)) : undefined;
  if (!parent) return undefined;
  return parent.fields.get(name) ?? (name === "booktitle" ? parent.fields.get("title") : undefined);
}
