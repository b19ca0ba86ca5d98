/** URL path (outside any baseurl) of the server-sent events channel. */
export const EVENTS_PATH = "/__lectern/events";

/** Messages the dev server sends to browsers over the live channel. */
export type LiveMessage =
  | { type: "hello"; build: string }
  | { type: "reload"; build: string; paths: string[] }
  | { type: "css"; build: string; paths: string[] }
  | { type: "error"; message: string }
  | { type: "ok"; build: string };

/**
 * The browser side of live reload: listens on the channel; reloads the page, swaps changed stylesheets in place,
 * shows a build error as an overlay over the last good page and removes it once fixed. Reloads when it connects
 * (or reconnects, after a server restart) to a newer build than the page came from.
 */
function clientMain(eventsPath: string, servedBuild: string): void {
  let seen: string | undefined = servedBuild;
  const OVERLAY = "lectern-error-overlay";
  const hide = () => document.getElementById(OVERLAY)?.remove();
  const show = (message: string) => {
    hide();
    const box = document.createElement("div");
    box.id = OVERLAY;
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-label", "Build error");
    box.style.cssText =
      "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,24,.92);color:#f5f5f5;overflow:auto;padding:2rem;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
    const title = document.createElement("div");
    title.textContent = "Lectern: the last change did not build; showing the last good version. Fix the file and save.";
    title.style.cssText = "color:#ff8080;font-weight:bold;margin-bottom:1rem";
    const pre = document.createElement("pre");
    pre.textContent = message;
    pre.style.cssText = "white-space:pre-wrap;margin:0";
    const close = document.createElement("button");
    close.textContent = "Dismiss";
    close.style.cssText = "position:absolute;top:1rem;right:1rem";
    close.onclick = hide;
    box.append(close, title, pre);
    document.body.append(box);
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

/** The `<script>` element injected into served HTML; `build` names the build the page comes from. */
export function liveReloadScript(build = ""): string {
  return `<script data-lectern-live>(${clientMain.toString()})(${JSON.stringify(EVENTS_PATH)}, ${JSON.stringify(build)});</script>`;
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
