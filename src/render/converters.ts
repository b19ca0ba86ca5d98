/** Which converter a file's extension selects, as Jekyll picks its converters. */
export type ConverterKind = "markdown" | "sass" | "scss" | "identity";

/** The extensions that count as Markdown (`markdown_ext`), with dots. */
export function markdownExts(config: Record<string, unknown>): Set<string> {
  const raw = String(config["markdown_ext"] ?? "markdown,mkdown,mkdn,mkd,md");
  return new Set(
    raw
      .split(",")
      .map((e) => "." + e.trim().toLowerCase())
      .filter((e) => e.length > 1),
  );
}

/** The converter for a source extension. */
export function converterFor(ext: string, mdExts: Set<string>): ConverterKind {
  const e = ext.toLowerCase();
  if (mdExts.has(e)) return "markdown";
  if (e === ".scss") return "scss";
  if (e === ".sass") return "sass";
  return "identity";
}

/** The output extension for a source extension (".md" → ".html", ".scss" → ".css"). */
export function outputExtFor(ext: string, mdExts: Set<string>): string {
  switch (converterFor(ext, mdExts)) {
    case "markdown":
      return ".html";
    case "sass":
    case "scss":
      return ".css";
    default:
      return ext;
  }
}
