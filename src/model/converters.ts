/** Which converter a file's extension selects, as Jekyll picks its converters ("plugin": a registered Converter). */
export type ConverterKind = "markdown" | "sass" | "scss" | "identity" | "plugin";

/** A plugin's converter (Jekyll's `Converter`): converts a page's or document's body after Liquid, before layouts. */
export interface Converter {
  /** The source extensions it converts, with the dot (".txt"); matched case-insensitively. */
  extensions: readonly string[];
  /** The output extension, with the dot (".html"). */
  outputExt: string;
  /** Converts the body (already rendered with Liquid). */
  convert(content: string, item: { relativePath: string; data: Record<string, unknown> }): string | Promise<string>;
}

/** The first registered converter for `ext`, if any. */
export function pluginConverterFor(ext: string, converters: readonly Converter[]): Converter | undefined {
  if (converters.length === 0) return undefined;
  const e = ext.toLowerCase();
  return converters.find((c) => c.extensions.some((x) => x.toLowerCase() === e));
}

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
export function converterFor(ext: string, mdExts: Set<string>, converters: readonly Converter[] = []): ConverterKind {
  if (pluginConverterFor(ext, converters)) return "plugin";
  const e = ext.toLowerCase();
  if (mdExts.has(e)) return "markdown";
  if (e === ".scss") return "scss";
  if (e === ".sass") return "sass";
  return "identity";
}

/** The output extension for a source extension (".md" → ".html", ".scss" → ".css"). */
export function outputExtFor(ext: string, mdExts: Set<string>, converters: readonly Converter[] = []): string {
  const plugin = pluginConverterFor(ext, converters);
  if (plugin) return plugin.outputExt;
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
