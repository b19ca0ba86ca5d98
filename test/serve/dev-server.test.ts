import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { startDevServer, type DevServer, type DevServerOptions } from "../../src/serve/index.js";
import type { BuildReport } from "../../src/serve/builder.js";
import { tempSite, writeFiles, removeDir, get, LiveClient } from "./helpers.js";
import { sameTree } from "./same-tree.js";

const SITE: Record<string, string> = {
  "_config.yml": 'title: Serve Test\nexcerpt_separator: "<!--more-->"\n',
  "_layouts/default.html": `---
---
<!doctype html><html><head><title>{{ page.title }} - {{ site.title }}</title><link rel="stylesheet" href="{{ '/assets/main.css' | relative_url }}"></head>
<body>{% include nav.html %}<main>{{ content }}</main></body></html>
`,
  "_includes/nav.html": "<nav>NAV-1</nav>",
  "index.html": `---
layout: default
title: Home
---
<ul>{% for post in site.posts %}<li>{{ post.title }}: {{ post.excerpt | strip_html | strip }}</li>{% endfor %}</ul>
`,
  "_posts/2020-01-01-first.md": "---\nlayout: default\ntitle: First\n---\nFirst body ALPHA.\n",
  "_posts/2020-02-01-second.md": "---\nlayout: default\ntitle: Second\n---\nSecond body.\n",
  "about.md": "---\nlayout: default\ntitle: About\n---\nAbout me, version one.\n",
  "404.html": "---\nlayout: default\ntitle: Lost\n---\nNOT-FOUND-PAGE\n",
  "assets/main.scss": '---\n---\n@import "vars";\nbody { color: $fg; }\n',
  "_sass/_vars.scss": "$fg: #111111;\n",
  "files/note.txt": "plain note\n",
  "all-pages.md": "---\nlayout: default\ntitle: All pages\n---\n{% for p in site.pages %}{{ p.url }} {% endfor %}\n",
};

interface Running {
  dir: string;
  server: DevServer;
  live: LiveClient;
  builds: BuildReport[];
  errors: string[];
  done(): Promise<void>;
}

async function serve(files: Record<string, string> = SITE, extra: DevServerOptions = {}): Promise<Running> {
  const dir = tempSite(files);
  const errors: string[] = [];
  const server = await startDevServer({
    source: dir,
    port: 0,
    quiet: true,
    print: () => undefined,
    printError: (t) => void errors.push(t),
    logger: silent,
    ...extra,
  });
  const builds: BuildReport[] = [];
  server.on("built", (r: BuildReport) => builds.push(r));
  const live =
    extra.livereload === false ? (undefined as unknown as LiveClient) : await LiveClient.connect(server.port);
  return {
    dir,
    server,
    live,
    builds,
    errors,
    async done() {
      live?.disconnect();
      await server.close();
      removeDir(dir);
    },
  };
}

const silent = { info() {}, warn() {}, error() {}, debug() {} };

function edit(dir: string, rel: string, text: string): void {
  writeFileSync(join(dir, rel), text);
}

