// When Lectern makes a CV: with the built-in theme, from _data/cv.json (JSON Resume as academicpages writes it) or
// _data/cv.yml, taking talks from their collection; never over a page the site has at /cv/; never for a site with its
// own layouts unless `cv:` asks (Jekyll parity); not at all with `cv: false`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { build } from "../../../src/index.js";
import { recordingLogger } from "../../theme/helpers.js";
import { resumeHeader, resumeSection } from "../../../src/plugins/cv/resume.js";
import { popplerMissing } from "./poppler.js";

/** A JSON Resume in academicpages' dialect (`company`, `website`, `gpa`, `presentations`), written for this test. */
const RESUME = {
  basics: {
    name: "Ada Example",
    label: "Assistant Professor",
    email: "ada@example.org",
    website: "https://ada.example.org",
    location: { city: "Lyon", countryCode: "FR" },
    profiles: [{ network: "GitHub", url: "https://github.com/ada-example" }],
  },
  work: [
    {
      company: "University of Somewhere",
      position: "Assistant Professor",
      website: "https://somewhere.example",
      startDate: "2022-09",
      highlights: ["Teaches compilers"],
    },
  ],
  education: [
    {
      institution: "Example Tech",
      area: "Computer Science",
      studyType: "PhD",
      startDate: "2016",
      endDate: "2021",
      gpa: "4.0",
    },
  ],
  publications: [{ name: "A Paper Typed Into cv.json", publisher: "Journal of Examples", releaseDate: "2020-05-01" }],
  presentations: [{ name: "A Talk Typed Into cv.json", event: "Conf", date: "2019-01-01" }],
  skills: [{ name: "Languages", keywords: ["OCaml", "Rust"] }],
};

const TALK =
  '---\ntitle: "A Talk From the Collection"\ncollection: talks\ntype: "Talk"\nvenue: "Example Workshop"\ndate: 2023-06-01\nlocation: "Lyon, France"\n---\nAbstract.\n';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "lectern-cv-site-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function built(dir: string): Promise<string> {
  const out = join(dir, "_site");
  await build({
    source: dir,
    destination: out,
    quiet: true,
    time: new Date(1798761600 * 1000),
    logger: recordingLogger().logger,
  });
  return out;
}

const CONFIG =
  'title: "Ada"\nurl: "https://ada.example.org"\nauthor:\n  name: "Ada Example"\ncollections:\n  talks:\n    output: true\n';

