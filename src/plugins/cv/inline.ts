/** A stretch of text in one style, as the PDF sets it. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  sup?: boolean;
  link?: string;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the entities that HTML from the model holds (named basics and numeric references). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[name.toLowerCase()] ?? m;
  });
}

/**
 * Inline HTML (`<strong>`, `<b>`, `<em>`, `<i>`, `<cite>`, `<sup>`, `<a href>`; other tags are dropped, `<br>` is a
 * space) as styled runs; neighbouring runs of one style are merged.
 */
export function inlineRuns(html: string): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let sup = 0;
  const links: Array<string | undefined> = [];
  for (const part of html.split(/(<[^>]*>)/)) {
    if (!part) continue;
    const tag = /^<(\/?)([a-z0-9]+)\b([^>]*)>$/i.exec(part);
    if (!tag) {
      add(runs, {
        text: decodeEntities(part).replace(/\s+/g, " "),
        bold: bold > 0,
        italic: italic > 0,
        sup: sup > 0,
        link: [...links].reverse().find((l) => l !== undefined),
      });
      continue;
    }
    const close = tag[1] === "/";
    const name = tag[2]!.toLowerCase();
    const step = close ? -1 : 1;
    if (name === "strong" || name === "b") bold = Math.max(0, bold + step);
    else if (name === "em" || name === "i" || name === "cite") italic = Math.max(0, italic + step);
    else if (name === "sup") sup = Math.max(0, sup + step);
    else if (name === "a") {
      if (close) links.pop();
      else links.push(/\bhref="([^"]*)"/i.exec(tag[3] ?? "")?.[1]);
    } else if (name === "br") add(runs, { text: " " });
  }
  return runs;
}

function add(runs: Run[], run: Run): void {
  const last = runs[runs.length - 1];
  if (
    last &&
    !!last.bold === !!run.bold &&
    !!last.italic === !!run.italic &&
    !!last.sup === !!run.sup &&
    last.link === run.link
  )
    last.text += run.text;
  else runs.push(run);
}

/** The runs' text without styles. */
export function plain(html: string): string {
  return inlineRuns(html)
    .map((r) => r.text)
    .join("");
}
