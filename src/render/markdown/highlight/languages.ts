/** Rouge 3.30 lexer tags and aliases: groups separated by spaces, names by "|", tag first. */
export const ROUGE_LEXERS =
  "abap actionscript|as|as3 ada apache apex apiblueprint|apiblueprint|apib applescript|applescript armasm augeas|aug awk batchfile|bat|batch|dosbatch|winbatch bbcbasic bibtex|bib biml bpf brainfuck brightscript|bs|brs bsl c ceylon cfscript|cfc clean clojure|clj|cljs cmake cmhg coffeescript|coffee|coffee-script common_lisp|cl|common-lisp|elisp|emacs-lisp|lisp conf|config|configuration console|terminal|shell_session|shell-session coq cpp|c++ crystal|cr csharp|c#|cs css csvs cuda cypher|cypher cython|pyx|pyrex dafny dart datastudio diff|patch|udiff digdag docker|dockerfile|Dockerfile dot d|dlang ecl eex|leex|heex eiffel elixir|elixir|exs elm email|eml|e-mail epp erb|eruby|rhtml erlang|erl escape|esc factor fluent|ftl fortran freefem|ff fsharp gdscript|gd|gdscript ghc-cmm|cmm ghc-core gherkin|cucumber|behat glsl go|go|golang gradle graphql groovy hack|hack|hh haml|HAML handlebars|hbs|mustache haskell|hs haxe|hx|haxe hcl hlsl hocon hql html http hylang|hy idlang idris|idr igorpro ini io irb_output irb|pry isabelle|isa|Isabelle isbl j janet|jdn java javascript|js jinja|django jsl json json-doc|jsonc jsonnet jsp jsx|jsx|react julia|jl kotlin lasso|lassoscript lean|lean liquid literate_coffeescript|litcoffee literate_haskell|lithaskell|lhaskell|lhs livescript|ls llvm lua lustre lutin m68k magik make|makefile|mf|gnumake|bsdmake markdown|md|mkd mason mathematica|wl matlab|m meson minizinc moonscript|moon mosel msgtrans mxml nasm nesasm|nes nginx nial nim|nimrod nix|nixos objective_cpp|objcpp|obj-cpp|obj_cpp|objectivecpp|objc++|obj-c++|obj_c++|objectivec++ objective_c|objc|obj-c|obj_c|objectivec ocaml ocl|OCL openedge opentype_feature_file|fea|opentype|opentypefeature pascal perl|pl php|php|php3|php4|php5 plaintext|text plist|plist plsql pony postscript|postscr|postscript|ps|eps powershell|posh|microsoftshell|msshell praat prolog|prolog prometheus|prometheus properties protobuf|proto puppet|pp python|py qml|qml q|kdb+ racket reasonml rego rescript robot_framework|robot|robot-framework ruby|rb rust|rs|rust,no_run|rs,no_run|rust,ignore|rs,ignore|rust,should_panic|rs,should_panic r|r|R|s|S sas sass scala|scala scheme scss sed shell|bash|zsh|ksh|sh sieve slice slim smalltalk|st|squeak smarty|smarty sml|ml solidity sparql sqf sql ssh stan stata supercollider swift systemd|unit-file syzlang syzprog tap|tap tcl terraform|tf tex|TeX|LaTeX|latex toml tsx ttcn3 tulip|tulip turtle twig typescript|ts vala vb|visualbasic vcl|varnishconf|varnish velocity verilog vhdl viml|vim|vimscript|ex vue|vuejs wollok xml xojo|realbasic xpath xquery yaml|yml yang zig|zir";

let index: Map<string, string> | undefined;
/** Rouge's lexer tag for a language name or alias (case-sensitive, as Rouge's registry is), or undefined. */
export function rougeTag(name: string): string | undefined {
  if (!index) {
    index = new Map();
    for (const group of ROUGE_LEXERS.split(" ")) {
      const names = group.split("|");
      for (const n of names) if (!index.has(n)) index.set(n, names[0]!);
    }
  }
  return index.get(name);
}
