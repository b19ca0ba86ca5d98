#!/bin/bash
# Rebuilds the golden pages of the built-in theme with real Jekyll 4.3 (../shared/tools/jekyll-ref.sh):
# each site (the showcase fixture, the `lectern new` starter, the example) is copied with the theme's four folders
# beside it, as Jekyll reads a gem theme, and Jekyll's HTML pages are kept under golden/<site>/.
# CSS, feed.xml and sitemap.xml are not kept: Sass compilers and build timestamps differ between engines.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
ref=${JEKYLL_REF:-/work/shared/tools/jekyll-ref.sh}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build() { # name source [pages to keep...]
  mkdir -p "$tmp/$1"
  cp -r "$2/." "$tmp/$1/"
  [ -f "$tmp/$1/gitignore" ] && mv "$tmp/$1/gitignore" "$tmp/$1/.gitignore"
  # -n: a file the site has itself wins over the theme's, as with a gem theme.
  for d in _layouts _includes _sass assets; do cp -rn "$root/theme/$d" "$tmp/$1/"; done
  "$ref" "$tmp/$1" "$tmp/$1-out" >/dev/null
  local name=$1; shift 2
  rm -rf "$here/$name"
  (cd "$tmp/$name-out" && if [ $# -gt 0 ]; then printf '%s\n' "$@"; else find . -name '*.html'; fi) | while read -r f; do
    mkdir -p "$here/$name/$(dirname "$f")"; cp "$tmp/$name-out/$f" "$here/$name/$f"
  done
  set -- "$name"
  echo "golden/$1: $(find "$here/$1" -name '*.html' | wc -l) pages"
}
build showcase "$root/test/theme/fixtures/showcase"
build starter "$root/templates/new"
# The example's /publications/ comes from Lectern's BibTeX plugin, which Jekyll lacks (so its sitemap page
# differs too): only the home page (the seed as kramdown renders it) and the 404 page are kept.
build example "$root/example" index.html 404.html
