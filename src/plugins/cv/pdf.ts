import type { Cv, CvEntry, CvSection } from "./model.js";
import { inlineRuns, plain, type Run } from "./inline.js";
import type { FontFiles } from "./fonts.js";

/** What the PDF needs besides the CV. */
export interface PdfOptions {
  /** "A4" or "LETTER". */
  paper: "A4" | "LETTER";
  /** The build time: the PDF's creation date and the "last updated" line (SOURCE_DATE_EPOCH makes it fixed). */
  time: Date;
  /** The site's address (`url` + `baseurl`), put in front of site-relative links; "" leaves such links out. */
  siteUrl: string;
  fonts: FontFiles;
  lang?: string;
}

const PT_PER_CM = 72 / 2.54;
const MARGIN = 2 * PT_PER_CM;
const BODY = 10;
const LINE_GAP = 1.6;
const PRIMARY = "#004f90";
const TEXT = "#000000";
const MUTED = "#555555";
const BULLET_INDENT = 12;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Doc = PDFKit.PDFDocument;
type Face = "regular" | "bold" | "italic" | "boldItalic";

/**
 * Typesets the CV as a PDF in the manner of RenderCV's classic theme: the name large and centred, a contact line,
 * section titles in colour over a rule, entries with dates and places right-aligned beside them, hanging bullet points,
 * the owner in bold in author lists, page numbers in the footer. Fonts are embedded as subsets; text is selectable and
 * links clickable. The bytes depend only on the CV and the options (creation date and file ID come from `time`);
 * `missing` lists the characters the fonts cannot show.
 */
export async function cvPdf(cv: Cv, options: PdfOptions): Promise<{ bytes: Uint8Array; missing: string[] }> {
  const { default: PDFDocument } = await import("pdfkit");
  const title = `${cv.name} – CV`;
  const doc = new PDFDocument({
    size: options.paper,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    displayTitle: true,
    lang: options.lang,
    info: {
      Title: title,
      Author: cv.name,
      Subject: "Curriculum vitae",
      Creator: "Lectern",
      Producer: "Lectern (PDFKit)",
      CreationDate: options.time,
      ModDate: options.time,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.registerFont("regular", options.fonts.regular);
  doc.registerFont("bold", options.fonts.bold);
  doc.registerFont("italic", options.fonts.italic);
  doc.registerFont("boldItalic", options.fonts.boldItalic);
  const missing = missingGlyphs(doc, cv);
  new Typesetter(doc, cv, options).run();
  doc.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), missing };
}

/** Every piece of text the CV sets, joined. */
function cvText(cv: Cv): string {
  return [
    cv.name,
    cv.label,
    ...cv.contact.map((c) => c.text),
    plain(cv.summary_html),
    ...cv.sections.flatMap((s) => [
      s.title,
      s.note ?? "",
      ...s.entries.flatMap((e) => [
        ...[e.title_html, e.subtitle_html, e.detail_html, ...e.highlights_html].map((h) => plain(h ?? "")),
        e.date ?? "",
        e.location ?? "",
      ]),
    ]),
  ].join("");
}

/** The characters the regular face has no glyph for (they would show as empty boxes). */
function missingGlyphs(doc: Doc, cv: Cv): string[] {
  const chars = [...new Set(cvText(cv).replace(/\s/g, ""))].filter((c) => c.codePointAt(0)! >= 0x250);
  if (!chars.length) return [];
  // pdfkit keeps the current face's fontkit font in `_font.font` (pdfkit's version is pinned in package.json).
  const font = (doc.font("regular") as unknown as { _font?: { font?: { hasGlyphForCodePoint(cp: number): boolean } } })
    ._font?.font;
  return font ? chars.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!)) : [];
}

/** Lays out one CV on a document: header, sections, footers. */
class Typesetter {
  private readonly left: number;
  private readonly width: number;
  /** Width of the right-hand column (dates, places) in the section being set: its widest date or place. */
  private dateWidth = 40;

  constructor(
    private readonly doc: Doc,
    private readonly cv: Cv,
    private readonly options: PdfOptions,
  ) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  run(): void {
    this.header();
    for (const section of this.cv.sections) this.section(section);
    this.footers();
  }

