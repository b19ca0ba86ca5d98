#!/usr/bin/env bash
# Regenerates the expected output of every fixture site under test/fixtures/sites with real Jekyll 4.3
# (../shared/tools/jekyll-ref.sh: Debian's Jekyll with academicpages' plugins, clock frozen at
# 2027-01-01 UTC, JEKYLL_ENV=production). Usage: scripts/regen-golden.sh [SITE_NAME...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${JEKYLL_REF:-$root/../shared/tools/jekyll-ref.sh}
cd "$root/test/fixtures/sites"
names=("$@"); [ ${#names[@]} -gt 0 ] || names=(*/)
for name in "${names[@]}"; do
  name=${name%/}
  out="$root/test/fixtures/expected/$name"
  rm -rf "$out" "$out.override.yml"
  bash "$ref" "$root/test/fixtures/sites/$name" "$out" >/dev/null
  # Source maps name absolute paths of this machine in no field we compare; drop them from the golden set.
  find "$out" -name '*.map' -delete
  echo "regenerated $name"
done
