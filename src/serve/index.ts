/**
 * `lectern serve`, the dev server. How a save reaches the browser:
 * watcher.ts (chokidar, raw events too) → batcher.ts (bursts coalesce, one build at a time) → signatures.ts (drops
 * duplicate events) → builder.ts (keeps the last good Site) → incremental.ts (re-renders what depends on the change,
 * or says why only a full build is safe) → outputs.ts (writes changed files) → channel.ts (server-sent events) →
 * client.ts (reload, stylesheet swap, error overlay). http.ts serves the destination under `baseurl` through
 * resolve-request.ts (GitHub Pages lookup, no way out of the folder) and content-type.ts.
 */
export { startDevServer, type DevServer, type DevServerOptions } from "./dev-server.js";
export { SiteBuilder, type BuildReport } from "./builder.js";
export { resolveRequest, normalizeBaseurl, type Resolution } from "./resolve-request.js";
export { contentTypeFor } from "./content-type.js";
export { injectLiveReload, liveReloadScript, EVENTS_PATH, type LiveMessage } from "./client.js";
