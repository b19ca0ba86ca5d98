#!/usr/bin/env bash
# Builds each development corpus site with Lectern and compares it with Jekyll's reference build.
#
#   scripts/corpus-compare.sh [NAME...]        (default: every site in $LIST)
#
# Environment:
#   CORPUS   corpus root with src/NAME and ref/NAME (made by jekyll-ref.sh)   default /work/corpus
#   LIST     site list, first tab-separated column is NAME                    default /work/shared/corpus/dev.txt
#   OUT      where Lectern's builds go (OUT/NAME, log in OUT/NAME.log)         default $CORPUS/out
#   TIMEOUT  seconds allowed per build                                        default 600
#   SKIP_BUILD=1  compare existing builds only (exit code read from OUT/NAME.code where present)
#   TSV      also write the per-site table to this file (tab-separated, with a header line)
#   REF_TIME=1    build each site at the reference's own clock, read from its feed.xml <updated> (jekyll-ref.sh
#                 starts faketime at 2027-01-01 00:00:00 but the clock ticks while Ruby boots, so some
#                 references have site.time 00:00:01); default: SOURCE_DATE_EPOCH=1798761600 for every site
#
# Prints one row per site: build exit code, pages in the reference and ours, the share of reference
# pages whose normalised HTML equals Jekyll's, and the share whose visible text does; then totals.
# A site that fails to build (or is missing) gets its row, counted as 0 equal pages, and the loop goes on.
# A site whose reference Jekyll itself failed to build (ref/NAME.status, written by scripts/corpus-build.sh,
# is not 0) gets a row marked so and is left out of the totals. Needs `npx tsc -p .` first.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${CORPUS:-/work/corpus}
LIST=${LIST:-/work/shared/corpus/dev.txt}
OUT=${OUT:-$CORPUS/out}
TIMEOUT=${TIMEOUT:-600}
lectern=(node "$root/bin/lectern.js")
mkdir -p "$OUT"

