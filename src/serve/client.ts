import { readFileSync } from "node:fs";
import { liveClientFile } from "../package-files.js";

/** URL path (outside any baseurl) of the server-sent events channel. */
export const EVENTS_PATH = "/__lectern/events";

/** Messages the dev server sends to browsers over the live channel. */
export type LiveMessage =
  | { type: "hello"; build: string }
  | { type: "reload"; build: string; paths: string[] }
  | { type: "css"; build: string; paths: string[] }
  | { type: "error"; message: string }
  | { type: "ok"; build: string };

let clientSource: string | undefined;

/** The browser client (tsc's output of ./live-client.ts, read from the package as shipped) as one script body. */
export function liveClientSource(): string {
  if (clientSource !== undefined) return clientSource;
  const compiled = readFileSync(liveClientFile(), "utf8")
    .replace(/^\/\/# sourceMappingURL=.*$/m, "")
    .replace(/^export /gm, "");
  if (/^\s*import\s/m.test(compiled) || /<\/script/i.test(compiled))
    throw new Error(`${liveClientFile()} must be a self-contained script (no imports, no </script)`);
  return (clientSource = compiled.trim());
}

/** The `<script>` element injected into served HTML; `build` names the build the page comes from. */
export function liveReloadScript(build = ""): string {
  return `<script data-lectern-live>(function () {\n${liveClientSource()}\nclientMain(${JSON.stringify(EVENTS_PATH)}, ${JSON.stringify(build)});\n})();</script>`;
}

/** Inserts the live-reload script before the last `</body>` (else `</html>`, else at the end) of an HTML page. */
export function injectLiveReload(html: string, script: string): string {
  for (const tag of [/<\/body\s*>/gi, /<\/html\s*>/gi]) {
    let last = -1;
    for (const m of html.matchAll(tag)) last = m.index;
    if (last >= 0) return html.slice(0, last) + script + html.slice(last);
  }
  return html + script;
}
