#!/usr/bin/env bash
# Regenerates the expected output of the built-in plugin fixtures (test/fixtures/plugins/<name>/site) with
# real Jekyll 4.3 and the plugin gems (../shared/tools/jekyll-ref.sh: clock frozen at 2027-01-01 UTC,
# JEKYLL_ENV=production). Static files get a fixed modification time first, because sitemap.xml prints it;
# the tests set the same time. Usage: scripts/regen-plugins-golden.sh [NAME...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${JEKYLL_REF:-$root/../shared/tools/jekyll-ref.sh}
base="$root/test/fixtures/plugins"
# jekyll-ref.sh starts faketime's clock at 2027-01-01 00:00:00 and lets it run, so site.time comes out a second
# or two late depending on the machine; and libfaketime shifts file times by the same offset. This wrapper
# freezes the clock at that instant (libfaketime's absolute format) and keeps real file times, so the golden
# files do not depend on when or where they were made.
shim=$(mktemp -d); trap 'rm -rf "$shim"' EXIT
real_faketime=$(command -v faketime)
cat >"$shim/faketime" <<SHIM
#!/bin/sh
t=\$1; shift
NO_FAKE_STAT=1 exec "$real_faketime" -f "\$t" "\$@"
SHIM
chmod +x "$shim/faketime"
cd "$base"
names=("$@"); [ ${#names[@]} -gt 0 ] || names=(*/)
for name in "${names[@]}"; do
  name=${name%/}
  [ -d "$base/$name/site" ] || continue
  # Keep in step with FIXTURE_MTIME in test/plugins/fixture.ts.
  find "$base/$name/site" -type f -exec touch -m -d "2024-05-06 07:08:09 UTC" {} +
  out="$base/$name/expected"
  rm -rf "$out" "$out.override.yml"
  PATH="$shim:$PATH" bash "$ref" "$base/$name/site" "$out" >"$base/$name/jekyll.log" 2>&1 || { cat "$base/$name/jekyll.log"; exit 1; }
  # The log names this machine's paths; keep only the warnings a test may check.
  grep -i 'warn' "$base/$name/jekyll.log" | sed "s|$base/||g" >"$base/$name/jekyll-warnings.txt" || true
  rm -f "$base/$name/jekyll.log"
  echo "regenerated $name"
done
