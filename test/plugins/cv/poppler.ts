// Reading PDFs in tests with poppler-utils (pdftotext, pdffonts, pdftohtml): Debian's poppler-utils, installed by .ci/run.
import { execFileSync } from "node:child_process";

/** Why poppler cannot be used here, or undefined when it can. */
export function popplerMissing(): string | undefined {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return undefined;
  } catch {
    return "poppler-utils (pdftotext, pdffonts, pdftohtml) is not installed: apt-get install poppler-utils";
  }
}

/** A font of the PDF as pdffonts lists it. */
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** The PDF's fonts (pdffonts). */
export function pdfFonts(file: string): PdfFont[] {
  const out = execFileSync("pdffonts", [file], { encoding: "utf8" });
  return out
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: the yes/no columns are the 5th to 3rd from the end.
      const n = cols.length;
      return {
        name: cols[0]!,
        type: cols.slice(1, n - 6).join(" "),
        embedded: cols[n - 5] === "yes",
        subset: cols[n - 4] === "yes",
      };
    });
}

/** One run of text as poppler places it: its text, the full name of its font, and the link it lies under. */
export interface TextRun {
  page: number;
  text: string;
  font: string;
  href?: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The PDF's text runs with their fonts (pdftohtml -xml), fonts named as pdffonts names them. */
export function pdfTextRuns(file: string): TextRun[] {
  const byTag = new Map(pdfFonts(file).map((f) => [f.name.split("+")[0]!, f.name]));
  const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", "-q", file], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const specs = new Map<string, string>();
  const runs: TextRun[] = [];
  let page = 0;
  for (const line of xml.split("\n")) {
    const p = /^<page number="(\d+)"/.exec(line);
    if (p) page = Number(p[1]);
    const spec = /<fontspec id="(\d+)"[^>]*family="([^"]*)"/.exec(line);
    if (spec) specs.set(spec[1]!, byTag.get(spec[2]!.split("+")[0]!) ?? spec[2]!);
    const text = /<text [^>]*font="(\d+)"[^>]*>(.*)<\/text>/.exec(line);
    if (!text) continue;
    const inner = text[2]!;
    const href = /<a href="([^"]*)"/.exec(inner)?.[1];
    runs.push({
      page,
      font: specs.get(text[1]!) ?? "?",
      text: inner.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => ENTITIES[n]!),
      href: href?.replace(/&amp;/g, "&"),
    });
  }
  return runs;
}
