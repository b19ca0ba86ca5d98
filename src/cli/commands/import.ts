import { resolve, relative } from "node:path";
import { usageError } from "../usage-error.js";
import { existsSync, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { Command } from "../command.js";
import { parseArgs, type FlagSpec, type ParsedArgs } from "../args.js";
import { loadBibliography } from "../../plugins/bibtex/load.js";
import { categoryKeys } from "../../plugins/bibtex/sources.js";
import { importPublications } from "../../plugins/bibtex/importer.js";

const USAGE = `Usage: lectern import bibtex FILE.bib [FILE.bib ...] [--into _publications] [-s SITE]

Writes one academicpages-compatible Markdown document per BibTeX entry
(YYYY-MM-DD-slug.md, with title, category, permalink, date, venue, paperurl
and citation in its front matter). The category comes from a 'category'
field, else from the entry type, spelled as the site's publication_category.
A file that already exists is left alone when you have edited it
("kept (edited)").

Options:
  --into DIR     folder for the documents, relative to the site (default _publications)
  -s, --source   the site folder (default: current folder)`;

const FLAGS: FlagSpec[] = [
  { names: ["--into"], key: "into", value: true },
  { names: ["-s", "--source"], key: "source", value: true },
];

/** `lectern import bibtex`: BibTeX entries to `_publications` documents. */
const command: Command = {
  name: "import",
  summary: "Import BibTeX entries as _publications documents",
  usage: USAGE,
  async run(argv) {
    const [kind, ...rest] = argv;
    if (kind !== "bibtex") {
      console.error(kind ? usageError("import", `unknown format '${kind}' (only 'bibtex').`) : USAGE);
      return 2;
    }
    let parsed: ParsedArgs;
    try {
      parsed = parseArgs(rest, FLAGS);
    } catch (e) {
      console.error(usageError("import", (e as Error).message));
      return 2;
    }
    const into = String(parsed.flags.into ?? "_publications");
    const site = String(parsed.flags.source ?? ".");
    const files = parsed.positional;
    if (files.length === 0) {
      console.error(usageError("import", "name at least one .bib file."));
      return 2;
    }
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length) {
      console.error(`lectern import: no such file: ${missing.join(", ")}`);
      return 1;
    }
    const { entries, warnings } = await loadBibliography(
      files.map((f) => resolve(f)),
      process.cwd(),
      categoryKeys(siteConfig(site)),
    );
    for (const w of warnings) console.error(`BibTeX: ${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
    const outcomes = importPublications(entries, resolve(site, into));
    const counts = { written: 0, unchanged: 0, kept: 0 };
    for (const o of outcomes) {
      counts[o.status]++;
      const shown = relative(process.cwd(), o.path);
      if (o.status === "written") console.log(`written: ${shown}`);
      else if (o.status === "kept") console.log(`kept (edited): ${shown}`);
    }
    console.log(
      `${entries.length} entries: ${counts.written} written, ${counts.unchanged} unchanged, ${counts.kept} kept (edited).`,
    );
    return warnings.length ? 1 : 0;
  },
};

/** The site's `_config.yml` as data (empty when missing or unreadable: only `publication_category` is used). */
function siteConfig(site: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(readFileSync(resolve(site, "_config.yml"), "utf8"));
    return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export default command;
