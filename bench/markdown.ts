/**
 * Markdown throughput: Lectern's kramdown-compatible renderer beside plain markdown-it (html and
 * typographer on) on the same fixed corpus of generated academic-style pages (about 2 MB).
 * Run alone with `node dist/bench/markdown.js`.
 */
import { pathToFileURL } from "node:url";
import MarkdownIt from "markdown-it";
import { renderMarkdown } from "../src/render/markdown/index.js";

/** Deterministic pseudo-random numbers (mulberry32), so every run renders the same corpus. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "learning model neural data analysis method results robust graph language inference sparse bayesian network training optimal control theory spectral kernel signal dialogue reasoning alignment benchmark dataset evaluation".split(
    " ",
  );

function page(r: () => number, n: number): string {
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)]!;
  const words = (k: number): string => Array.from({ length: k }, () => pick(WORDS)).join(" ");
  const sentence = (): string => {
    const s = words(6 + Math.floor(r() * 12));
    const deco = [
      `*${words(2)}*`,
      `**${words(2)}**`,
      `[${words(2)}](https://example.org/${pick(WORDS)}_${n})`,
      `\`${pick(WORDS)}()\``,
      `"${words(3)}"`,
      `it's ${words(1)}`,
      `$$x_${n}^2$$`,
      `${words(1)} -- ${words(1)}`,
    ];
    return `${s[0]!.toUpperCase()}${s.slice(1)} ${pick(deco)} ${words(4)}.`;
  };
  const para = (): string => Array.from({ length: 3 + Math.floor(r() * 4) }, sentence).join(" ");
  const out: string[] = [para(), "", `## Research ${n}`, "", para(), ""];
  out.push(
    ...Array.from(
      { length: 4 },
      (_, i) =>
        `${i < 3 ? 1 : i}. **${words(5)}**, Venue ${2015 + (n % 10)}\n\t* ${words(4)}, \\textbf{Author ${n}}, ${words(2)}\n\t* [paper](https://arxiv.org/abs/${n}.${i}), [code](https://github.com/x/${pick(WORDS)})\n`,
    ),
  );
  out.push("", "### Notes", "", `* ${para()}`, `* ${sentence()}`, "    * nested " + sentence(), "");
  out.push(
    "| Year | Title | Venue |",
    "|------|:-----:|------:|",
    ...Array.from({ length: 4 }, (_, i) => `| ${2020 + i} | ${words(3)} | *${pick(WORDS)}* |`),
    "",
  );
  out.push("```python", `def f_${n}(x):`, `    return x * ${n}  # ${words(2)}`, "```", "");
  out.push("$$", `\\sum_{i=1}^{${n}} x_i = ${n}`, "$$", "");
  out.push(`A claim[^n${n}] and ${sentence()}`, "", `[^n${n}]: ${sentence()}`, "");
  out.push(
    `<div class="notice" markdown="1">`,
    `**Note:** ${sentence()}`,
    "</div>",
    "",
    `${para()}`,
    "{: .notice--info}",
    "",
  );
  out.push("> " + para(), "", "Term", `: ${sentence()}`, "");
  return out.join("\n");
}

/** The fixed benchmark corpus: about 2 MB of academic-style pages. */
export function markdownCorpus(targetBytes = 2_000_000): string[] {
  const r = rng(20260101);
  const pages: string[] = [];
  let size = 0;
  for (let n = 1; size < targetBytes; n++) {
    let p = "";
    while (p.length < 8000) p += page(r, n) + "\n";
    pages.push(p);
    size += Buffer.byteLength(p);
  }
  return pages;
}

/**
 * Times whole passes over the corpus, alternating between the renderers so both see the same machine
 * load; keeps each renderer's fastest pass (the least disturbed one).
 */
function measure(
  pages: string[],
  renderers: [string, (s: string) => string][],
): { name: string; mbPerSec: number; pagesPerSec: number }[] {
  const bytes = pages.reduce((a, p) => a + Buffer.byteLength(p), 0);
  for (const [, render] of renderers) for (const p of pages.slice(0, 20)) render(p);
  const best = renderers.map(() => Infinity);
  const start = performance.now();
  for (let round = 0; round < 3 || (round < 12 && performance.now() - start < 8000); round++) {
    renderers.forEach(([, render], i) => {
      const t = performance.now();
      for (const p of pages) render(p);
      best[i] = Math.min(best[i]!, performance.now() - t);
    });
  }
  return renderers.map(([name], i) => ({
    name,
    mbPerSec: bytes / 1e6 / (best[i]! / 1000),
    pagesPerSec: pages.length / (best[i]! / 1000),
  }));
}

/** Renders the corpus with Lectern and with markdown-it; resolves to throughput figures for both. */
export async function benchMarkdown(): Promise<{ name: string; mbPerSec: number; pagesPerSec: number }[]> {
  const pages = markdownCorpus();
  const md = new MarkdownIt({ html: true, typographer: true });
  return measure(pages, [
    ["lectern (kramdown rules)", (s) => renderMarkdown(s)],
    ["markdown-it (html, typographer)", (s) => md.render(s)],
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const pages = markdownCorpus();
  const mb = pages.reduce((a, p) => a + Buffer.byteLength(p), 0) / 1e6;
  const results = await benchMarkdown();
  console.log(`Markdown throughput on ${pages.length} generated pages (${mb.toFixed(2)} MB)\n`);
  console.log("| Renderer | MB/s | pages/s |\n|---|---:|---:|");
  for (const r of results) console.log(`| ${r.name} | ${r.mbPerSec.toFixed(2)} | ${r.pagesPerSec.toFixed(0)} |`);
  const [ours, theirs] = results;
  console.log(
    `\nLectern takes ${(theirs!.mbPerSec / ours!.mbPerSec).toFixed(2)}× markdown-it's time (target: at most 1.5×).`,
  );
}
