#!/usr/bin/env bash
# Extracts the al-folio development corpus: each site's source and the site GitHub built from it.
#
#   scripts/alfolio-corpus.sh [NAME...]       (default: every site in $LIST)
#
# Environment:
#   CORPUS   where to extract (CORPUS/src/NAME, CORPUS/ghpages/NAME)    default /work/corpus-alfolio
#   LIST     name, owner/repo, source commit, deploy commit (tab-separated) default /work/shared/corpus/alfolio-dev.txt
#   MIRRORS  folder of bare mirrors named owner+repo/repo (the fetch tool's)  default /work/.mirror
#
# Blobs a snapshot lacks (large files) are skipped on both sides, so `git archive` is not used.
# Writes CORPUS/epoch/NAME: the deploy commit's time (the build time to give SOURCE_DATE_EPOCH).
set -u
CORPUS=${CORPUS:-/work/corpus-alfolio}
LIST=${LIST:-/work/shared/corpus/alfolio-dev.txt}
MIRRORS=${MIRRORS:-/work/.mirror}
mkdir -p "$CORPUS/src" "$CORPUS/ghpages" "$CORPUS/epoch"

# extract GITDIR COMMIT DEST: writes every present blob of COMMIT's tree under DEST.
extract() {
  local git=$1 commit=$2 dest=$3 missing=0
  rm -rf "$dest" && mkdir -p "$dest"
  while IFS=$'\t' read -r meta path; do
    local mode=${meta%% *} rest=${meta#* }; local type=${rest%% *} sha=${rest#* }
    [ "$type" = blob ] || continue
    mkdir -p "$dest/$(dirname "$path")"
    if [ "$mode" = 120000 ]; then
      ln -s "$(git --git-dir="$git" cat-file blob "$sha" 2>/dev/null)" "$dest/$path" 2>/dev/null || missing=$((missing + 1))
    elif ! git --git-dir="$git" cat-file blob "$sha" >"$dest/$path" 2>/dev/null; then
      rm -f "$dest/$path"; missing=$((missing + 1))
    fi
  done < <(git --git-dir="$git" ls-tree -r -z "$commit" | tr '\0' '\n')
  echo "$missing"
}

if [ $# -gt 0 ]; then names=("$@"); else mapfile -t names < <(grep -v '^#' "$LIST" | cut -f1 | sed '/^[[:space:]]*$/d'); fi
for name in "${names[@]}"; do
  IFS=$'\t' read -r _ repo src deploy < <(grep -P "^\Q$name\E\t" "$LIST")
  git="$MIRRORS/${repo/\//+}/repo"
  if [ ! -d "$git" ]; then echo "$name: no mirror at $git (fetch github:$repo first)"; continue; fi
  m1=$(extract "$git" "$src" "$CORPUS/src/$name")
  m2=$(extract "$git" "$deploy" "$CORPUS/ghpages/$name")
  git --git-dir="$git" log -1 --format=%ct "$deploy" >"$CORPUS/epoch/$name"
  echo "$name: extracted (absent blobs: source $m1, built $m2)"
done
