#!/usr/bin/env bash
# Prints a corpus list (NAME, owner/repo, newest commit; tab-separated) for repositories already
# brought in with the search tool's `fetch`, one owner/repo a line on stdin. Skips repositories
# reserved for independent measurement (../shared/corpus/reserved.sha256 holds the SHA-256 of the
# lower-cased owner/repo) and those that are not academicpages-style Jekyll sites (no _config.yml, or
# none of _pages/, _publications/, _includes/author-profile.html at the newest commit).
#   scripts/corpus-list.sh < repos.txt >> corpus/academicpages.tsv
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared; [ -d "$shared" ] || shared=$root/../../shared
MIRRORS=${MIRRORS:-/work/.mirror}
reserved="$shared/corpus/reserved.sha256"
while read -r repo; do
  [ -n "$repo" ] || continue
  hash=$(printf %s "${repo,,}" | sha256sum | cut -d' ' -f1)
  if grep -q "^$hash" "$reserved"; then echo "skip (reserved): $repo" >&2; continue; fi
  git=""
  for d in "$MIRRORS/${repo/\//+}/repo/.git" "$MIRRORS/${repo/\//+}/repo"; do [ -d "$d" ] && { git=$d; break; }; done
  if [ -z "$git" ]; then echo "skip (not fetched): $repo" >&2; continue; fi
  commit=$(git --git-dir="$git" rev-parse HEAD 2>/dev/null) || { echo "skip (no HEAD): $repo" >&2; continue; }
  files=$(git --git-dir="$git" ls-tree --name-only "$commit" _config.yml _pages _publications _includes/author-profile.html)
  if ! grep -qx _config.yml <<<"$files" || [ "$(wc -l <<<"$files")" -lt 2 ]; then
    echo "skip (not academicpages): $repo" >&2; continue
  fi
  printf '%s\t%s\t%s\n' "${repo/\//__}" "$repo" "$commit"
done
