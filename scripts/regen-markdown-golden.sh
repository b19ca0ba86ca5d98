#!/bin/bash
# Regenerates the expected HTML of the Markdown conformance suite with real Jekyll + kramdown.
#   scripts/regen-markdown-golden.sh [CASES_DIR [OPTIONS_DIR]]
# Each test/render/markdown/cases/NNN-name.md becomes a page of a throwaway Jekyll site (front matter
# `layout: none`, Liquid off so `{{ }}` text reaches kramdown unchanged), built by the shared oracle
# /work/shared/tools/jekyll-ref.sh with the `kramdown:` options academicpages sets in its _config.yml.
# The page's output is copied to NNN-name.html beside the case.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cases=${1:-$here/test/render/markdown/cases}
oracle=${JEKYLL_REF:-/work/shared/tools/jekyll-ref.sh}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
site=$tmp/site; out=$tmp/out
mkdir -p "$site"
cat > "$site/_config.yml" <<'YAML'
title: markdown golden
markdown: kramdown
highlighter: rouge
kramdown:
  input: GFM
  hard_wrap: false
  auto_ids: true
  footnote_nr: 1
  entity_output: as_char
  toc_levels: 1..6
  smart_quotes: lsquo,rsquo,ldquo,rdquo
  enable_coderay: false
YAML
for f in "$cases"/*.md; do
  name=$(basename "$f")
  { printf -- '---\nlayout: none\nrender_with_liquid: false\n---\n'; cat "$f"; } > "$site/$name"
done
"$oracle" "$site" "$out" >/dev/null 2>"$tmp/log" || { cat "$tmp/log" >&2; exit 1; }
n=0
for f in "$cases"/*.md; do
  name=$(basename "$f" .md)
  if [ -f "$out/$name.html" ]; then cp "$out/$name.html" "$cases/$name.html"; n=$((n+1)); else echo "missing output for $name" >&2; fi
done
echo "regenerated $n golden files in $cases"

# Option variants: test/render/markdown/options/NAME/_config.yml applied to the shared input.md.
opts=${2:-$here/test/render/markdown/options}
for dir in "$opts"/*/; do
  name=$(basename "$dir")
  vsite=$tmp/opt-$name; vout=$tmp/opt-$name-out
  mkdir -p "$vsite"
  cp "$dir/_config.yml" "$vsite/_config.yml"
  { printf -- '---\nlayout: none\nrender_with_liquid: false\n---\n'; cat "$opts/input.md"; } > "$vsite/page.md"
  "$oracle" "$vsite" "$vout" >/dev/null 2>"$tmp/log" || { cat "$tmp/log" >&2; exit 1; }
  cp "$vout/page.html" "$dir/output.html"
done
echo "regenerated $(ls -d "$opts"/*/ | wc -l) option-variant outputs in $opts"
