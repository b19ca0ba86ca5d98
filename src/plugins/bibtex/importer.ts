import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { BibEntry } from "./entry.js";
import { authorsText } from "./authors.js";
import { escapeHtml } from "./markup.js";
import { LINK_LABELS } from "./view.js";

/** A `_publications` Markdown document for one entry. */
export interface PublicationFile {
  /** File name: `YYYY-MM-DD-slug.md`. */
  name: string;
  content: string;
}

/** "Learning to Tag OOV Tokens!" → "learning-to-tag-oov-tokens" (ASCII, at most ~60 characters, whole words). */
export function slugify(title: string): string {
  const words = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ");
  let slug = "";
  for (const w of words) {
    if (slug && slug.length + 1 + w.length > 60) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug || "untitled";
}

/** The academicpages-style document for an entry: front matter (title, category, permalink, date, venue, paperurl, citation...), abstract and links. */
export function publicationFile(e: BibEntry, suffix = ""): PublicationFile {
  const base = `${publicationDate(e)}-${slugify(e.title)}${suffix}`;
  const citation =
    `${escapeHtml(authorsText(e))}. (${e.year ?? "n.d."}). &quot;${escapeHtml(e.title)}.&quot;` +
    (e.venue ? ` <i>${escapeHtml(e.venue)}</i>.` : "");
  const front: Record<string, unknown> = {
    title: e.title,
    collection: "publications",
    category: e.category,
    permalink: `/publication/${base}`,
    excerpt: firstSentence(e.abstract),
    date: publicationDate(e),
    venue: e.venue,
    paperurl: e.pdfUrl ?? e.links.url,
    slidesurl: e.links.slides,
    codeurl: e.links.code,
    bibtex_key: e.key,
    citation,
  };
  for (const k of Object.keys(front)) if (front[k] === undefined || front[k] === "") delete front[k];
  const yaml = stringify(front, { lineWidth: 0 }).replace(/^date: "(\d{4}-\d\d-\d\d)"$/m, "date: $1");
  const links = LINK_LABELS.filter(([k]) => e.links[k]).map(([k, label]) => `[${label}](${e.links[k]})`);
  const body = [e.abstract, links.join(" · "), e.note ? `*${e.note}*` : ""].filter(Boolean).join("\n\n");
  return { name: `${base}.md`, content: `---\n${yaml}---\n\n${body}\n` };
}

/** What happened to one file during an import. */
export interface ImportOutcome {
  path: string;
  status: "written" | "unchanged" | "kept";
}

/** Writes one document per entry into `dir`, never replacing a file whose content was edited since. */
export function importPublications(entries: readonly BibEntry[], dir: string): ImportOutcome[] {
  mkdirSync(dir, { recursive: true });
  const outcomes: ImportOutcome[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    let file = publicationFile(e);
    for (let n = 2; seen.has(file.name); n++) file = publicationFile(e, `-${n}`);
    seen.add(file.name);
    const path = join(dir, file.name);
    if (existsSync(path)) {
      const status = readFileSync(path, "utf8") === file.content ? "unchanged" : "kept";
      outcomes.push({ path, status });
      continue;
    }
    writeFileSync(path, file.content);
    outcomes.push({ path, status: "written" });
  }
  return outcomes;
}

function publicationDate(e: BibEntry): string {
  return `${e.year ?? 1970}-${pad(e.month ?? 1)}-${pad(e.day ?? 1)}`;
}

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(text);
  return (m ? m[0] : text).trim();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
