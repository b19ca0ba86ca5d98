import { valueText, type BibEntry } from "./bibtex.js";
import { listOption } from "./options.js";

type Config = Record<string, unknown>;
type Key = string | number;

const MONTH_NAMES = [
  "",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function groupValue(key: string, e: BibEntry, config: Config): Key {
  if (key === "type") {
    const aliases = { phdthesis: "thesis", mastersthesis: "thesis", ...((config["type_aliases"] as Config) ?? {}) };
    return String((aliases as Config)[e.type] ?? e.type);
  }
  const v = e.fields.get(key);
  const text = v ? valueText(v) : "";
  if (key !== "year" && key !== "date" && v && v.length === 1 && /^\s*[+-]?\d+\s*$/.test(text)) return Number(text);
  return text;
}

function compareKeys(key: string, a: Key, b: Key, config: Config): number {
  if (key === "type") {
    const order = listOption(config["type_order"]);
    const oa = order.indexOf(String(a)),
      ob = order.indexOf(String(b));
    if (oa < 0 && ob < 0) return 0;
    if (oa < 0) return 1;
    if (ob < 0) return -1;
    return oa - ob;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = String(a),
    sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function groupName(key: string, value: Key, config: Config): string {
  if (key === "type") return String(((config["type_names"] as Config) ?? {})[String(value)] ?? value);
  if (key === "month_numeric") {
    const custom = config["month_names"];
    const names = Array.isArray(custom) ? ["", ...custom.map(String)] : MONTH_NAMES;
    return names[Number(value)] ?? "(unknown)";
  }
  return String(value);
}

/** jekyll-scholar's grouped bibliography: a heading per group (nested per key), then the group's list. */
export function renderGroups(
  items: BibEntry[],
  groupBy: string,
  config: Config,
  renderList: (items: BibEntry[]) => string,
): string {
  const keys = listOption(groupBy).map((k) => (k === "month" ? "month_numeric" : k));
  const orders = listOption(config["group_order"]);
  const tags = listOption(config["bibliography_group_tag"]);
  const render = (list: BibEntry[], depth: number): string => {
    if (depth >= keys.length) return renderList(list);
    const key = keys[depth]!;
    const groups = new Map<Key, BibEntry[]>();
    for (const e of list) {
      const v = groupValue(key, e, config);
      const g = groups.get(v);
      if (g) g.push(e);
      else groups.set(v, [e]);
    }
    const desc = /^(desc|reverse)/i.test(orders[depth] ?? orders[orders.length - 1] ?? "");
    const tag = tags[depth] ?? tags[tags.length - 1] ?? "h2";
    return [...groups]
      .sort((a, b) => (desc ? compareKeys(key, b[0], a[0], config) : compareKeys(key, a[0], b[0], config)))
      .map(
        ([value, group]) =>
          `<${tag} class="${config["bibliography_class"]}">${groupName(key, value, config)}</${tag}>\n${render(group, depth + 1)}`,
      )
      .join("\n");
  };
  return render(items, 0);
}
