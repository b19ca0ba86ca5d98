/**
 * Remembers a text function's results for long texts: lists render the same post's body through
 * `strip_html | number_of_words` on every page that shows it. Returning the same string object also makes the
 * next filter's lookup cheap. Bounded by the characters it holds; forgets everything when full.
 */
export function memoLongText<T>(fn: (text: string) => T, minChars = 512, maxChars = 8_000_000): (text: string) => T {
  const known = new Map<string, T>();
  let held = 0;
  return (text) => {
    if (text.length < minChars) return fn(text);
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = fn(text);
    held += text.length + (typeof value === "string" ? value.length : 0);
    if (held > maxChars) {
      known.clear();
      held = text.length + (typeof value === "string" ? value.length : 0);
    }
    known.set(text, value);
    return value;
  };
}
