import fs from "node:fs";
import path from "node:path";
import { readBibtex, type BibEntry, type BibProblem } from "./bibtex.js";

/** The entries of a set of `.bib` files (read as one text, as jekyll-scholar concatenates them) and a key index. */
export interface Bibliography {
  entries: BibEntry[];
  byKey: Map<string, BibEntry>;
  files: string[];
}

/** jekyll-scholar's extend_path: a name in the scholar source folder, `.bib` added when it has no extension. */
export function bibPath(siteSource: string, scholarSource: string, name: string): string {
  const folder =
    scholarSource.startsWith("/") && fs.existsSync(scholarSource)
      ? scholarSource
      : path.join(siteSource, scholarSource);
  let file = path.join(folder, name);
  if (!path.extname(file) && !fs.existsSync(file)) file += ".bib";
  return file;
}

/** Loads bibliographies once per file set; problems are reported once per file. */
export class BibliographyCache {
  private readonly loaded = new Map<string, Bibliography>();
  constructor(
    private readonly options: { replaceStrings: boolean; joinStrings: boolean },
    private readonly report: (p: BibProblem) => void,
  ) {}

  /** The bibliography of `files` (absolute paths); a missing file is reported and read as empty. */
  get(files: string[]): Bibliography {
    const id = files.join("\n");
    const hit = this.loaded.get(id);
    if (hit) return hit;
    let text = "";
    for (const f of files) {
      try {
        text += fs.readFileSync(f, "utf8");
      } catch {
        this.report({ message: `bibliography file not found: ${f}`, file: f, line: 0 });
      }
    }
    const { entries, problems } = readBibtex(text, files.map((f) => path.basename(f)).join("+"), this.options);
    for (const p of problems) this.report(p);
    const byKey = new Map<string, BibEntry>();
    for (const e of entries) if (!byKey.has(e.key)) byKey.set(e.key, e);
    const bib = { entries, byKey, files };
    this.loaded.set(id, bib);
    return bib;
  }
}
