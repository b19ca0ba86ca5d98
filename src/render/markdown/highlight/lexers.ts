import type { Token } from "./format.js";
import { python } from "./python.js";
import { shell } from "./shell.js";
import { consoleLex } from "./console.js";
import { json } from "./json.js";
import { javascript } from "./javascript.js";
import { xml } from "./xml.js";
import { tex } from "./tex.js";
import { r } from "./r.js";

/** Token-level lexers by Rouge tag; languages without one are emitted as plain text. */
export const LEXERS: Record<string, (code: string) => Token[]> = {
  python: (c) => python.lex(c),
  shell: (c) => shell.lex(c),
  console: consoleLex,
  json: (c) => json.lex(c),
  javascript: (c) => javascript.lex(c),
  xml: (c) => xml.lex(c),
  tex: (c) => tex.lex(c),
  r: (c) => r.lex(c),
};
