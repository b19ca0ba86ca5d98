import { test } from "node:test";
import assert from "node:assert/strict";
import { hintsOf } from "./helpers.js";

const PUBS_PAGE = `---
permalink: /publications/
---
{% for category in site.publication_category %}<h2>{{ category[1].title }}</h2>{% for post in site.publications reversed %}{% if post.category != category[0] %}{% continue %}{% endif %}<p>{{ post.title }}</p>{% endfor %}{% endfor %}
`;
const PUBS_CONFIG =
  "title: t\ninclude: [_pages]\ncollections:\n  publications:\n    output: true\npublication_category:\n  books:\n    title: Books\n  manuscripts:\n    title: Journal Articles\n";

test("a publication whose category is no publication_category key is named with file and line", async () => {
  const { hints } = await hintsOf({
    "_config.yml": PUBS_CONFIG,
    "_pages/publications.html": PUBS_PAGE,
    "_publications/2024-ok.md": "---\ntitle: Listed\ncategory: books\n---\nx\n",
    "_publications/2024-typo.md": "---\ntitle: Vanishes\nvenue: V\ncategory: manuscript\n---\nx\n",
    "_publications/2024-none.md": "---\ntitle: No category\n---\nx\n",
  });
  assert.deepEqual(
    hints.filter((h) => h.includes("publication_category")),
    [
      "_publications/2024-none.md: has no category matching a key of publication_category ('books', 'manuscripts') in _config.yml: the publications page will not list it",
      "_publications/2024-typo.md:4: has category 'manuscript', which matches no key of publication_category ('books', 'manuscripts') in _config.yml: the publications page will not list it",
    ],
  );
});

test("no category hint when no page lists publications by publication_category", async () => {
  const { hints } = await hintsOf({
    "_config.yml": PUBS_CONFIG,
    "pubs.html": "---\n---\n{% for p in site.publications %}{{ p.title }}{% endfor %}\n",
    "_publications/p.md": "---\ntitle: P\ncategory: elsewhere\n---\nx\n",
  });
  assert.deepEqual(hints, []);
});

test("an avatar missing from images/ is hinted at its config line; a present one is not", async () => {
  const missing = await hintsOf({
    "_config.yml": "title: t\nauthor:\n  name: Ada\n  avatar: profile.png\n",
    "index.md": "---\n---\nx\n",
  });
  assert.deepEqual(missing.hints, [
    "_config.yml:4: author.avatar 'profile.png' does not exist (looked for images/profile.png and profile.png); the profile picture will be a broken image",
  ]);
  const present = await hintsOf({
    "_config.yml": "title: t\nauthor:\n  avatar: profile.png\n",
    "images/profile.png": "png",
    "index.md": "---\n---\nx\n",
  });
  assert.deepEqual(present.hints, []);
  const remote = await hintsOf({
    "_config.yml": "title: t\nauthor:\n  avatar: https://example.org/me.png\n",
    "index.md": "---\n---\nx\n",
  });
  assert.deepEqual(remote.hints, []);
});

test("url with a trailing slash or the baseurl in it, baseurl without leading or with trailing slash", async () => {
  const trailing = await hintsOf({ "_config.yml": "title: t\nurl: https://ada.github.io/\n" });
  assert.match(trailing.hints.join("\n"), /^_config\.yml:2: url 'https:\/\/ada\.github\.io\/' ends with '\/'/);
  const doubled = await hintsOf({ "_config.yml": "title: t\nbaseurl: /proj\nurl: https://ada.github.io/proj\n" });
  assert.deepEqual(doubled.hints, [
    "_config.yml:3: url 'https://ada.github.io/proj' contains the baseurl '/proj': absolute links get it twice; url is the scheme and host only",
  ]);
  const relative = await hintsOf({ "_config.yml": "title: t\nbaseurl: proj\n" });
  assert.match(relative.hints.join("\n"), /^_config\.yml:2: baseurl 'proj' does not start with '\/'.*write '\/proj'$/);
  const slash = await hintsOf({ "_config.yml": 'title: t\nbaseurl: "/"\n' });
  assert.match(slash.hints.join("\n"), /^_config\.yml:2: baseurl '\/' ends with '\/'.*leave baseurl empty$/);
  const fine = await hintsOf({
    "_config.yml": "title: t\nurl: https://ada.github.io\nbaseurl: /proj\n",
    "index.md": "---\n---\nx\n",
  });
  assert.deepEqual(fine.hints, []);
});

test("LaTeX commands in Markdown: one hint per file with the count and the first line, not in code or math", async () => {
  const { hints } = await hintsOf({
    "_config.yml": "title: t\n",
    "about.md":
      "---\ntitle: About\n---\nHello.\n\nI am \\textbf{Keqing He}, see \\cite{he2024} and \\textbf{more}.\n\n`\\textbf{in code}` and $$\\textbf{in math}$$\n\n```\n\\emph{fenced}\n```\n",
    "clean.md": "---\n---\nMath only: $$\\emph{x}$$ and \\( \\textit{y} \\)\n",
    "page.html": "---\n---\n\\textbf{html is not Markdown}\n",
  });
  assert.deepEqual(hints, [
    "about.md:6: 3 LaTeX commands (\\textbf ×2, \\cite) will show literally: Markdown does not run LaTeX; write **bold**, a link or a written reference instead",
  ]);
});

test("with markdown_latex_text, only the LaTeX commands it does not render are hinted", async () => {
  const { hints } = await hintsOf({
    "_config.yml": "title: t\nmarkdown_latex_text: true\n",
    "about.md": "---\ntitle: About\n---\nI am \\textbf{Keqing He} and \\emph{more}.\n\nSee \\cite{he2024}.\n",
    "bold.md": "---\n---\n\\textbf{only bold}\n",
  });
  assert.deepEqual(hints, [
    "about.md:6: 1 LaTeX command (\\cite) will show literally: Markdown does not run LaTeX; write a link or a written reference instead",
  ]);
});

test("links to pages no file produces are hinted once per URL, at the line that writes them", async () => {
  const { hints } = await hintsOf({
    "_config.yml": "title: t\nbaseurl: /proj\n",
    "_layouts/default.html": "---\n---\n<nav><a href=\"{{ '/talks/' | relative_url }}\">Talks</a></nav>{{ content }}\n",
    "index.md":
      "---\nlayout: default\n---\n[cv]({{ '/files/cv.pdf' | relative_url }}) [about]({{ '/about/' | relative_url }}) [root](/about/)\n",
    "about.md": "---\nlayout: default\npermalink: /about/\n---\nabout\n",
  });
  assert.deepEqual(hints, [
    "_layouts/default.html:3: link to /proj/talks/ leads to no page or file of this site (in the output of about.md and index.md)",
    "index.md:4: link to /proj/files/cv.pdf leads to no page or file of this site (in the output of index.md)",
    "index.md:4: link to /about/ lacks the baseurl '/proj' (it works only at the host's root); use {{ '/about/' | relative_url }} (in the output of index.md)",
  ]);
});

test("hints are warnings, not problems: --strict still builds", async () => {
  const { hints, warnings } = await hintsOf(
    { "_config.yml": "title: t\n", "index.md": "---\n---\n\\emph{x}\n" },
    { strict: true },
  );
  assert.equal(hints.length, 1);
  assert.equal(warnings.length, 1);
});
