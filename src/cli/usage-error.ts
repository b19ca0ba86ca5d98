/** The closest of `candidates` to `word` (edit distance at most 2, or a prefix of it), for a "did you mean". */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(word) && word.length >= 2 ? 1 : editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.min(2, Math.max(1, Math.floor(word.length / 2))) ? best : undefined;
}

/** Levenshtein distance (insertions, deletions and substitutions each cost 1). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** " Did you mean 'x'?" when a candidate is close to `word`, else "". */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = closest(word, candidates);
  return near === undefined ? "" : ` Did you mean '${near}'?`;
}

/**
 * A usage error as the CLI prints it: one line saying what is wrong (with a "did you mean" when one fits), one
 * line saying where the full usage is. The whole help is printed only when asked for (`--help`).
 */
export function usageError(command: string | undefined, message: string): string {
  const who = command ? `lectern ${command}` : "lectern";
  const line = /[.?]$/.test(message) ? message : `${message}.`;
  return `${who}: ${line}\nRun '${who} --help' for ${command ? "its options" : "the list of commands"}.`;
}