test("a theme site's cv.json becomes /cv/ and a Letter-size /cv.pdf, with talks from _talks rather than cv.json", async (t) => {
  const dir = site({
    "_config.yml": `${CONFIG}cv:\n  paper: letter\n`,
    "_data/cv.json": JSON.stringify(RESUME, null, 2),
    "_talks/2023-06-01-talk.md": TALK,
    "index.md": "---\ntitle: Home\n---\nHello.\n",
  });
  try {
    const out = await built(dir);
    const html = readFileSync(join(out, "cv", "index.html"), "utf8");
    for (const text of [
      "University of Somewhere",
      "Assistant Professor",
      "Sep 2022 – present",
      "PhD in Computer Science",
      "GPA: 4.0",
      "A Paper Typed Into cv.json",
      "A Talk From the Collection",
      "OCaml, Rust",
      "ada@example.org",
      "GitHub",
    ])
      assert.ok(html.includes(text), `${text} on the page`);
    assert.ok(!html.includes("A Talk Typed Into cv.json"), "the collection's talks replace cv.json's");
    assert.match(html, /href="\/talks\/2023-06-01-talk\.html"/);
    const missing = popplerMissing();
    if (missing) return t.skip(missing);
    const info = execFileSync("pdfinfo", [join(out, "cv.pdf")], { encoding: "utf8" });
    assert.match(info, /Page size:\s+612 x 792 pts \(letter\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a site with its own layouts keeps its output: no /cv.pdf and no generated /cv/ unless cv: asks", async () => {
  const files = {
    "_config.yml": CONFIG,
    "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
    "_data/cv.json": JSON.stringify(RESUME),
    "index.md": "---\nlayout: default\n---\nHello.\n",
  };
  const dir = site(files);
  const asked = site({ ...files, "_config.yml": `${CONFIG}cv:\n  pdf: true\n` });
  try {
    const out = await built(dir);
    assert.equal(existsSync(join(out, "cv.pdf")), false);
    assert.equal(existsSync(join(out, "cv")), false);
    const outAsked = await built(asked);
    assert.equal(readFileSync(join(outAsked, "cv.pdf")).subarray(0, 5).toString(), "%PDF-");
    assert.equal(existsSync(join(outAsked, "cv")), false, "the page needs the theme's layout");
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(asked, { recursive: true, force: true });
  }
});

test("a page of the site at /cv/ is kept; cv: false turns the CV off", async () => {
  const own = site({
    "_config.yml": `${CONFIG}include: ["_pages"]\n`,
    "_data/cv.yml": "work:\n  - name: Somewhere\n    position: Lecturer\n",
    "_pages/cv.md": "---\ntitle: My own CV\npermalink: /cv/\n---\nWritten by hand.\n",
    "index.md": "---\ntitle: Home\n---\nHello.\n",
  });
  const off = site({
    "_config.yml": `${CONFIG}cv: false\n`,
    "_data/cv.yml": "work:\n  - name: Somewhere\n",
    "index.md": "---\ntitle: Home\n---\nHi\n",
  });
  try {
    const out = await built(own);
    const html = readFileSync(join(out, "cv", "index.html"), "utf8");
    assert.match(html, /Written by hand\./);
    assert.ok(!html.includes('class="cv-entry"'));
    assert.ok(existsSync(join(out, "cv.pdf")), "the PDF is still made");
    const outOff = await built(off);
    assert.equal(existsSync(join(outOff, "cv.pdf")), false);
    assert.equal(existsSync(join(outOff, "cv", "index.html")), false);
    assert.ok(!readFileSync(join(outOff, "index.html"), "utf8").includes("cv.pdf"), "no link in the author card");
  } finally {
    rmSync(own, { recursive: true, force: true });
    rmSync(off, { recursive: true, force: true });
  }
});

test("cv.yml and cv.json with the same keys give the same CV", () => {
  const yaml = parseYaml(
    'basics:\n  name: Ada Example\n  email: ada@example.org\nwork:\n  - company: Somewhere\n    position: Lecturer\n    startDate: 2021-02-01\n    endDate: "2022-03"\n',
  ) as Record<string, unknown>;
  const json = JSON.parse(
    '{"basics":{"name":"Ada Example","email":"ada@example.org"},"work":[{"company":"Somewhere","position":"Lecturer","startDate":"2021-02-01","endDate":"2022-03"}]}',
  ) as Record<string, unknown>;
  assert.deepEqual(resumeSection(yaml, "work"), resumeSection(json, "work"));
  assert.deepEqual(resumeHeader(yaml, {}), resumeHeader(json, {}));
  assert.equal(resumeSection(json, "work")?.entries[0]?.date, "Feb 2021 – Mar 2022");
});

test("characters the PDF's font lacks are named in a warning that says how to fix it", async () => {
  const dir = site({
    "_config.yml": CONFIG,
    "_data/cv.yml": "education:\n  - institution: 北京邮电大学\n    studyType: Master\n",
    "index.md": "---\ntitle: Home\n---\nHi\n",
  });
  try {
    const { lines, logger } = recordingLogger();
    await build({
      source: dir,
      destination: join(dir, "_site"),
      quiet: true,
      time: new Date(1798761600 * 1000),
      logger,
    });
    const warning = lines.find((l) => l.includes("cv.pdf"));
    assert.ok(warning, `a warning about cv.pdf among ${JSON.stringify(lines)}`);
    assert.match(warning, /北 京 邮 电 大 学/);
    assert.match(warning, /cv\.fonts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