if [ $# -gt 0 ]; then names=("$@"); else mapfile -t names < <(grep -v '^#' "$LIST" | cut -f1 | sed '/^[[:space:]]*$/d'); fi

# Reads a `lectern compare --json` report on stdin; prints "refPages ourPages normEqual textEqual".
summarise='let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{const r=JSON.parse(s);const p=r.pages;
console.log([p.ref,p.ours,p.normalizedEqual,p.visibleTextEqual].join(" "))}catch{console.log("- - - -")}})'
pct() { if [ "$2" = "-" ] || [ "$1" = "-" ]; then echo "-"; elif [ "$2" -eq 0 ]; then echo "100.0"; else awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", 100*a/b}'; fi; }

fmt="%-52s %5s %6s %6s %8s %8s  %s\n"
printf "$fmt" site exit ref ours "norm%" "text%" note
TSV=${TSV:-}
[ -n "$TSV" ] && printf 'site\tlectern_exit\tref_pages\tour_pages\tdom_equal\ttext_equal\tnote\n' >"$TSV"
row() { printf "$fmt" "$@"; [ -z "$TSV" ] || printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$TSV"; }
t_jekyll_failed=0
t_ref=0; t_ours=0; t_norm=0; t_text=0; t_ok=0; t_sites=0
for name in "${names[@]}"; do
  src="$CORPUS/src/$name"; ref="$CORPUS/ref/$name"; out="$OUT/$name"; log="$OUT/$name.log"
  if [ -f "$ref.status" ] && [ "$(cat "$ref.status")" != 0 ]; then
    row "$name" - - - - - "jekyll failed (exit $(cat "$ref.status")): excluded"; t_jekyll_failed=$((t_jekyll_failed + 1)); continue
  fi
  # A reference still being built has its log but no status yet.
  if [ ! -d "$src" ] || [ ! -d "$ref" ] || { [ -f "$ref.log" ] && [ ! -f "$ref.status" ]; }; then row "$name" - - - - - "no source or reference"; continue; fi
  t_sites=$((t_sites + 1))
  config=()
  if [ -f "$src/_config.yml" ]; then
    cfg="$src/_config.yml"
    [ -f "$ref.override.yml" ] && cfg="$cfg,$ref.override.yml"
    config=(--config "$cfg")
  fi
  note=""
  if [ "${SKIP_BUILD:-}" = 1 ]; then
    # An earlier build may have left its exit code beside its output (OUT/NAME.code).
    code=skip; [ -f "$OUT/$name.code" ] && code=$(cat "$OUT/$name.code")
    if [ "$code" = skip ] && [ ! -d "$out" ]; then row "$name" - - - - - "not built by Lectern yet"; t_sites=$((t_sites - 1)); continue; fi
  else
    epoch=1798761600
    if [ "${REF_TIME:-}" = 1 ] && [ -f "$ref/feed.xml" ]; then
      updated=$(grep -oE '<updated>[^<]+</updated>' "$ref/feed.xml" | head -n 1 | sed -E 's/<\/?updated>//g')
      [ -n "$updated" ] && epoch=$(date -d "$updated" +%s 2>/dev/null || echo 1798761600)
    fi
    start=$(date +%s.%N)
    SOURCE_DATE_EPOCH=$epoch JEKYLL_ENV=production JEKYLL_NO_BUNDLER_REQUIRE=true timeout "$TIMEOUT" \
      "${lectern[@]}" build -s "$src" -d "$out" "${config[@]}" >"$log" 2>&1
    code=$?
    secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
    note="${secs}s"
    [ "$epoch" != 1798761600 ] && note="$note clock+$((epoch - 1798761600))s"
    [ "$code" = 124 ] && note="timed out after ${TIMEOUT}s"
  fi
  [ "$code" = 0 ] && t_ok=$((t_ok + 1))
  if [ "$code" != 0 ] && [ "$code" != skip ]; then
    # The error is the last topic-prefixed line ("Liquid: file:line: ..."); else a raw error; else the last line.
    why=$(grep -E '^[A-Z][A-Za-z ]*: ' "$log" | tail -n 1)
    [ -n "$why" ] || why=$(grep -m1 -E 'rror|ERR_|Exception' "$log")
    [ -n "$why" ] || why=$(grep -v '^[[:space:]]*$' "$log" | tail -n 1)
    note="$note ${why:0:90}"
  fi
  # A failed build leaves the previous output in place; comparing that would flatter the figures.
  if [ -d "$out" ] && { [ "$code" = 0 ] || [ "$code" = skip ]; }; then
    read -r p_ref p_ours p_norm p_text < <("${lectern[@]}" compare --json "$ref" "$out" 2>>"$log" | node -e "$summarise")
  else
    p_ref=$(find "$ref" -name '*.htm*' -type f | wc -l); p_ours=0; p_norm=0; p_text=0
  fi
  if [ "$p_ref" = "-" ]; then
    # The comparison itself failed (its error is in the log): count the reference's pages as unmatched.
    p_ref=$(find "$ref" -name '*.htm*' -type f | wc -l); p_ours=0; p_norm=0; p_text=0; note="$note compare failed, see $log"
  fi
  t_ref=$((t_ref + p_ref)); t_ours=$((t_ours + p_ours)); t_norm=$((t_norm + p_norm)); t_text=$((t_text + p_text))
  row "$name" "$code" "$p_ref" "$p_ours" "$(pct "$p_norm" "$p_ref")" "$(pct "$p_text" "$p_ref")" "${note# }"
done
row "TOTAL ($t_ok of $t_sites built)" "" "$t_ref" "$t_ours" "$(pct "$t_norm" "$t_ref")" "$(pct "$t_text" "$t_ref")" \
  "$t_jekyll_failed more where Jekyll failed"
echo "Details for one site: node bin/lectern.js compare $CORPUS/ref/NAME $OUT/NAME"
