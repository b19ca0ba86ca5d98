#!/usr/bin/env bash
# Where Psych (Ruby's YAML, as Jekyll 4.3 reads front matter) places each error of
# test/fixtures/engine/yaml-errors/cases.json: writes expected.json with [line, column] per case.
# Each case is front matter as Jekyll passes it to Psych (from the opening `---`), so lines are file lines.
set -euo pipefail
dir=$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/engine/yaml-errors
ruby -ryaml -rjson -rdate -e '
  cases = JSON.parse(File.read(ARGV[0]))
  out = cases.map do |text|
    begin
      YAML.safe_load(text, permitted_classes: [Date, Time])
      nil
    rescue Psych::SyntaxError => e
      { "line" => e.line, "column" => e.column, "message" => e.message }
    end
  end
  File.write(ARGV[1], JSON.pretty_generate(out) + "\n")
' "$dir/cases.json" "$dir/expected.json"
echo "regenerated $dir/expected.json"
