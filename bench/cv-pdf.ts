/**
 * Times the CV's PDF of the example: reads and generates the site once (the CV plugin's model is the `/cv/` page's
 * `page.cv`), then typesets the PDF RUNS times in this process and prints each time and the median. With `--write FILE`
 * it typesets once into FILE, for timing the whole process from outside (farm-bench).
 *   node dist/bench/cv-pdf.js [RUNS]            node dist/bench/cv-pdf.js --write /tmp/cv.pdf
 */
import { writeFileSync } from "node:fs";
import { Site } from "../src/site.js";
import { exampleRoot } from "../src/theme/index.js";
import { fontFiles } from "../src/plugins/cv/fonts.js";
import { cvPdf } from "../src/plugins/cv/pdf.js";
import type { Cv } from "../src/plugins/cv/model.js";
import { disposeSass } from "../src/render/sass/compile.js";

async function exampleCv(): Promise<Cv> {
  const site = new Site({
    source: exampleRoot(),
    quiet: true,
    time: new Date(1798761600 * 1000),
    disableDiskCache: true,
  });
  await site.reset();
  await site.read();
  await site.generate();
  disposeSass();
  const page = site.pages.find((p) => p.url === "/cv/");
  if (!page) throw new Error("the example has no /cv/ page");
  return page.data.cv as Cv;
}

async function main(): Promise<void> {
  const cv = await exampleCv();
  const options = {
    paper: "A4" as const,
    time: new Date(1798761600 * 1000),
    siteUrl: "https://helicqin.github.io",
    fonts: fontFiles(exampleRoot()),
  };
  const write = process.argv.indexOf("--write");
  if (write >= 0) {
    writeFileSync(process.argv[write + 1] ?? "cv.pdf", (await cvPdf(cv, options)).bytes);
    return;
  }
  const runs = Number(process.argv[2] ?? 10);
  const times: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    bytes = (await cvPdf(cv, options)).bytes.length;
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    times.push(performance.now() - t);
  }
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  console.log(
    `cpu: ${cpu.map((t) => t.toFixed(0)).join(", ")} ms; median ${cpuSorted[Math.floor(runs / 2)]!.toFixed(0)} ms`,
  );
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`runs: ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
  console.log(
    `first ${times[0]!.toFixed(0)} ms (loads pdfkit and the fonts), median ${sorted[Math.floor(runs / 2)]!.toFixed(0)} ms; ${(bytes / 1024).toFixed(1)} KB, ${cv.sections.reduce((n, s) => n + s.entries.length, 0)} entries`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
