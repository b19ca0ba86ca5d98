/** Ruby's white space for strip/lstrip/rstrip: space, \t, \n, \v, \f, \r (and NUL at the end). */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Ruby's String#rstrip (ASCII white space and NUL). */
export function rstrip(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (isSpace(c) || c === 0) end--;
    else break;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** Ruby's String#lstrip (ASCII white space and NUL). */
export function lstrip(s: string): string {
  let start = 0;
  while (start < s.length) {
    const c = s.charCodeAt(start);
    if (isSpace(c) || c === 0) start++;
    else break;
  }
  return start === 0 ? s : s.slice(start);
}

/** Ruby's String#strip. */
export function strip(s: string): string {
  return lstrip(rstrip(s));
}
