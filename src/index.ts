/** Lectern's public API. */
export { build } from "./build.js";
export type { BuildOptions, BuildResult, Logger } from "./config/options.js";
export { renderMarkdown, markdownOptionsFromConfig } from "./render/markdown/index.js";
export { LecternError, formatError } from "./errors/index.js";
export type {
  Plugin,
  PluginApi,
  PluginSite,
  HookName,
  HookArgs,
  GeneratorSite,
  GeneratedPage,
  GeneratorPriority,
  FilterFunction,
  Converter,
} from "./plugins/types.js";
