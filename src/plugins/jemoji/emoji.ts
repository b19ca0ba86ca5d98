import { gemoji } from "gemoji";

/** GitHub's emoji images, where jemoji points by default. */
export const DEFAULT_ASSET_ROOT = "https://github.githubassets.com/images/icons/";

let byName: Map<string, string> | undefined;

/** Every gemoji name (`smile`, `+1`...) with its emoji character. */
function names(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    for (const g of gemoji) for (const n of g.names) byName.set(n, g.emoji);
  }
  return byName;
}

/** gemoji's image file name: code points in hex (at least 4 digits) joined by `-`, without FE0F and 200D joiners. */
export function imageFilename(emoji: string): string {
  const hex = [...emoji].map((c) => c.codePointAt(0)!.toString(16).padStart(4, "0")).join("-");
  return `unicode/${hex.replace(/-(fe0f|200d)\b/g, "")}.png`;
}

/** Ruby's File.join of two parts: exactly one `/` between them. */
function join(a: string, b: string): string {
  return `${a.replace(/\/+$/, "")}/${b.replace(/^\/+/, "")}`;
}

/** The `<img>` html-pipeline's EmojiFilter writes for `:name:` with jemoji's attributes (no `align`). */
export function emojiImage(name: string, emoji: string, assetRoot: string): string {
  const src = join(assetRoot, join("emoji", imageFilename(emoji)));
  return `<img class="emoji" title=":${name}:" alt=":${name}:" src="${src}" height="20" width="20">`;
}

const CANDIDATE = /:([a-z0-9_+-]+):/y;

/**
 * Replaces every `:name:` of a known emoji in `text` by its image. Names never contain `:`, so at each colon
 * at most one name can match: the text up to the next colon (as the gem's alternation of all names finds it).
 */
export function emojifyText(text: string, assetRoot: string): string {
  if (!text.includes(":")) return text;
  const table = names();
  let out = "",
    last = 0,
    i = text.indexOf(":");
  while (i >= 0) {
    CANDIDATE.lastIndex = i;
    const m = CANDIDATE.exec(text);
    const emoji = m ? table.get(m[1]!) : undefined;
    if (m && emoji !== undefined) {
      out += text.slice(last, i) + emojiImage(m[1]!, emoji, assetRoot);
      last = i + m[0].length;
      i = text.indexOf(":", last);
    } else {
      i = text.indexOf(":", i + 1);
    }
  }
  return out + text.slice(last);
}

/** True when `text` names at least one emoji (the gem's first check on a whole page). */
export function hasEmoji(text: string): boolean {
  return emojifyText(text, "") !== text;
}
