/** Structural comparison of the oracle's and Lectern's answers, naming the kind of each disagreement. */
import type { Encoded } from "./cases.js";

/** Where two answers first differ and how; undefined when they agree (any error agrees with any error). */
export interface Difference {
  /** `kind: reason`, e.g. `yaml: Integer vs String`, `liquid: output`, `front: ruby error, lectern value`. */
  reason: string;
  /** Path to the first differing value: `.title`, `[2].date`. */
  at: string;
}

/** The Ruby type an encoded value stands for. */
export function typeName(v: Encoded): string {
  if (v === null) return "nil";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string") return "String";
  if (Array.isArray(v)) return "Array";
  if ("$int" in v) return "Integer";
  if ("$float" in v) return "Float";
  if ("$sym" in v) return "Symbol";
  if ("$time" in v) return "Time";
  if ("$date" in v) return "Date";
  if ("$map" in v) return "Hash";
  if ("$error" in v) return "error";
  if ("$binary" in v) return "binary String";
  return (v as { $other: string }).$other;
}

function keyText(k: Encoded): string {
  return typeof k === "string" ? k : JSON.stringify(k);
}

function walk(r: Encoded, l: Encoded, at: string): Difference | undefined {
  const rt = typeName(r);
  const lt = typeName(l);
  if (rt !== lt) return { reason: `${rt} vs ${lt}`, at };
  if (rt === "Array") {
    const ra = r as Encoded[];
    const la = l as Encoded[];
    for (let i = 0; i < Math.min(ra.length, la.length); i++) {
      const d = walk(ra[i]!, la[i]!, `${at}[${i}]`);
      if (d) return d;
    }
    return ra.length === la.length ? undefined : { reason: "array length", at };
  }
  if (rt === "Hash") {
    const rm = (r as { $map: [Encoded, Encoded][] }).$map;
    const lm = (l as { $map: [Encoded, Encoded][] }).$map;
    const rk = rm.map(([k]) => JSON.stringify(k));
    const lk = lm.map(([k]) => JSON.stringify(k));
    if (rk.join("\u0000") !== lk.join("\u0000")) {
      const rs = rm.map(([k]) => keyText(k));
      const ls = lm.map(([k]) => keyText(k));
      if (rs.join("\u0000") === ls.join("\u0000")) return { reason: "key type", at };
      if ([...rs].sort().join("\u0000") === [...ls].sort().join("\u0000")) return { reason: "key order", at };
      if (new Set(rs).size !== rs.length) return { reason: "duplicate keys", at };
      return { reason: "keys", at };
    }
    for (let i = 0; i < rm.length; i++) {
      const d = walk(rm[i]![1], lm[i]![1], `${at}.${keyText(rm[i]![0])}`);
      if (d) return d;
    }
    return undefined;
  }
  if (rt === "error") return undefined;
  if (JSON.stringify(r) === JSON.stringify(l)) return undefined;
  if (rt === "Time" && (r as { $time: string }).$time === (l as { $time: string }).$time)
    return { reason: "Time utc?", at };
  if (rt === "Time" && (r as { $time: string }).$time.slice(0, 23) !== (l as { $time: string }).$time.slice(0, 23))
    return { reason: "Time wall clock", at };
  return { reason: `${rt} value`, at };
}

/** How the answers to one case differ, if they do. */
export function compareAnswers(kind: string, ruby: Encoded, lectern: Encoded): Difference | undefined {
  const re = typeName(ruby) === "error";
  const le = typeName(lectern) === "error";
  if (re && !le) return { reason: `${kind}: ruby error, lectern value`, at: "" };
  if (le && !re) return { reason: `${kind}: lectern error, ruby value`, at: "" };
  if (kind === "liquid" && typeof ruby === "string" && typeof lectern === "string")
    return ruby === lectern ? undefined : { reason: "liquid: output", at: firstDiff(ruby, lectern) };
  const d = walk(ruby, lectern, "");
  return d && { reason: `${kind}: ${d.reason}`, at: d.at };
}

/** Where two strings first differ, as `@offset`. */
function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `@${i}`;
}
