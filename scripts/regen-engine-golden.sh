#!/usr/bin/env bash
# Regenerates what Jekyll 4.3 does with the small engine fixtures (test/fixtures/engine/<name>/site):
# its output in expected/, its exit status in jekyll-status.txt and its log (this machine's paths
# replaced by SITE and OUT) in jekyll.log. Built with ../shared/tools/jekyll-ref.sh (clock frozen at
# 2027-01-01 UTC, JEKYLL_ENV=production). Usage: scripts/regen-engine-golden.sh [NAME...]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${JEKYLL_REF:-$root/../shared/tools/jekyll-ref.sh}
[ -f "$ref" ] || ref=$root/../../shared/tools/jekyll-ref.sh  # from a worktree under wt/
base="$root/test/fixtures/engine"
cd "$base"
names=("$@"); [ ${#names[@]} -gt 0 ] || names=(*/)
for name in "${names[@]}"; do
  name=${name%/}
  [ -d "$base/$name/site" ] || continue
  out="$base/$name/expected"
  rm -rf "$out" "$out.override.yml"
  # A fixture may need what is better kept out of git (a symlink loop): its setup.sh makes it, then removes it.
  [ -x "$base/$name/setup.sh" ] && "$base/$name/setup.sh" "$base/$name/site"
  bash "$ref" "$base/$name/site" "$out" >"$base/$name/jekyll.log" 2>&1
  echo $? >"$base/$name/jekyll-status.txt"
  [ -x "$base/$name/setup.sh" ] && "$base/$name/setup.sh" "$base/$name/site" clean
  # Colours, Ruby backtraces and timings go; the messages stay.
  sed -i -E -e "s|$base/$name/site|SITE|g" -e "s|$out|OUT|g" -e 's/\x1b\[[0-9;]*m//g' -e '/^\s+from \//d' \
    -e "s|^/usr/[^ ]*:[0-9]*:in \`[^']*': ||" -e '/^exit (SystemExit)$/d' -e 's/ done in [0-9.]* seconds\./ done./' "$base/$name/jekyll.log"
  find "$out" -name '*.map' -delete 2>/dev/null
  echo "regenerated $name (exit $(cat "$base/$name/jekyll-status.txt"))"
done
