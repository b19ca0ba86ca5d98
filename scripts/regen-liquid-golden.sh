#!/bin/bash
# Regenerates test/fixtures/liquid/expected/ from real Jekyll 4.3 (the oracle, see ../shared/tools/jekyll-ref.sh).
# Each top-level .html page of test/fixtures/liquid/site is built by Jekyll and its output copied verbatim.
#   scripts/regen-liquid-golden.sh [path/to/jekyll-ref.sh]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-${JEKYLL_REF:-$here/../shared/tools/jekyll-ref.sh}}
site="$here/test/fixtures/liquid/site"
expected="$here/test/fixtures/liquid/expected"
out=$(mktemp -d)
trap 'rm -rf "$out" "$out.override.yml"' EXIT
"$ref" "$site" "$out" >&2
rm -rf "$expected"; mkdir -p "$expected"
for page in "$site"/*.html; do
  name=$(basename "$page")
  cp "$out/$name" "$expected/$name"
done
echo "wrote $(ls "$expected" | wc -l) pages to $expected" >&2
