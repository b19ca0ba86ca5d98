import { readFile } from "node:fs/promises";
import { usageError } from "../usage-error.js";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import type { Command } from "../command.js";
import { renderMarkdown, markdownOptionsFromConfig } from "../../render/markdown/index.js";

const usage = `Usage: lectern markdown [FILE] [options]

Prints the HTML that Markdown becomes under Jekyll's kramdown rules (GFM input,
smart quotes, header ids, Rouge code blocks, MathJax math). Reads FILE, or
standard input when FILE is missing or '-'. Front matter at the top is skipped.

Options:
  --config FILE    Read kramdown options from a site config (its 'kramdown:' and
                   'highlighter:' keys, on top of Jekyll's defaults)

Exit status: 0 on success, 1 when a file cannot be read, 2 on a usage error.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Drops a leading YAML front matter block, as Jekyll does before converting. */
function stripFrontMatter(text: string): string {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n?^(?:---|\.\.\.)[ \t]*$\r?\n?/m.exec(text);
  return m && m.index === 0 ? text.slice(m[0].length) : text;
}

/** `lectern markdown [FILE]`: what a page's Markdown becomes. */
const markdown: Command = {
  name: "markdown",
  summary: "Print the HTML that Markdown (kramdown rules) becomes",
  usage,
  async run(argv: string[]): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { config: { type: "string" } } });
    } catch (e) {
      console.error(usageError("markdown", (e as Error).message));
      return 2;
    }
    const [file, ...extra] = parsed.positionals;
    if (extra.length > 0) {
      console.error(usageError("markdown", "one FILE at most"));
      return 2;
    }
    let config: Record<string, unknown> = {};
    try {
      if (parsed.values.config)
        config = (parseYaml(await readFile(parsed.values.config, "utf8"), { uniqueKeys: false }) ?? {}) as Record<
          string,
          unknown
        >;
      const text = file === undefined || file === "-" ? await readStdin() : await readFile(file, "utf8");
      process.stdout.write(renderMarkdown(stripFrontMatter(text), markdownOptionsFromConfig(config)));
      return 0;
    } catch (e) {
      console.error(`lectern markdown: ${(e as Error).message}`);
      return 1;
    }
  },
};

export default markdown;
