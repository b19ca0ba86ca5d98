import { RegexLexer, rule, type LexerRun } from "./engine.js";
import { shell } from "./shell.js";

const KEYWORDS =
  "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL";

/** Rouge's Dockerfile lexer (RUN lines lexed as shell). */
export const docker: RegexLexer = new RegexLexer({
  root: [
    rule(/\s+/, ""),
    rule(/^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)/i, ["k", "w", "s", "w", "k", "w", "s"]),
    rule(new RegExp(`^(ONBUILD)(\\s+)(${KEYWORDS})(.*)`, "i"), ["k", "w", "k", "s"]),
    rule(new RegExp(`^(${KEYWORDS})\\b(.*)`, "i"), ["k", "s"]),
    rule(/#.*?$/, "c"),
    rule(/^(ONBUILD\s+)?RUN(\s+)/i, (m, lx) => {
      lx.token("k", m[0]);
      lx.push("run");
      lx.data["sh"] = shell.start();
    }),
    rule(/\w+/, ""),
    rule(/[^\w]+/, ""),
    rule(/./, ""),
  ],
  run: [
    rule(/\n/, "", "#pop"),
    rule(/\\./s, "se"),
    rule(/(\\.|[^\n\\])+/, (m, lx) => {
      const run = (lx.data["sh"] ??= shell.start()) as LexerRun;
      const before = run.tokens.length;
      shell.feed(run, m[0]);
      for (const t of run.tokens.slice(before)) lx.tokens.push(t);
    }),
  ],
});
