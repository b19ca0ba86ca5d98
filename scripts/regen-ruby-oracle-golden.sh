#!/usr/bin/env bash
# Regenerates the differential harness's fast sample (test/fixtures/ruby-oracle/): cases.jsonl from our own
# fixture sites (their configs, data, front matter, dates, titles, templates), one seeded mutated variant of
# each, our date strings in several zones, and the hand-written cases in extra.jsonl; then ruby.jsonl, what
# Ruby's own components answer (scripts/ruby-oracle/oracle.rb under faketime at 2027-01-01 UTC).
# test/ruby-oracle/golden.test.ts checks Lectern against it without Ruby.
#   scripts/regen-ruby-oracle-golden.sh      (needs ruby, Debian's jekyll 4.3, faketime; runs npx tsc)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=test/fixtures/ruby-oracle
npx tsc -p tsconfig.json
sites=(example test/fixtures/liquid/site test/fixtures/sites/* test/fixtures/plugins/*)
run="node dist/scripts/ruby-oracle/run.js"
export TZ=UTC
{
  $run collect "${sites[@]}"
  $run collect --fuzz 1 --seed 7 --dates "${sites[@]}"
  cat "$dir/extra.jsonl"
} > "$dir/cases.jsonl"
LC_ALL=C.UTF-8 faketime -f '2027-01-01 00:00:00' ruby scripts/ruby-oracle/oracle.rb < "$dir/cases.jsonl" > "$dir/ruby.jsonl"
echo "wrote $(wc -l < "$dir/cases.jsonl") cases and Ruby's answers to $dir" >&2
$run check "$dir/cases.jsonl" "$dir/ruby.jsonl"
