import { existsSync } from "node:fs";
import { join } from "node:path";
import type { GeneratorSite, Plugin, PluginApi } from "../types.js";
import { scholarOptions } from "../bibtex/options.js";
import { hashFile, hashOf, lecternVersion, packageVersion } from "../../cache/index.js";
import { cvOptions, type CvOptions } from "./options.js";
import { RESUME_SECTIONS, resumeHeader, resumeSection } from "./resume.js";
import { publicationsSection, talksSection, teachingSection } from "./collections.js";
import { fontFiles } from "./fonts.js";
import type { Cv, CvSection } from "./model.js";

/**
 * A CV from one source: `_data/cv.json` (JSON Resume, as the academicpages template has it) or `_data/cv.yml` (the
 * same keys), with publications from the site's `.bib` files or `_publications`, talks and teaching from their
 * collections. When the layout `cv-data` exists (the built-in theme has it) it writes the page `/cv/` and the PDF
 * `/cv.pdf`; a site with its own layouts gets them only when `cv:` in `_config.yml` asks (`pdf: true`, `page: true`),
 * and a page the site already has at the URL is kept.
 */
const plugin: Plugin = {
  name: "lectern-cv",
  setup(api: PluginApi) {
    const options = cvOptions(api.config as Record<string, unknown>, (m) => api.warn(m, "_config.yml"));
    if (options.enabled === false) return;
    api.generator((site) => generate(site, api, options), "low");
  },
};

export default plugin;

async function generate(site: GeneratorSite, api: PluginApi, options: CvOptions): Promise<void> {
  const data = isRecord(site.data.cv) ? site.data.cv : undefined;
  if (!(options.enabled ?? data !== undefined)) return;
  // The built-in theme's layout `cv-data` (or the site's own of that name) shows the page; without it (an academicpages
  // site with its own layouts) nothing is added unless `cv:` asks, so the site builds as Jekyll builds it.
  const theme = site.site.layouts.has("cv-data");
  const wantPage = options.page ?? theme;
  const wantPdf = options.pdf ?? (theme || options.enabled === true);
  if (!wantPage && !wantPdf) return;
  const config = site.config as Record<string, unknown>;
  const base = typeof config.baseurl === "string" ? config.baseurl.replace(/\/+$/, "") : "";
  const cv = buildCv(site, data ?? {}, base);
  const from = dataFile(api) ?? "_config.yml";
  if (wantPdf && !urlTaken(site, options.pdfUrl)) {
    cv.pdf_url = base + options.pdfUrl;
    const bytes = await pdfFor(cv, site, api, options);
    site.addFile(options.pdfUrl, bytes, from);
  }
  if (wantPage && !urlTaken(site, options.url)) {
    site.addPage({
      path: `${options.url.replace(/^\/+|\/+$/g, "") || "cv"}/index.html`,
      url: options.url,
      frontMatter: { layout: "cv-data", title: options.title, author_profile: true, cv },
      content: "",
      renderWithLiquid: false,
    });
  }
}

/** The CV's model: header from `basics` (and `author:`), then the sections in a CV's usual order. */
export function buildCv(site: GeneratorSite, data: Record<string, unknown>, base: string): Cv {
  const config = site.config as Record<string, unknown>;
  const author = isRecord(config.author) ? config.author : {};
  const me = scholarOptions(config).me;
  const own: Record<string, CvSection | undefined> = {
    publications: publicationsSection(site, me, base),
    presentations: talksSection(site, base),
    teaching: teachingSection(site, base),
  };
  const sections = RESUME_SECTIONS.map((s) => own[s.key] ?? resumeSection(data, s.key)).filter(
    (s): s is CvSection => s !== undefined,
  );
  return { ...resumeHeader(data, author), sections };
}

/** The PDF's bytes: from the build cache when the CV, the options, the fonts and the day are those of a build before. */
async function pdfFor(cv: Cv, site: GeneratorSite, api: PluginApi, options: CvOptions): Promise<Uint8Array> {
  const config = site.config as Record<string, unknown>;
  const t = api.site.time;
  // The day of the build: a rebuild later the same day finds the PDF cached (SOURCE_DATE_EPOCH fixes it altogether).
  const time = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  // Links to the site's pages are absolute in a PDF: `url` (without `baseurl`: the CV's URLs carry it already).
  const siteUrl = typeof config.url === "string" ? config.url.replace(/\/+$/, "") : "";
  const fonts = fontFiles(api.source, options.fonts);
  const lang = typeof config.locale === "string" ? config.locale : undefined;
  const pdfOptions = { paper: options.paper, time, siteUrl, fonts, lang };
  const key = hashOf(
    lecternVersion(),
    packageVersion("pdfkit"),
    JSON.stringify(cv),
    JSON.stringify({ ...pdfOptions, time: time.toISOString() }),
    ...Object.values(fonts).map((f) => hashFile(f) ?? f),
  );
  const valid = (v: unknown): v is { pdf: string; missing: string[] } =>
    !!v && typeof (v as { pdf?: unknown }).pdf === "string" && Array.isArray((v as { missing?: unknown }).missing);
  let made = api.site.cache.get("cv-pdf", key, valid);
  if (!made) {
    const { cvPdf } = await import("./pdf.js");
    const { bytes, missing } = await cvPdf(cv, pdfOptions);
    made = { pdf: Buffer.from(bytes).toString("base64"), missing };
    api.site.cache.set("cv-pdf", key, made);
  }
  if (made.missing.length)
    api.warn(
      `${options.pdfUrl.replace(/^\//, "")}: the font has no glyph for ${made.missing.slice(0, 12).join(" ")}${made.missing.length > 12 ? " ..." : ""}, which will show as empty boxes; name font files that have them in cv.fonts (_config.yml)`,
      "_config.yml",
    );
  return new Uint8Array(Buffer.from(made.pdf, "base64"));
}

/** `_data/cv.yml`, `cv.yaml` or `cv.json`, whichever the site has (for messages). */
function dataFile(api: PluginApi): string | undefined {
  const dir = typeof api.config.data_dir === "string" ? api.config.data_dir : "_data";
  return ["cv.yml", "cv.yaml", "cv.json"].map((f) => `${dir}/${f}`).find((f) => existsSync(join(api.source, f)));
}

/** True when a page, document or other output of the site already has this URL (the site's own wins). */
function urlTaken(site: GeneratorSite, url: string): boolean {
  const same = (u: string) => u === url || u === `${url}index.html` || `${u}/` === url;
  if (site.site.pages.some((p) => same(p.url))) return true;
  if (site.site.staticFiles.some((f) => same(f.url))) return true;
  for (const c of site.site.collections.values()) if (c.docs.some((d) => same(d.url))) return true;
  return false;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
