#!/usr/bin/env bash
# Differential run against Ruby's own components (Psych as Jekyll loads it, CSV, Time.parse, Jekyll's
# slugify and date handling, Liquid 5 with Jekyll's filters): every config, data file, front matter, date,
# title and template of each site folder, then FUZZ mutated variants of each, answered by Ruby
# (scripts/ruby-oracle/oracle.rb, one process per batch) and by Lectern, compared structurally.
# Prints inputs, agreements and disagreements by kind; each disagreement goes to OUT/*.report.jsonl.
#   scripts/ruby-diff.sh [SITE...]        (default: every folder in $CORPUS)
# Environment: CORPUS (default /work/corpus/src), OUT (default /tmp/ruby-diff), FUZZ variants per input
# (default 3), SEED (default 1). Needs ruby, jekyll 4.3 (Debian's) and faketime; run `npx tsc` first.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${CORPUS:-/work/corpus/src}
OUT=${OUT:-/tmp/ruby-diff}
FUZZ=${FUZZ:-3}
SEED=${SEED:-1}
if [ $# -gt 0 ]; then sites=("$@"); else sites=("$CORPUS"/*/); fi
mkdir -p "$OUT"
run="node $here/dist/scripts/ruby-oracle/run.js"
oracle() { TZ=UTC LC_ALL=C.UTF-8 faketime -f '2027-01-01 00:00:00' ruby "$here/scripts/ruby-oracle/oracle.rb"; }
export TZ=UTC
$run collect "${sites[@]%/}" > "$OUT/own.jsonl"
$run collect --dates --fuzz "$FUZZ" --seed "$SEED" "${sites[@]%/}" > "$OUT/fuzz.jsonl"
for set in own fuzz; do
  oracle < "$OUT/$set.jsonl" > "$OUT/$set.ruby.jsonl"
  echo "== $set: ${#sites[@]} sites"
  $run check "$OUT/$set.jsonl" "$OUT/$set.ruby.jsonl" --report "$OUT/$set.report.jsonl"
done
echo "disagreements: $OUT/own.report.jsonl $OUT/fuzz.report.jsonl" >&2
