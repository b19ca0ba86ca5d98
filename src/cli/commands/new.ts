import { parseArgs } from "node:util";
import { usageError } from "../usage-error.js";
import { resolve } from "node:path";
import type { Command } from "../command.js";
import { scaffold, unusableTarget } from "../../theme/scaffold.js";

const usage = `Usage: lectern new DIR

Creates a complete academic website in DIR, which must be new or empty:
an about page, a publication, a talk, a teaching entry, a blog post,
the navigation, a commented _config.yml, a package.json that pins this
Lectern, and .github/workflows/pages.yml, which installs it with 'npm ci',
builds the site and publishes it with GitHub Pages.

Then:  cd DIR && npm install && npx lectern serve`;

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
      console.error(usageError("new", (error as Error).message));
      return 2;
    }
    if (positionals.length !== 1) {
      console.error(usageError("new", `expected one folder, got ${positionals.length}.`));
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
      `New site in ${dir} (${files.length} files).\n\nNext:\n  cd ${positionals[0]}\n  npm install           # installs the Lectern package.json pins; writes package-lock.json\n  npx lectern serve     # preview at http://localhost:4000\n\nPublish: commit everything (package-lock.json too), push to GitHub and set\nSettings > Pages > Source to "GitHub Actions".`,
    );
    return 0;
  },
};

export default command;
