/**
 * The synthetic academic site's content: a seeded PRNG and the publications it draws.
 * Every engine flavour renders exactly these records, so each engine does the same work.
 */

/** A small, fast, seeded PRNG (mulberry32): the same seed always yields the same sequence. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One publication page: front-matter fields plus a Markdown body. */
export interface Publication {
  /** File name without extension; also the last URL segment. */
  slug: string;
  title: string;
  /** ISO date, YYYY-MM-DD (always in the past, so no engine hides it as future-dated). */
  date: string;
  venue: string;
  authors: string[];
  /** Markdown with headings, a list, emphasis, a link and a fenced code block. */
  body: string;
}

/** The site-wide data every flavour shows in its sidebar. */
export interface SiteInfo {
  title: string;
  author: string;
  links: { label: string; url: string }[];
}

/** The site's owner and sidebar links (fixed, so every flavour's sidebar is identical). */
export const SITE: SiteInfo = {
  title: "Ada Example's academic pages",
  author: "Ada Example",
  links: [
    { label: "Email", url: "mailto:ada@example.org" },
    { label: "Google Scholar", url: "https://scholar.example.org/ada" },
    { label: "ORCID", url: "https://orcid.example.org/0000-0002-0000-0000" },
    { label: "GitHub", url: "https://github.example.org/ada" },
    { label: "Mastodon", url: "https://social.example.org/@ada" },
  ],
};

const WORDS = (
  "model data network learning graph signal protein climate sparse robust adaptive stochastic " +
  "inference estimation kernel spectral quantum molecular neural causal bayesian optimal dynamic " +
  "structure method analysis system theory measure field flow energy scale process sample error " +
  "bound convergence regression feature transfer memory latency cluster variance manifold tensor"
).split(" ");
const SURNAMES =
  "Okafor Lindqvist Tanaka Moreau Silva Novak Haddad Kowalski Nguyen Fischer Rossi Adeyemi Chen Dubois Ivanova Patel".split(
    " ",
  );
const GIVEN = "A. B. C. D. E. F. G. H. J. K. L. M. N. P. R. S.".split(" ");
const VENUES = [
  "Journal of Synthetic Results",
  "Proceedings of the Conference on Example Methods",
  "Transactions on Imaginary Systems",
  "Workshop on Reproducible Benchmarks",
  "Letters in Placeholder Science",
];
const LANGS = ["python", "javascript", "ruby"];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function words(rand: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(rand, WORDS));
  return out.join(" ");
}

function sentence(rand: () => number): string {
  const s = words(rand, 8 + Math.floor(rand() * 10));
  return s[0]!.toUpperCase() + s.slice(1) + ".";
}

function paragraph(rand: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rand));
  return out.join(" ");
}

function code(rand: () => number, lang: string): string {
  const name = pick(rand, WORDS);
  if (lang === "python")
    return `def ${name}(xs):\n    total = 0\n    for x in xs:\n        total += x * ${1 + Math.floor(rand() * 9)}\n    return total`;
  if (lang === "ruby") return `def ${name}(xs)\n  xs.sum { |x| x * ${1 + Math.floor(rand() * 9)} }\nend`;
  return `function ${name}(xs) {\n  return xs.reduce((a, x) => a + x * ${1 + Math.floor(rand() * 9)}, 0);\n}`;
}

function body(rand: () => number, index: number): string {
  const items: string[] = [];
  const count = 3 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) items.push(`- ${sentence(rand)}`);
  const lang = pick(rand, LANGS);
  return [
    "## Abstract",
    "",
    `${paragraph(rand, 3)} We show that *${words(rand, 2)}* improves **${words(rand, 2)}** in practice. ` +
      `The full text is available from [the publisher](https://doi.example.org/10.5555/synthetic.${index}).`,
    "",
    "## Contributions",
    "",
    ...items,
    "",
    "### Reference implementation",
    "",
    "```" + lang,
    code(rand, lang),
    "```",
    "",
    paragraph(rand, 4),
    "",
  ].join("\n");
}

function title(rand: () => number): string {
  const t = words(rand, 4 + Math.floor(rand() * 4));
  return t
    .split(" ")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ");
}

/** The N publications of the synthetic site, identical for a given seed. */
export function publications(n: number, seed = 1): Publication[] {
  const rand = createRandom(seed);
  const out: Publication[] = [];
  for (let i = 1; i <= n; i++) {
    const year = 1995 + Math.floor(rand() * 30);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const authors: string[] = [SITE.author];
    const extra = 1 + Math.floor(rand() * 4);
    for (let a = 0; a < extra; a++) authors.push(`${pick(rand, GIVEN)} ${pick(rand, SURNAMES)}`);
    if (rand() < 0.5) authors.reverse();
    const t = title(rand);
    out.push({
      slug: `${date.slice(0, 4)}-paper-${String(i).padStart(5, "0")}`,
      title: t,
      date,
      venue: pick(rand, VENUES),
      authors,
      body: body(rand, i),
    });
  }
  return out;
}

/** YAML front matter shared by all flavours (title, date, venue, authors); `extra` lines are appended. */
export function frontMatter(pub: Publication, extra: string[] = []): string {
  const quote = (s: string): string => JSON.stringify(s);
  return [
    "---",
    `title: ${quote(pub.title)}`,
    `date: ${pub.date}`,
    `venue: ${quote(pub.venue)}`,
    "authors:",
    ...pub.authors.map((a) => `  - ${quote(a)}`),
    ...extra,
    "---",
    "",
  ].join("\n");
}
