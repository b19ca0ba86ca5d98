import type { Token } from "./format.js";
import { python } from "./python.js";
import { shell } from "./shell.js";
import { consoleLex } from "./console.js";
import { json } from "./json.js";
import { javascript, typescript } from "./javascript.js";
import { java } from "./java.js";
import { diff } from "./diff.js";
import { haskell } from "./haskell.js";
import { ini, toml } from "./config-files.js";
import { docker } from "./docker.js";
import { css } from "./css.js";
import { matlab } from "./matlab.js";
import { sql } from "./sql.js";
import { julia } from "./julia.js";
import { go } from "./go.js";
import { rust } from "./rust.js";
import { xml } from "./xml.js";
import { tex } from "./tex.js";
import { r } from "./r.js";
import { c, cpp } from "./c.js";
import { html } from "./html.js";
import { yaml } from "./yaml.js";
import { bibtex } from "./bibtex.js";
import { ruby } from "./ruby.js";
import { swift } from "./swift.js";
import { sas } from "./sas.js";
import { groovy } from "./groovy.js";
import { stata } from "./stata.js";
import { scala } from "./scala.js";
import { markdown, setMarkdownSublexers } from "./markdown.js";

/** Token-level lexers by Rouge tag; languages without one are emitted as plain text. */
export const LEXERS: Record<string, (code: string) => Token[]> = {
  python: (code) => python.lex(code),
  shell: (code) => shell.lex(code),
  console: consoleLex,
  json: (code) => json.lex(code),
  javascript: (code) => javascript.lex(code),
  typescript: (code) => typescript.lex(code),
  java: (code) => java.lex(code),
  diff: (code) => diff.lex(code),
  haskell: (code) => haskell.lex(code),
  ini: (code) => ini.lex(code),
  toml: (code) => toml.lex(code),
  docker: (code) => docker.lex(code),
  css: (code) => css.lex(code),
  matlab: (code) => matlab.lex(code),
  sql: (code) => sql.lex(code),
  julia: (code) => julia.lex(code),
  go: (code) => go.lex(code),
  rust: (code) => rust.lex(code),
  xml: (code) => xml.lex(code),
  tex: (code) => tex.lex(code),
  r: (code) => r.lex(code),
  c: (code) => c.lex(code),
  html: (code) => html.lex(code),
  yaml: (code) => yaml.lex(code),
  bibtex: (code) => bibtex.lex(code),
  ruby: (code) => ruby.lex(code),
  markdown: (code) => markdown.lex(code),
  cpp: (code) => cpp.lex(code),
  swift: (code) => swift.lex(code),
  sas: (code) => sas.lex(code),
  groovy: (code) => groovy.lex(code),
  stata: (code) => stata.lex(code),
  scala: (code) => scala.lex(code),
};

setMarkdownSublexers((tag) => LEXERS[tag]);
