/** The `cv:` block of `_config.yml`, with defaults filled in. */
export interface CvOptions {
  /** `cv: false` turns the CV off; `cv: true` (or any `cv:` mapping) turns it on even without `_data/cv`. */
  enabled: boolean | undefined;
  /** Write the web page (`page`, default: with the built-in theme) at `url` (default `/cv/`). */
  page: boolean | undefined;
  url: string;
  /** Write the PDF (`pdf`, default: with the built-in theme) at `pdf_url` (default `/cv.pdf`). */
  pdf: boolean | undefined;
  pdfUrl: string;
  /** `paper: a4` (default) or `letter`. */
  paper: "A4" | "LETTER";
  /** Title of the web page (default "CV"). */
  title: string;
  /** Font files of the site to set the PDF in (`regular`, `bold`, `italic`, `bold_italic`). */
  fonts: Record<string, unknown>;
}

/** Reads `cv:`; problems are reported through `warn` and the defaults used. */
export function cvOptions(config: Record<string, unknown>, warn: (message: string) => void = () => {}): CvOptions {
  const raw = config.cv;
  const c = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && typeof raw !== "boolean" && c !== raw)
    warn("`cv:` in _config.yml should be true, false or a mapping (page, url, pdf, pdf_url, paper); it is ignored");
  const paper = typeof c.paper === "string" ? c.paper.trim().toLowerCase() : "a4";
  if (paper !== "a4" && paper !== "letter") warn(`cv.paper '${String(c.paper)}' is not a4 or letter; using a4`);
  return {
    enabled: raw === false ? false : raw === true || c === raw ? true : undefined,
    page: typeof c.page === "boolean" ? c.page : undefined,
    url: path(c.url, "/cv/"),
    pdf: typeof c.pdf === "boolean" ? c.pdf : undefined,
    pdfUrl: path(c.pdf_url, "/cv.pdf"),
    paper: paper === "letter" ? "LETTER" : "A4",
    title: typeof c.title === "string" && c.title.trim() ? c.title : "CV",
    fonts:
      c.fonts && typeof c.fonts === "object" && !Array.isArray(c.fonts) ? (c.fonts as Record<string, unknown>) : {},
  };
}

function path(v: unknown, fallback: string): string {
  if (typeof v !== "string" || !v.trim()) return fallback;
  const p = v.trim();
  return p.startsWith("/") ? p : `/${p}`;
}
