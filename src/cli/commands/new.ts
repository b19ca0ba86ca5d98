import { parseArgs } from "node:util";
import { resolve } from "node:path";
import type { Command } from "../command.js";
import { scaffold, unusableTarget } from "../../theme/scaffold.js";

const usage = `Usage: lectern new DIR

Creates a complete academic website in DIR, which must be new or empty:
an about page, a publication, a talk, a teaching entry, a blog post,
the navigation, a commented _config.yml, and .github/workflows/pages.yml,
which builds the site with Lectern and publishes it with GitHub Pages.

Then:  cd DIR && npx lectern serve`;

/** `lectern new DIR`: scaffold a starter site that uses the built-in theme. */
const command: Command = {
  name: "new",
  summary: "Create a new academic site in an empty folder",
  usage,
  async run(argv) {
    let positionals: string[];
    try {
      ({ positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} }));
    } catch (error) {
      console.error(`lectern new: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (positionals.length !== 1) {
      console.error(`lectern new: expected one folder, got ${positionals.length}.\n\n${usage}`);
      return 2;
    }
    const dir = resolve(positionals[0]!);
    const problem = await unusableTarget(dir);
    if (problem) {
      console.error(`lectern new: refusing to write: ${problem}.`);
      return 1;
    }
    const files = await scaffold(dir);
    console.log(
      `New site in ${dir} (${files.length} files).\n\nNext:\n  cd ${positionals[0]}\n  npx lectern serve     # preview at http://localhost:4000\n\nPublish: push to GitHub and set Settings > Pages > Source to "GitHub Actions".`,
    );
    return 0;
  },
};

export default command;