test("serves the build under GitHub Pages rules, with the live-reload script in served HTML only", async () => {
  const r = await serve();
  try {
    const home = await get(r.server.port, "/");
    assert.equal(home.status, 200);
    assert.equal(home.headers["content-type"], "text/html; charset=utf-8");
    assert.match(home.body, /<li>Second: Second body\.<\/li><li>First: First body ALPHA\.<\/li>/);
    assert.match(home.body, /<script data-lectern-live>[\s\S]*<\/script><\/body>/);
    assert.ok(
      !readFileSync(join(r.dir, "_site/index.html"), "utf8").includes("data-lectern-live"),
      "the file on disk has no script",
    );
    const about = await get(r.server.port, "/about");
    assert.equal(about.status, 200);
    assert.match(about.body, /About me, version one\./);
    const css = await get(r.server.port, "/assets/main.css");
    assert.equal(css.headers["content-type"], "text/css; charset=utf-8");
    assert.match(css.body, /color: #111111/);
    assert.ok(!css.body.includes("lectern"), "no script in CSS");
    const part = await get(r.server.port, "/files/note.txt", "GET", { Range: "bytes=6-9" });
    assert.equal(part.status, 206);
    assert.equal(part.body, "note");
    assert.equal(part.headers["content-range"], "bytes 6-9/11");
    const note = await get(r.server.port, "/files/note.txt");
    assert.equal(note.body, "plain note\n");
    assert.equal(note.headers["content-type"], "text/plain; charset=utf-8");
    const missing = await get(r.server.port, "/no/such/page");
    assert.equal(missing.status, 404);
    assert.match(missing.body, /NOT-FOUND-PAGE/);
    const dir = await get(r.server.port, "/2020/01/01");
    assert.equal(dir.status, 301);
    assert.equal(dir.headers["location"], "/2020/01/01/");
    assert.equal((await get(r.server.port, "/about.html", "HEAD")).status, 200);
    assert.equal((await get(r.server.port, "/about.html", "POST")).status, 405);
  } finally {
    await r.done();
  }
});

test("requests never read outside the destination: 403/404 and no leaked bytes", async () => {
  const r = await serve();
  try {
    writeFileSync(join(r.dir, "SECRET.txt"), "TOP-SECRET");
    const attempts = [
      "/../_config.yml",
      "/%2e%2e/_config.yml",
      "/%2E%2E/%2e%2e/_config.yml",
      "/..%2f_config.yml",
      "/..%2F..%2FSECRET.txt",
      "/assets/..%5c..%5c_config.yml",
      "/..\\_config.yml",
      "/files/../../SECRET.txt",
      "/%00",
      "/" + join(r.dir, "SECRET.txt"),
      "//" + join(r.dir, "SECRET.txt").slice(1),
    ];
    for (const path of attempts) {
      const res = await get(r.server.port, path);
      assert.ok(res.status === 403 || res.status === 404, `${path} answered ${res.status}`);
      assert.ok(!res.body.includes("TOP-SECRET") && !res.body.includes("Serve Test\nexcerpt"), `${path} leaked`);
    }
  } finally {
    await r.done();
  }
});

test("editing a post's body: reload message, new page and listing served, rebuilt incrementally as a full build would", async () => {
  const r = await serve();
  try {
    edit(r.dir, "_posts/2020-01-01-first.md", "---\nlayout: default\ntitle: First\n---\nFirst body BETA.\n");
    const msg = await r.live.next((m) => m.type === "reload");
    assert.ok(
      msg.type === "reload" && msg.paths.includes("/2020/01/01/first.html") && msg.paths.includes("/index.html"),
      JSON.stringify(msg),
    );
    assert.match((await get(r.server.port, "/2020/01/01/first")).body, /First body BETA\./);
    assert.match((await get(r.server.port, "/")).body, /<li>First: First body BETA\.<\/li>/);
    assert.equal(r.builds.at(-1)?.kind, "incremental");
    assert.ok(r.builds.at(-1)!.rendered < 4, `only the post and what reads it: ${r.builds.at(-1)!.rendered}`);
    await sameTree(r.dir, r.server.port);
  } finally {
    await r.done();
  }
});

test("a layout or include change re-renders the pages that use it", async () => {
  const r = await serve();
  try {
    edit(r.dir, "_includes/nav.html", "<nav>NAV-2</nav>");
    await r.live.next((m) => m.type === "reload");
    for (const path of ["/", "/about", "/2020/02/01/second", "/404.html"])
      assert.match((await get(r.server.port, path)).body, /NAV-2/, path);
    assert.equal(r.builds.at(-1)?.kind, "incremental");
    edit(r.dir, "_layouts/default.html", SITE["_layouts/default.html"]!.replace("<main>", '<main class="v2">'));
    await r.live.next((m) => m.type === "reload");
    assert.match((await get(r.server.port, "/about")).body, /<main class="v2">/);
    assert.equal(r.builds.at(-1)?.kind, "incremental");
    await sameTree(r.dir, r.server.port);
  } finally {
    await r.done();
  }
});

test("a front-matter or config change rebuilds everything", async () => {
  const r = await serve();
  try {
    edit(r.dir, "_posts/2020-01-01-first.md", "---\nlayout: default\ntitle: Renamed\n---\nFirst body ALPHA.\n");
    await r.live.next((m) => m.type === "reload");
    assert.equal(r.builds.at(-1)?.kind, "full");
    assert.match(r.builds.at(-1)?.reason ?? "", /front matter of _posts\/2020-01-01-first\.md changed/);
    assert.match((await get(r.server.port, "/")).body, /<li>Renamed: First body ALPHA\.<\/li>/);
    edit(r.dir, "_config.yml", 'title: Serve Test Two\nexcerpt_separator: "<!--more-->"\n');
    await r.live.next((m) => m.type === "reload");
    assert.equal(r.builds.at(-1)?.kind, "full");
    assert.match(r.builds.at(-1)?.reason ?? "", /_config\.yml is configuration/);
    await sameTree(r.dir, r.server.port);
  } finally {
    await r.done();
  }
});

test("a Sass change swaps the stylesheet without a reload", async () => {
  const r = await serve();
  try {
    edit(r.dir, "_sass/_vars.scss", "$fg: #222222;\n");
    const msg = await r.live.next((m) => m.type === "css" || m.type === "reload");
    assert.equal(msg.type, "css");
    assert.ok(msg.type === "css" && msg.paths.includes("/assets/main.css"), JSON.stringify(msg));
    assert.match((await get(r.server.port, "/assets/main.css")).body, /color: #222222/);
  } finally {
    await r.done();
  }
});

test("a broken edit (Liquid, YAML, Sass) keeps the last good build served and shows an overlay until fixed", async () => {
  const r = await serve();
  try {
    const broken: Array<[string, string, RegExp]> = [
      ["about.md", "---\nlayout: default\ntitle: About\n---\nAbout {% if %} broken.\n", /about\.md:5/],
      ["about.md", "---\nlayout: default\ntitle: [About\n---\nAbout me, broken yaml.\n", /about\.md:\d/],
      ["_sass/_vars.scss", "$fg: #333333\nbroken {", /_vars\.scss/],
    ];
    for (const [rel, text, where] of broken) {
      const good = SITE[rel]!;
      edit(r.dir, rel, text);
      const msg = await r.live.next((m) => m.type !== "hello");
      assert.equal(msg.type, "error", `${rel}: ${JSON.stringify(msg)}`);
      assert.ok(msg.type === "error" && where.test(msg.message), msg.type === "error" ? msg.message : "");
      assert.match(r.errors.join("\n"), where, "the terminal got the error too");
      assert.match((await get(r.server.port, "/about")).body, /About me, version one\./, "last good page still served");
      assert.match((await get(r.server.port, "/assets/main.css")).body, /color: #111111/);
      const late = await LiveClient.connect(r.server.port);
      assert.equal(
        (await late.next((m) => m.type === "error", 5_000)).type,
        "error",
        "a page opened now shows the overlay too",
      );
      late.disconnect();
      edit(r.dir, rel, good.replace("version one", "version two").replace("#111111", "#111112"));
      const fixed = await r.live.next((m) => m.type !== "hello");
      assert.ok(fixed.type === "reload" || fixed.type === "css", JSON.stringify(fixed));
      edit(r.dir, rel, good);
      await r.live.next((m) => m.type === "reload" || m.type === "css");
    }
    assert.match((await get(r.server.port, "/about")).body, /About me, version one\./);
    await sameTree(r.dir, r.server.port);
  } finally {
    await r.done();
  }
});

test("new and deleted pages; rapid saves coalesce and the last one wins", async () => {
  const r = await serve();
  try {
    writeFiles(r.dir, { "extra.md": "---\nlayout: default\ntitle: Extra\n---\nEXTRA page\n" });
    await r.live.next((m) => m.type === "reload");
    assert.match((await get(r.server.port, "/extra")).body, /EXTRA page/);
    rmSync(join(r.dir, "extra.md"));
    await r.live.next((m) => m.type === "reload");
    assert.equal((await get(r.server.port, "/extra")).status, 404);
    const before = r.builds.length;
    for (let i = 1; i <= 12; i++)
      edit(r.dir, "about.md", `---\nlayout: default\ntitle: About\n---\nSave number ${i}.\n`);
    const deadline = Date.now() + 10_000;
    while (!/Save number 12\./.test((await get(r.server.port, "/about")).body)) {
      assert.ok(Date.now() < deadline, "the last save was served");
      await r.live.next((m) => m.type === "reload", 10_000);
    }
    await r.server.idle();
    assert.ok(r.builds.length - before < 12, `12 saves took ${r.builds.length - before} builds`);
  } finally {
    await r.done();
  }
});

test("the site is served under its baseurl", async () => {
  const r = await serve({ ...SITE, "_config.yml": "title: Based\nbaseurl: /blog\n" });
  try {
    assert.ok(r.server.url.endsWith("/blog/"), r.server.url);
    const root = await get(r.server.port, "/");
    assert.equal(root.status, 301);
    assert.equal(root.headers["location"], "/blog/");
    assert.match((await get(r.server.port, "/blog/about")).body, /About me/);
    assert.match((await get(r.server.port, "/blog/")).body, /href="\/blog\/assets\/main\.css"/);
    assert.equal((await get(r.server.port, "/about")).status, 404);
    edit(r.dir, "_sass/_vars.scss", "$fg: #444444;\n");
    const msg = await r.live.next((m) => m.type === "css");
    assert.ok(msg.type === "css" && msg.paths.includes("/blog/assets/main.css"), JSON.stringify(msg));
  } finally {
    await r.done();
  }
});

test("--no-livereload serves plain files and no event channel; a failing first build still serves and recovers", async () => {
  const r = await serve({ ...SITE, "about.md": "---\nlayout: default\n---\n{% endif %}\n" }, { livereload: false });
  try {
    assert.equal(r.server.initial, undefined, "first build failed");
    assert.match(r.errors.join("\n"), /about\.md/);
    assert.equal((await get(r.server.port, "/__lectern/events")).status, 404);
    const built = new Promise((ok) => r.server.once("built", ok));
    edit(r.dir, "about.md", SITE["about.md"]!);
    await built;
    const about = await get(r.server.port, "/about");
    assert.match(about.body, /About me/);
    assert.ok(!about.body.includes("data-lectern-live"));
    assert.ok(existsSync(join(r.dir, "_site/index.html")));
  } finally {
    await r.done();
  }
});

test("items that read other items' content see them as a full build would (earlier ones rendered, later ones raw)", async () => {
  const files: Record<string, string> = {
    "_config.yml": "title: Order\n",
    "_layouts/post.html":
      "---\n---\n<article>{{ content }}</article>\n<aside>{% for p in site.posts %}[{{ p.title }}: {{ p.content | strip_html | number_of_words }} words, {{ p.content | size }} chars]{% endfor %}</aside>\n",
    "_posts/2020-01-01-a.md": "---\nlayout: post\ntitle: A\n---\nAlpha *one* two.\n",
    "_posts/2020-01-02-b.md": "---\nlayout: post\ntitle: B\n---\nBeta *one* two three.\n",
    "_layouts/plain.html": "---\n---\n<article>{{ content }}</article>\n",
    "_posts/2020-01-03-c.md": "---\nlayout: plain\ntitle: C\n---\nGamma *one*.\n",
    "list.html": "---\n---\n{% for p in site.posts %}<section>{{ p.content }}</section>{% endfor %}\n",
  };
  const r = await serve(files);
  try {
    edit(r.dir, "_posts/2020-01-01-a.md", "---\nlayout: post\ntitle: A\n---\nAlpha *one* two three four five.\n");
    await r.live.next((m) => m.type === "reload");
    assert.equal(r.builds.at(-1)?.kind, "incremental");
    assert.equal(r.builds.at(-1)?.rendered, 3, "A, B (reads A) and the list; not C");
    assert.match((await get(r.server.port, "/list.html")).body, /Alpha <em>one<\/em> two three four five\./);
    assert.match(
      (await get(r.server.port, "/2020/01/02/b.html")).body,
      /\[C: 2 words, 13 chars\]/,
      "C seen unrendered, as in a full build",
    );
    await sameTree(r.dir, r.server.port);
    edit(r.dir, "_layouts/post.html", files["_layouts/post.html"]!.replace("<article>", '<article class="x">'));
    await r.live.next((m) => m.type === "reload");
    assert.equal(r.builds.at(-1)?.kind, "incremental");
    await sameTree(r.dir, r.server.port);
  } finally {
    await r.done();
  }
});

test("a file pulled in with include_relative re-renders the pages that include it", async () => {
  const r = await serve({
    ...SITE,
    "about.md": "---\nlayout: default\ntitle: About\n---\nAbout: {% include_relative snippets/bio.txt %}\n",
    "snippets/bio.txt": "BIO-ONE",
  });
  try {
    assert.match((await get(r.server.port, "/about")).body, /About: BIO-ONE/);
    edit(r.dir, "snippets/bio.txt", "BIO-TWO");
    await r.live.next((m) => m.type === "reload");
    assert.match((await get(r.server.port, "/about")).body, /About: BIO-TWO/);
    assert.equal((await get(r.server.port, "/snippets/bio.txt")).body, "BIO-TWO", "the static copy is updated too");
    assert.equal(r.builds.at(-1)?.kind, "incremental");
    await sameTree(r.dir, r.server.port);
  } finally {
    await r.done();
  }
});

test("with the academicpages plugins (feed, sitemap, paginate, jemoji), a post edit is incremental and equals a full build", async () => {
  const time = new Date("2027-01-01T00:00:00Z");
  const posts = Object.fromEntries(
    Array.from({ length: 5 }, (_, i) => [
      `_posts/2020-01-0${i + 1}-p${i + 1}.md`,
      `---\nlayout: default\ntitle: Post ${i + 1}\ntags: [t${i % 2}]\n---\nBody of post ${i + 1} :smile:\n\n<!--more-->\n\nMore.\n`,
    ]),
  );
  const files: Record<string, string> = {
    ...SITE,
    "_config.yml":
      'title: Plugins\nurl: https://example.org\nexcerpt_separator: "<!--more-->"\npaginate: 2\npaginate_path: /page:num/\nplugins:\n  - jekyll-feed\n  - jekyll-sitemap\n  - jekyll-paginate\n  - jemoji\n',
    "index.html":
      "---\nlayout: default\ntitle: Home\n---\n{% for post in paginator.posts %}<h2>{{ post.title }}</h2>{{ post.excerpt }}{% endfor %}\n",
    ...posts,
  };
  delete files["_posts/2020-01-01-first.md"];
  delete files["_posts/2020-02-01-second.md"];
  const r = await serve(files, { time });
  try {
    edit(
      r.dir,
      "_posts/2020-01-05-p5.md",
      "---\nlayout: default\ntitle: Post 5\ntags: [t0]\n---\nBody of post 5 changed :tada:\n\n<!--more-->\n\nMore.\n",
    );
    const msg = await r.live.next((m) => m.type === "reload");
    assert.equal(r.builds.at(-1)?.kind, "incremental", r.builds.at(-1)?.reason ?? "");
    assert.ok(
      msg.type === "reload" && msg.paths.includes("/feed.xml") && msg.paths.includes("/index.html"),
      JSON.stringify(msg),
    );
    assert.match((await get(r.server.port, "/")).body, /Body of post 5 changed/);
    await sameTree(r.dir, r.server.port, time);
  } finally {
    await r.done();
  }
});
