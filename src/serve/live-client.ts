/**
 * The browser side of live reload, a file of its own: the dev server sends tsc's output of this file to the
 * browser as it is (see liveReloadScript in ./client.ts), never the bundle's copy of a function, so nothing a
 * bundler adds (helpers such as esbuild's `__name`) can reach the page. It must stay self-contained: no imports
 * but types, no names from other modules.
 */
import type { LiveMessage } from "./client.js";

/** Element id of the error overlay (its content sits in a shadow root, out of reach of the page's styles). */
const OVERLAY = "lectern-error-overlay";

/** The overlay's own style sheet: dark or light with the reader's colour scheme, readable over any theme. */
const OVERLAY_CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block; }
.box { position: absolute; inset: 0; overflow: auto; padding: 2rem; box-sizing: border-box;
  background: #1b1b1f; color: #f2f2f2; font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.title { color: #ff9d9d; font-weight: bold; margin: 0 6rem 1rem 0; }
pre { all: unset; display: block; white-space: pre-wrap; color: #f2f2f2; background: #1b1b1f; font: inherit; }
button { position: absolute; top: 1rem; right: 1rem; font: 13px system-ui, sans-serif; padding: .3rem .8rem;
  color: #1b1b1f; background: #f2f2f2; border: 1px solid #8a8a8a; border-radius: 4px; cursor: pointer; }
@media (prefers-color-scheme: light) {
  .box, pre { background: #fdfdfd; color: #1d1d1f; }
  .title { color: #b00020; }
  button { color: #fdfdfd; background: #1d1d1f; }
}`;

/**
 * Listens on the live channel; reloads the page, swaps changed stylesheets in place, shows a build error as an
 * overlay over the last good page and removes it once fixed. Reloads when it connects (or reconnects, after a
 * server restart) to a newer build than the page came from.
 */
export function clientMain(eventsPath: string, servedBuild: string): void {
  let seen: string | undefined = servedBuild;
  const hide = () => document.getElementById(OVERLAY)?.remove();
  const show = (message: string) => {
    hide();
    const host = document.createElement("div");
    host.id = OVERLAY;
    host.setAttribute("role", "alertdialog");
    host.setAttribute("aria-label", "Build error");
    const root = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = OVERLAY_CSS;
    const box = document.createElement("div");
    box.className = "box";
    const title = document.createElement("div");
    title.className = "title";
    title.textContent = "Lectern: the last change did not build; showing the last good version. Fix the file and save.";
    const pre = document.createElement("pre");
    pre.textContent = message;
    const close = document.createElement("button");
    close.textContent = "Dismiss";
    close.onclick = hide;
    box.append(close, title, pre);
    root.append(style, box);
    document.body.append(host);
  };
  const swapCss = (paths: string[]) => {
    let swapped = 0;
    document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]').forEach((link) => {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || !paths.includes(url.pathname)) return;
      url.searchParams.set("lectern", String(Date.now()));
      const next = link.cloneNode() as HTMLLinkElement;
      next.href = url.href;
      next.onload = next.onerror = () => link.remove();
      link.after(next);
      swapped++;
    });
    if (!swapped) location.reload();
  };
  const onMessage = (event: MessageEvent<string>) => {
    const m = JSON.parse(event.data) as LiveMessage;
    if (m.type === "error") return show(m.message);
    if (m.type === "hello") {
      if (seen !== m.build) location.reload();
      return hide();
    }
    seen = m.build;
    if (m.type === "ok") return hide();
    if (m.type === "reload") return location.reload();
    if (m.type === "css") {
      hide();
      swapCss(m.paths);
    }
  };
  // Only visible tabs hold a connection (browsers allow ~6 per host over HTTP/1.1); a tab coming back reconnects
  // and reloads if a newer build was made meanwhile.
  let source: EventSource | undefined;
  const sync = () => {
    if (document.hidden) {
      source?.close();
      source = undefined;
    } else if (!source) {
      source = new EventSource(eventsPath);
      source.onmessage = onMessage;
    }
  };
  document.addEventListener("visibilitychange", sync);
  sync();
}
