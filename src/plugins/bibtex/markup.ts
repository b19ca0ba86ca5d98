/**
 * The BibTeX parser turns LaTeX markup into a little HTML (`<i>`, `<b>`, `<sup>`, `<a href>`,
 * `<span class="nocase">`...) but leaves text characters such as `&` unescaped. These helpers
 * turn such strings into safe HTML or into plain text.
 */

const TAG = /<(\/?)(i|b|em|strong|sup|sub|br|p|li|ul|ol|code|span|a)((?:\s+(?:class|style|href)="[^"<>]*")*)\s*\/?>/gi;

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/[<\uE000]/g, "&lt;")
    .replace(/[>\uE001]/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** An id-safe form of a citation key. */
export function keySlug(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "entry";
}

/** Keeps the parser's known formatting tags and escapes everything else. */
export function safeHtml(marked: string): string {
  let out = "";
  let last = 0;
  for (const m of marked.matchAll(TAG)) {
    out += escapeHtml(marked.slice(last, m.index));
    const name = m[2]!.toLowerCase();
    const attrs = m[1] ? "" : safeAttributes(m[3] ?? "");
    // Fields are shown inline (in a <p>, a <cite>, a badge): paragraphs and lists become line breaks.
    if (name === "br" || (name === "p" && !m[1])) out += out.trim() ? "<br>" : "";
    else if (/^(p|ul|ol|li)$/.test(name)) out += " ";
    else out += `<${m[1]}${name}${attrs}>`;
    last = m.index + m[0].length;
  }
  out += escapeHtml(marked.slice(last));
  return out.replace(/<span class="nocase">([^<]*)<\/span>/g, "$1");
}

function safeAttributes(attrs: string): string {
  let out = "";
  for (const m of attrs.matchAll(/(class|style|href)="([^"]*)"/gi)) {
    const [, name, value] = m;
    if (name!.toLowerCase() === "href" && !/^(https?:|mailto:|\/|#)/i.test(value!)) continue;
    out += ` ${name!.toLowerCase()}="${escapeHtml(value!.replace(/&amp;/g, "&"))}"`;
  }
  return out;
}

/** Drops the parser's formatting tags, leaving the text (block tags become spaces). */
export function plainText(marked: string): string {
  return marked
    .replace(TAG, (_tag, _close: string, name: string) => (/^(br|p|li)$/i.test(name) ? " " : ""))
    .replace(/\s+/g, " ")
    .replace(/\uE000/g, "<")
    .replace(/\uE001/g, ">")
    .trim();
}

/**
 * The converter reads `<` and `>` as TeX's OT1 glyphs (¡ ¿) and writes its own markup with them;
 * private-use stand-ins keep a literal `<` in a title a `<`. `safeHtml` and `plainText` turn them back.
 */
export function shieldAngles(s: string): string {
  return s.replace(/</g, "\uE000").replace(/>/g, "\uE001");
}

/** Turns the stand-ins of `shieldAngles` back into `<` and `>`. */
export function unshieldAngles(s: string): string {
  return s.replace(/\uE000/g, "<").replace(/\uE001/g, ">");
}
