#!/usr/bin/env bash
# Rebuilds a comparison corpus from fetched mirrors: extracts each listed site at its commit and builds
# Jekyll's reference with ../shared/tools/jekyll-ref.sh. Resumes: a site already extracted, or whose
# reference already has a status file, is not done again (delete CORPUS/ref/NAME.status to redo one).
#
#   scripts/corpus-build.sh [LIST...]     (default: corpus/academicpages.tsv and ../shared/corpus/dev.txt)
#
# A list has one site a line: NAME, owner/repo, commit (tab-separated; '#' starts a comment). Each
# repository must have been brought in first with the search tool's `fetch github:owner/repo`, which
# leaves a git directory under MIRRORS/owner+repo/. Blobs a snapshot lacks (4 MiB and more) are skipped.
#
# Environment:
#   CORPUS   corpus root: src/NAME (the site), ref/NAME (Jekyll's build), ref/NAME.status
#            (jekyll's exit code), ref/NAME.log                                    default /work/corpus
#   MIRRORS  where fetch puts mirrors                                              default /work/.mirror
#   JOBS     references built at once                                              default 2
#   TIMEOUT  seconds allowed per Jekyll build (exit 124 when over)                 default 900
#   EXTRACT_ONLY=1  only extract the sites (e.g. to try Lectern on them before references exist)
# Safe to run unattended in the background: `nohup scripts/corpus-build.sh >corpus-build.log 2>&1 &`.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
export CORPUS=${CORPUS:-/work/corpus}
export MIRRORS=${MIRRORS:-/work/.mirror}
export TIMEOUT=${TIMEOUT:-900}
# The steering folder shared/ sits beside the checkout (../shared), or beside the worktrees' parent.
shared=$root/../shared; [ -d "$shared" ] || shared=$root/../../shared
export JEKYLL_REF=${JEKYLL_REF:-$shared/tools/jekyll-ref.sh}
JOBS=${JOBS:-2}
lists=("$@")
[ ${#lists[@]} -gt 0 ] || lists=("$shared/corpus/dev.txt" "$root/corpus/academicpages.tsv")
mkdir -p "$CORPUS/src" "$CORPUS/ref"

# Extracts NAME (repository REPO at COMMIT) into CORPUS/src/NAME unless it is there already.
extract() {
  local name=$1 repo=$2 commit=$3 git src
  src="$CORPUS/src/$name"
  # Another run may be extracting the same site: wait for it.
  while ! mkdir "$src.extracting" 2>/dev/null; do sleep 2; done
  extract_locked "$@"; local code=$?
  rmdir "$src.extracting"; return $code
}
extract_locked() {
  local name=$1 repo=$2 commit=$3 git src
  src="$CORPUS/src/$name"
  [ -f "$src/.corpus-commit" ] && return 0
  git=""
  for d in "$MIRRORS/${repo/\//+}/repo/.git" "$MIRRORS/${repo/\//+}/repo"; do [ -d "$d" ] && { git=$d; break; }; done
  if [ -z "$git" ]; then echo "$name: no mirror of $repo (fetch github:$repo first)" >&2; return 1; fi
  rm -rf "$src"; mkdir -p "$src"
  if ! git --git-dir="$git" archive "$commit" 2>/dev/null | tar -x -C "$src" 2>/dev/null; then
    # Some blob is absent from the snapshot: write the tree blob by blob (one git process), skipping absent ones.
    rm -rf "$src"; mkdir -p "$src"
    python3 - "$git" "$commit" "$src" <<'PY' || { echo "$name: extraction failed" >&2; return 1; }
import os, subprocess, sys
git, commit, dest = sys.argv[1:]
tree = subprocess.run(["git", "--git-dir", git, "ls-tree", "-r", "-z", commit], capture_output=True, check=True).stdout
entries = []
for item in tree.split(b"\0"):
    if not item:
        continue
    meta, path = item.split(b"\t", 1)
    mode, kind, sha = meta.split()
    if kind == b"blob":
        entries.append((mode, sha, os.fsdecode(path)))
cat = subprocess.Popen(["git", "--git-dir", git, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for mode, sha, path in entries:
    cat.stdin.write(sha + b"\n"); cat.stdin.flush()
    header = cat.stdout.readline().split()
    if header[-1] == b"missing":
        continue
    data = cat.stdout.read(int(header[2])); cat.stdout.read(1)
    target = os.path.join(dest, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if mode == b"120000":
        os.symlink(os.fsdecode(data), target)
    else:
        with open(target, "wb") as f:
            f.write(data)
        if mode == b"100755":
            os.chmod(target, 0o755)
PY
  fi
  echo "$repo $commit" >"$src/.corpus-commit"
}

# Builds Jekyll's reference of NAME unless its status is recorded; the status file holds the exit code.
reference() {
  local name=$1 src="$CORPUS/src/$1" ref="$CORPUS/ref/$1"
  [ -f "$ref.status" ] && return 0
  rm -rf "$ref" "$ref.override.yml"
  timeout "$TIMEOUT" bash "$JEKYLL_REF" "$src" "$ref" >"$ref.log" 2>&1
  local code=$?
  echo "$code" >"$ref.status"
  echo "$name: jekyll exit $code"
}

# One site: extract it, then build its reference (JOBS sites at a time).
site() {
  local name repo commit
  IFS=$'\t' read -r name repo commit _ <<<"$1"
  # A lock lets two runs share a list; after killing a run, remove CORPUS/ref/*.lock.
  if [ "${EXTRACT_ONLY:-}" = 1 ]; then extract "$name" "$repo" "$commit"; return; fi
  mkdir "$CORPUS/ref/$name.lock" 2>/dev/null || return 0
  extract "$name" "$repo" "$commit" && reference "$name"
  rmdir "$CORPUS/ref/$name.lock"
}
export -f extract extract_locked reference site
for list in "${lists[@]}"; do
  [ -f "$list" ] && grep -v '^#' "$list" | sed '/^[[:space:]]*$/d'
done | tr '\n' '\0' | xargs -0 -P "$JOBS" -I{} bash -c 'site "$1"' _ {}