  private header(): void {
    const { doc, cv } = this;
    const updated = `Last updated in ${MONTHS[this.options.time.getUTCMonth()]} ${this.options.time.getUTCFullYear()}`;
    doc.font("italic").fontSize(8).fillColor(MUTED);
    doc.text(updated, this.left, doc.page.margins.top - 0.9 * PT_PER_CM, { width: this.width, align: "right" });
    doc.font("bold").fontSize(28).fillColor(PRIMARY);
    doc.text(cv.name, this.left, doc.page.margins.top, { width: this.width, align: "center" });
    if (cv.label) {
      doc.font("regular").fontSize(11).fillColor(TEXT);
      doc.text(cv.label, this.left, doc.y + 1, { width: this.width, align: "center" });
    }
    this.contactLine();
    if (cv.summary_html) {
      doc.moveDown(0.4);
      this.runs(inlineRuns(cv.summary_html), this.left, doc.y, this.width);
    }
    doc.y += 4;
  }

  /** The contact items, centred, wrapped between items, separated by bars; each linked where it has an address. */
  private contactLine(): void {
    const { doc } = this;
    const items = this.cv.contact;
    if (!items.length) return;
    doc.font("regular").fontSize(9.5).fillColor(TEXT);
    const sep = "   |   ";
    const sepWidth = doc.widthOfString(sep);
    const lines: Array<typeof items> = [[]];
    let used = 0;
    for (const item of items) {
      const w = doc.widthOfString(item.text);
      const line = lines[lines.length - 1]!;
      if (line.length && used + sepWidth + w > this.width) {
        lines.push([item]);
        used = w;
      } else {
        used += (line.length ? sepWidth : 0) + w;
        line.push(item);
      }
    }
    let y = doc.y + 5;
    const height = doc.currentLineHeight(true);
    for (const line of lines) {
      const total = line.reduce((n, i) => n + doc.widthOfString(i.text), 0) + sepWidth * (line.length - 1);
      let x = this.left + (this.width - total) / 2;
      line.forEach((item, n) => {
        if (n > 0) {
          doc.fillColor(MUTED).text(sep, x, y, { lineBreak: false, link: null });
          x += sepWidth;
        }
        const w = doc.widthOfString(item.text);
        doc.fillColor(TEXT).text(item.text, x, y, { lineBreak: false, link: item.href ?? null });
        x += w;
      });
      y += height + 2;
    }
    doc.x = this.left;
    doc.y = y;
  }

  private section(section: CvSection): void {
    const { doc } = this;
    doc.font("regular").fontSize(BODY);
    const widest = Math.max(
      0,
      ...section.entries.flatMap((e) => [e.date ?? "", e.location ?? ""]).map((t) => doc.widthOfString(t)),
    );
    this.dateWidth = Math.min(Math.max(widest, 24), 4.5 * PT_PER_CM);
    // A title stays with its first entry.
    this.ensureRoom(28 + this.entryHeight(section.entries[0], section.style));
    doc.y += 9;
    doc.font("bold").fontSize(13).fillColor(PRIMARY);
    doc.text(section.title, this.left, doc.y, { width: this.width });
    const ruleY = doc.y + 1;
    doc
      .moveTo(this.left, ruleY)
      .lineTo(this.left + this.width, ruleY)
      .lineWidth(0.6)
      .strokeColor(PRIMARY)
      .stroke();
    doc.y = ruleY + 5;
    if (section.note) {
      doc.font("italic").fontSize(8.5).fillColor(MUTED).text(section.note, this.left, doc.y, { width: this.width });
      doc.y += 3;
    }
    section.entries.forEach((e, n) => {
      if (section.style === "lines") this.line(e);
      else this.entry(e, section.style === "publications" ? n : undefined);
    });
  }

  /** An entry: title (bold) and subtitle, detail and highlights on the left; date and place on the right. */
  private entry(e: CvEntry, index?: number): void {
    const { doc } = this;
    this.ensureRoom(this.entryHeight(e, index === undefined ? "entries" : "publications"));
    const top = doc.y;
    const page = doc.page;
    const gap = 10;
    const leftWidth = this.width - this.dateWidth - gap;
    const titleRuns = inlineRuns(e.title_html).map((r) => ({ ...r, bold: true, link: r.link ?? e.url }));
    const publication = index !== undefined;
    if (publication || !e.subtitle_html) this.runs(titleRuns, this.left, top, leftWidth);
    else this.runs([...titleRuns, { text: ", " }, ...inlineRuns(e.subtitle_html)], this.left, top, leftWidth);
    if (publication && e.subtitle_html) this.runs(inlineRuns(e.subtitle_html), this.left, doc.y, leftWidth);
    if (e.detail_html) this.runs(inlineRuns(e.detail_html).map(italic), this.left, doc.y, leftWidth);
    for (const h of e.highlights_html) {
      const y = doc.y + 1;
      doc
        .font("regular")
        .fontSize(BODY)
        .fillColor(TEXT)
        .text("•", this.left + 2, y, { lineBreak: false });
      this.runs(inlineRuns(h), this.left + BULLET_INDENT, y, leftWidth - BULLET_INDENT);
    }
    // The right column comes after the left in the content stream, so text is read (and copied) entry by entry.
    const bottom = { page: doc.page, y: doc.y };
    if (doc.page !== page) doc.switchToPage(doc.bufferedPageRange().start + doc.bufferedPageRange().count - 2);
    doc.font("regular").fontSize(BODY).fillColor(TEXT);
    let rightY = top;
    for (const t of [e.date, e.location].filter((t): t is string => !!t)) {
      doc.text(t, this.left + leftWidth + gap, rightY, { width: this.dateWidth, align: "right", lineGap: LINE_GAP });
      rightY = doc.y;
    }
    if (doc.page !== bottom.page) doc.switchToPage(doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1);
    doc.y = bottom.y;
    // An entry longer than the rest of the page flowed onto the next one: its right column stayed behind.
    doc.y = (doc.page === page ? Math.max(doc.y, rightY) : doc.y) + 5;
    doc.x = this.left;
  }

