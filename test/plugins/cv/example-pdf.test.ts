// The example's CV, from its _data/cv.yml and _bibliography/papers.bib: /cv/ and /cv.pdf hold every entry of the seed
// page's Experience and Education sections and all its publications, with Keqing He in bold in the PDF's author lists.
// The expectations are read from the seed page itself (example/_pages/about.md), not typed here.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleRoot } from "../../../src/theme/index.js";
import { buildExample, type BuiltSite } from "../../theme/helpers.js";
import { pdfFonts, pdfTextRuns, popplerMissing } from "./poppler.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const seed = readFileSync(join(exampleRoot(), "_pages", "about.md"), "utf8");

/** The lines of one `## Heading` section of the seed page. */
function seedSection(title: string): string[] {
  const m = new RegExp(`^## ${title}\\n([\\s\\S]*?)(?=^## )`, "m").exec(seed);
  assert.ok(m, `the seed has a ${title} section`);
  return m[1]!.split("\n");
}

/** "1. Full employee in  **Meituan LLM Group**, Mar 2023 - Now:" → organisation, role, start and end. */
const experience = seedSection("Experience")
  .map((l) => /^\d+\.\s+(.+?)\s+in\s+\*\*(.+?)\*\*,\s*(\w+ \d{4})\s*-\s*(\w+(?: \d{4})?):/.exec(l))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ role: m[1]!, org: m[2]!, start: m[3]!, end: m[4]! }));
/** "* 2018-2021, Master in Artificial Intelligence, BEIJING UNIVERSITY ..." → years, degree, institution. */
const education = seedSection("Education")
  .map((l) => /^\*\s+(\d{4})-(\d{4}),\s*(.+?),\s*(.+?)\s*$/.exec(l))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ from: m[1]!, to: m[2]!, degree: m[3]!, school: m[4]! }));
/** "1. **Title**, Venue" in the Publication section. */
const titles = seedSection("Publication")
  .map((l) => /^\d+\.\s+\*\*(.+?)\*\*/.exec(l)?.[1])
  .filter((t): t is string => t !== undefined);

/** Text with all white space removed and lower-cased (lines wrap anywhere in a PDF, hyphens included). */
const squash = (s: string) => s.replace(/\s+/g, "").toLowerCase();

let site: BuiltSite;
before(async () => {
  site = await buildExample();
});
after(() => site?.cleanup());

test("the seed page has the entries this test looks for", () => {
  assert.equal(experience.length, 5);
  assert.equal(education.length, 2);
  assert.equal(titles.length, 37);
});

test("the PDF holds every experience and education entry of the seed and all 37 titles", (t) => {
  const missing = popplerMissing();
  if (missing) return t.skip(missing);
  // -raw: the text in the order the PDF draws it (each entry whole, then its dates), as a reader copies it.
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", join(site.dir, "cv.pdf"), "-"], {
    encoding: "utf8",
  });
  const all = squash(text);
  for (const e of experience) {
    const end = /^now$/i.test(e.end) ? "present" : e.end;
    for (const part of [e.org, e.role, `${e.start} – ${end}`])
      assert.ok(all.includes(squash(part)), `experience "${part}" (${e.org}) is in the PDF`);
  }
  for (const e of education)
    for (const part of [e.school, e.degree, `${e.from} – ${e.to}`])
      assert.ok(all.includes(squash(part)), `education "${part}" is in the PDF`);
  const absent = titles.filter((title) => !all.includes(squash(title)));
  assert.deepEqual(absent, [], "publication titles missing from the PDF");
  // Months as the seed writes them ("Mar 2023"), so nothing was lost in the dates.
  assert.ok(
    MONTHS.every((m) => !new RegExp(`\\b${m}[a-z]+ \\d{4}`).test(text)),
    "months are abbreviated",
  );
});

test("the owner's name is set in the bold face in every author list of the PDF, and nowhere in another face", (t) => {
  const missing = popplerMissing();
  if (missing) return t.skip(missing);
  const file = join(site.dir, "cv.pdf");
  const fonts = pdfFonts(file);
  assert.ok(fonts.length >= 3 && fonts.every((f) => f.embedded && f.subset), "every font is embedded as a subset");
  const runs = pdfTextRuns(file);
  const named = runs.filter((r) => r.text.includes("Keqing He"));
  const bold = named.filter((r) => /-Bold$/.test(r.font));
  // One bold run per paper (all 37 list him), and the name at the top.
  assert.equal(bold.filter((r) => r.text.trim() === "Keqing He").length, titles.length + 1);
  const elsewhere = named.filter((r) => !/-Bold$/.test(r.font) && !/Page \d+ of \d+/.test(r.text));
  assert.deepEqual(
    elsewhere.map((r) => `${r.text} (${r.font})`),
    [],
    "the owner's name outside the bold face (the footer aside)",
  );
});

test("the PDF is A4 with selectable text, clickable links and a title", (t) => {
  const missing = popplerMissing();
  if (missing) return t.skip(missing);
  const info = execFileSync("pdfinfo", [join(site.dir, "cv.pdf")], { encoding: "utf8" });
  assert.match(info, /Title:\s+Keqing He – CV/);
  assert.match(info, /Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  assert.match(info, /CreationDate:\s+Fri Jan\s+1 00:00:00 2027 UTC/);
  const runs = pdfTextRuns(join(site.dir, "cv.pdf"));
  const links = new Set(runs.map((r) => r.href).filter(Boolean));
  assert.ok(links.has("mailto:helicbupt@gmail.com"), "the email is a link");
  assert.ok(links.has("https://helicqin.github.io/publications/zeng2025simplerl/"), "titles link to their pages");
});

test("the CV page lists the same entries, links the PDF, and the author card links it too", () => {
  const html = readFileSync(join(site.dir, "cv", "index.html"), "utf8");
  for (const e of experience) assert.ok(html.includes(e.org), e.org);
  for (const e of education) assert.match(html, new RegExp(e.degree));
  assert.equal((html.match(/class="cv-entry"/g) ?? []).length, experience.length + education.length + titles.length);
  assert.match(html, /<a class="btn" href="\/cv\.pdf">/);
  assert.match(html, /<strong class="author-me">Keqing He<\/strong>/);
  const home = readFileSync(join(site.dir, "index.html"), "utf8");
  assert.match(home, /<li><a href="\/cv\.pdf">[\s\S]*?<span>CV \(PDF\)<\/span><\/a><\/li>/);
});
