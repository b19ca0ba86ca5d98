import { test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { MarkdownAhead } from "../../../src/render/parallel/markdown-ahead.js";
import { renderMarkdown, markdownOptionsFromConfig } from "../../../src/render/markdown/index.js";

const options = markdownOptionsFromConfig({ kramdown: { input: "GFM" } });
const bodies = [
  "# A paper\n\nWith *emphasis*, a [link](https://example.org) and `code`.\n",
  "- one\n- two\n\n```ruby\nputs 1\n```\n",
  'Plain "quotes" -- and a footnote[^1].\n\n[^1]: The note.\n',
];

/** Waits (up to 20 s on a loaded machine) until the worker has converted `text`. */
async function taken(ahead: MarkdownAhead, text: string): Promise<string | undefined> {
  for (let waited = 0; waited < 20_000; waited += 20) {
    const html = ahead.take(text);
    if (html !== undefined) return html;
    await sleep(20);
  }
  return undefined;
}

test("bodies converted on the worker equal the main thread's conversion", async () => {
  const ahead = new MarkdownAhead(bodies, options);
  try {
    for (const body of bodies) assert.equal(await taken(ahead, body), renderMarkdown(body, options));
  } finally {
    ahead.dispose();
  }
});

test("a text the worker was not given is left to the caller", async () => {
  const ahead = new MarkdownAhead(bodies, options);
  try {
    await taken(ahead, bodies[2]!);
    assert.equal(ahead.take("*not sent*\n"), undefined);
  } finally {
    ahead.dispose();
  }
});