  /** A "Label: text" line (skills, languages, interests, references). */
  private line(e: CvEntry): void {
    const runs: Run[] = inlineRuns(e.title_html).map((r) => ({ ...r, bold: true }));
    if (e.detail_html) runs.push({ text: ": " }, ...inlineRuns(e.detail_html));
    this.ensureRoom(this.entryHeight(e, "lines"));
    this.runs(runs, this.left, this.doc.y, this.width);
    this.doc.y += 3;
  }

  /** Sets styled runs as one wrapped paragraph at (x, y). */
  private runs(runs: Run[], x: number, y: number, width: number): void {
    const { doc } = this;
    const list = runs.filter((r) => r.text !== "");
    if (list.length && list[0]) list[0] = { ...list[0], text: list[0].text.replace(/^\s+/, "") };
    list.forEach((r, n) => {
      const face: Face = r.bold && r.italic ? "boldItalic" : r.bold ? "bold" : r.italic ? "italic" : "regular";
      const href = this.href(r.link);
      doc
        .font(face)
        .fontSize(BODY)
        .fillColor(href && !r.bold ? PRIMARY : TEXT);
      const options = { width, lineGap: LINE_GAP, continued: n < list.length - 1, link: href ?? null };
      if (n === 0) doc.text(r.text, x, y, options);
      else doc.text(r.text, options);
    });
    doc.x = this.left;
  }

  /** An absolute link target: site-relative paths get the site's address; none when the site has no `url`. */
  private href(url: string | undefined): string | undefined {
    if (!url) return undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
    if (url.startsWith("//")) return `https:${url}`;
    if (url.startsWith("/") && this.options.siteUrl) return this.options.siteUrl.replace(/\/+$/, "") + url;
    return undefined;
  }

  /** How tall an entry is set (an entry is kept on one page; a longer one than a page flows on). */
  private entryHeight(e: CvEntry | undefined, style: CvSection["style"] = "entries"): number {
    if (!e) return 0;
    const { doc } = this;
    const width = this.width - this.dateWidth - 10;
    const measure = (face: Face, html: string, w = width) =>
      doc.font(face).fontSize(BODY).heightOfString(plain(html), { width: w, lineGap: LINE_GAP });
    if (style === "lines") return measure("regular", `${e.title_html}: ${e.detail_html ?? ""}`, this.width) + 3;
    let h =
      style === "publications" || !e.subtitle_html
        ? measure("bold", e.title_html) + (e.subtitle_html ? measure("regular", e.subtitle_html) : 0)
        : measure("bold", `${e.title_html}, ${e.subtitle_html}`);
    if (e.detail_html) h += measure("italic", e.detail_html);
    for (const x of e.highlights_html) h += measure("regular", x, width - BULLET_INDENT) + 1;
    return Math.min(h + 5, 200);
  }

  private ensureRoom(height: number): void {
    const { doc } = this;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      doc.x = this.left;
      doc.y = doc.page.margins.top;
    }
  }

  /** "Name – Page n of N" at the foot of every page. */
  private footers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font("italic").fontSize(8).fillColor(MUTED);
      doc.text(
        `${this.cv.name} – Page ${i + 1} of ${range.count}`,
        this.left,
        doc.page.height - bottom + 0.8 * PT_PER_CM,
        {
          width: this.width,
          align: "center",
          lineBreak: false,
        },
      );
      doc.page.margins.bottom = bottom;
    }
  }
}

function italic(r: Run): Run {
  return { ...r, italic: !r.italic };
}
