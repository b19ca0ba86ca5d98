#!/bin/bash
# Rebuilds the golden pages of the built-in theme with real Jekyll 4.3 (../shared/tools/jekyll-ref.sh):
# each site (the showcase fixture, the `lectern new` starter) is copied with the theme's four folders
# beside it, as Jekyll reads a gem theme, and Jekyll's HTML pages are kept under golden/<site>/.
# CSS, feed.xml and sitemap.xml are not kept: Sass compilers and build timestamps differ between engines.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
ref=${JEKYLL_REF:-/work/shared/tools/jekyll-ref.sh}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build() { # name source
  mkdir -p "$tmp/$1"
  cp -r "$2/." "$tmp/$1/"
  [ -f "$tmp/$1/gitignore" ] && mv "$tmp/$1/gitignore" "$tmp/$1/.gitignore"
  for d in _layouts _includes _sass assets; do cp -r "$root/theme/$d" "$tmp/$1/"; done
  "$ref" "$tmp/$1" "$tmp/$1-out" >/dev/null
  rm -rf "$here/$1"
  (cd "$tmp/$1-out" && find . -name '*.html' | while read -r f; do mkdir -p "$here/$1/$(dirname "$f")"; cp "$f" "$here/$1/$f"; done)
  echo "golden/$1: $(find "$here/$1" -name '*.html' | wc -l) pages"
}
build showcase "$root/test/theme/fixtures/showcase"
build starter "$root/templates/new"
