import { emojifyText, hasEmoji } from "./emoji.js";

/** Markup that is not text: comments, doctypes, processing instructions and tags (attributes may hold `>` in quotes). */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<\/?([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;
/** Elements whose text keeps its `:name:` (html-pipeline's default ignored ancestors). */
const IGNORED = new Set(["pre", "code", "tt"]);
/** Elements whose content is raw text, left alone. */
const RAW = new Set(["script", "style"]);

/** Replaces emoji names in the text of an HTML fragment, outside pre/code/tt and raw-text elements. */
export function emojifyHtml(html: string, assetRoot: string): string {
  let out = "",
    last = 0,
    ignored = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    const text = html.slice(last, m.index);
    out += ignored > 0 ? text : emojifyText(text, assetRoot);
    out += m[0];
    last = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const closing = m[0].startsWith("</");
    if (IGNORED.has(name)) ignored = Math.max(0, ignored + (closing ? -1 : 1));
    else if (RAW.has(name) && !closing) {
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      const stop = end < 0 ? html.length : end;
      out += html.slice(last, stop);
      last = MARKUP.lastIndex = stop;
    }
    if (m[0].length === 0) MARKUP.lastIndex++;
  }
  const rest = html.slice(last);
  return out + (ignored > 0 ? rest : emojifyText(rest, assetRoot));
}

const BODY_OPEN = /<body([\s\S]*?)>\s*/;

/** jemoji's page transform: only the `<body>` of a whole document, else the whole output; unchanged without emoji. */
export function emojifyPage(output: string, assetRoot: string): string {
  if (!hasEmoji(output)) return output;
  if (!output.includes("<body")) return emojifyHtml(output, assetRoot);
  const open = BODY_OPEN.exec(output);
  if (!open) return output;
  const start = open.index + open[0].length;
  const end = output.indexOf("</body>", start);
  const stop = end < 0 ? output.length : end;
  return output.slice(0, start) + emojifyHtml(output.slice(start, stop), assetRoot) + output.slice(stop);
}
