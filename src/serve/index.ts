export { startDevServer, type DevServer, type DevServerOptions } from "./dev-server.js";
export { SiteBuilder, type BuildReport } from "./builder.js";
export { resolveRequest, normalizeBaseurl, type Resolution } from "./resolve-request.js";
export { contentTypeFor } from "./content-type.js";
export { injectLiveReload, liveReloadScript, EVENTS_PATH, type LiveMessage } from "./client.js";
