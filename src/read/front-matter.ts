import { parseYaml, isPlainObject } from "../ruby/yaml.js";
import { LecternError } from "../errors/index.js";

/** Jekyll's front-matter pattern: `---` line, YAML, then a `---` or `...` line. */
const FRONT_MATTER = /^(---\s*\n[\s\S]*?\n?)^((?:---|\.\.\.)\s*$\n?)/m;
const HAS_HEADER = /^---\s*\r?\n/;

/** The parts of a file with front matter. */
export interface FrontMatterFile {
  data: Record<string, unknown>;
  /** The body after the front matter. */
  content: string;
  /** Number of lines the front matter took (to add to line numbers in the body). */
  lineOffset: number;
  /** A YAML error Jekyll would only warn about (the page is then read with empty data). */
  error?: LecternError;
  /**
   * Front matter that is YAML but not a mapping (a list, a string, a number, `true`): Jekyll fails the
   * build on such a page or layout ("Invalid YAML front matter in FILE") and skips a document's.
   */
  invalid?: LecternError;
}

/** True when a file starts with a `---` line, which is how Jekyll decides page vs static file. */
export function hasFrontMatter(head: string): boolean {
  return HAS_HEADER.test(head);
}

/** Splits front matter from content, as Jekyll does; invalid YAML yields empty data and an error to report. */
export function splitFrontMatter(text: string, file: string): FrontMatterFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const m = text.startsWith("---") ? FRONT_MATTER.exec(text) : null;
  if (m?.index !== 0) return { data: {}, content: text, lineOffset: 0 };
  const content = text.slice(m[0].length);
  const lineOffset = countLines(m[0]);
  const yamlText = m[1]!.replace(/^---\s*\n/, "");
  try {
    const value = parseYaml(yamlText, file, 1, text);
    if (isPlainObject(value)) return { data: value, content, lineOffset };
    // Ruby's `data ||= {}`: nil and false are an empty mapping; anything else is refused.
    if (value === null || value === undefined || value === false) return { data: {}, content, lineOffset };
    const what = Array.isArray(value) ? "a list" : typeof value === "string" ? "a string" : `a ${typeof value}`;
    const invalid = new LecternError(`Invalid YAML front matter in ${file}: it is ${what}, not a mapping of keys`, {
      topic: "Front matter",
      file,
      line: 2,
      column: 1,
      source: text,
    });
    return { data: {}, content, lineOffset, invalid };
  } catch (e) {
    const error = e instanceof LecternError ? e : new LecternError(String(e), { topic: "YAML", file, source: text });
    return { data: {}, content, lineOffset, error };
  }
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
