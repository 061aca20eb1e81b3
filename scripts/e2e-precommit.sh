#!/usr/bin/env bash
# End-to-end test of the hook integrations, in throwaway repositories:
#   1. pre-commit: this repository as a hook repo (a git clone of HEAD, so it installs from the
#      committed dist/ with no build step), a site repo pointing `repo:` at the clone and `rev:`
#      at its HEAD sha. The check hook fails a commit that adds an echoed article and names the
#      file; the fixing hook rewrites it; the next commit passes; clean files pass untouched.
#   2. husky@9 + lint-staged@16 from npm with this package's `npm pack` tarball: the same flow.
# Needs git, node/npm, the pre-commit package (CI: apt-get install -y pre-commit git) and the npm
# registry. Commits must be in HEAD: uncommitted changes are not tested.
# Usage: scripts/e2e-precommit.sh [--keep]   (--keep leaves the temp dir for inspection)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
KEEP=${1:-}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/unecho-e2e.XXXXXX")
cleanup() { if [ "$KEEP" = "--keep" ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

# Isolation: a fresh HOME so global git settings (core.hooksPath, templates) cannot leak in; the
# real npm cache stays, so repeated runs do not download everything again.
export npm_config_cache="${npm_config_cache:-${HOME:-/root}/.npm}"
export HOME="$WORK/home"
export GIT_CONFIG_NOSYSTEM=1
export PRE_COMMIT_HOME="$WORK/pre-commit-home"
export PRE_COMMIT_COLOR=never NO_COLOR=1 CI=1
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
mkdir -p "$HOME"
git config --global user.name "unecho e2e"
git config --global user.email "e2e@unecho.invalid"
git config --global init.defaultBranch main
git config --global advice.detachedHead false

FIXTURES="$ROOT/fixtures/markdown"
ECHOED_IN="$FIXTURES/hugo-yaml-front-matter-pull-quote/input.md"
ECHOED_TOO="$FIXTURES/toml-front-matter-table-crlf/input.md"
CLEAN_IN="$FIXTURES/nested-lists-bom/expected.md"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
# Runs a command that must fail; its output goes to $WORK/last.log.
must_fail() { if "$@" >"$WORK/last.log" 2>&1; then cat "$WORK/last.log"; fail "expected failure: $*"; fi; cat "$WORK/last.log"; }
must_pass() { if ! "$@" >"$WORK/last.log" 2>&1; then cat "$WORK/last.log"; fail "expected success: $*"; fi; cat "$WORK/last.log"; }
same_file() { cmp -s "$1" "$2" || { diff -u "$1" "$2" | head -40; fail "$3"; }; }

for tool in git node npm pre-commit; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
[ -f "$ROOT/bin/unecho.js" ] || fail "bin/unecho.js is missing"
[ -f "$ECHOED_IN" ] && [ -f "$CLEAN_IN" ] || fail "fixtures/markdown is missing"
echo "pre-commit $(pre-commit --version | awk '{print $2}'), node $(node --version), npm $(npm --version), work dir $WORK"

# ---------------------------------------------------------------- hook repo (clone of HEAD)
step "hook repo: git clone of $ROOT at HEAD"
git clone --quiet "$ROOT" "$WORK/hook"
REV=$(git -C "$WORK/hook" rev-parse HEAD)
( cd "$WORK/hook" && pre-commit validate-manifest .pre-commit-hooks.yaml ) || fail "invalid .pre-commit-hooks.yaml"
[ -f "$WORK/hook/dist/cli/run.js" ] || fail "dist/ is not committed: the hook cannot install without a build"
node -e '
  const s = require(process.argv[1]).scripts ?? {};
  const bad = ["prepare", "prepack", "postpack", "preinstall", "install", "postinstall"].filter((k) => k in s);
  if (bad.length) { console.error("lifecycle scripts break pre-commit 3.0.4 installs: " + bad.join(", ")); process.exit(1); }
' "$WORK/hook/package.json" || fail "package.json has install lifecycle scripts"
echo "rev $REV"

# ---------------------------------------------------------------- pre-commit flow
step "pre-commit: site repo"
SITE="$WORK/site"
mkdir -p "$SITE/content/posts"
cd "$SITE"
git init --quiet
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $WORK/hook
    rev: $REV
    hooks:
      - id: unecho
      # The fixer runs on demand here (pre-commit run --hook-stage manual unecho-fix).
      - id: unecho-fix
        stages: [manual]
EOF
printf '# Site\n\nA small site.\n' > README.md
git add .pre-commit-config.yaml README.md
git commit --quiet --no-verify -m "site skeleton"
must_pass pre-commit install
must_pass pre-commit install-hooks

step "pre-commit: the check hook fails a commit that adds an echoed article and names it"
cp "$ECHOED_IN" content/posts/ferry.md
git add content/posts/ferry.md
must_fail git commit -m "add ferry article"
grep -q 'content/posts/ferry.md' "$WORK/last.log" || fail "the check hook did not name content/posts/ferry.md"
[ -z "$(git log --format=%H -1 -- content/posts/ferry.md)" ] || fail "the echoed article was committed"
same_file "$ECHOED_IN" content/posts/ferry.md "the check hook changed the file"

step "pre-commit: the fixing hook rewrites it"
must_fail pre-commit run --hook-stage manual unecho-fix --files content/posts/ferry.md
grep -qi 'files were modified by this hook' "$WORK/last.log" || fail "pre-commit did not report the rewrite"
cmp -s "$ECHOED_IN" content/posts/ferry.md && fail "the fixing hook did not change the file"
must_pass pre-commit run unecho --files content/posts/ferry.md
git diff --stat

step "pre-commit: the next commit passes"
git add content/posts/ferry.md
must_pass git commit -m "add ferry article (echoes removed)"
git show HEAD:content/posts/ferry.md | cmp -s - content/posts/ferry.md || fail "HEAD does not hold the fixed article"

step "pre-commit: a commit with clean files passes untouched"
cp "$CLEAN_IN" content/posts/clean-up.md
printf 'Plain text notes.\r\nSecond line, different.\r\n' > content/posts/notes.txt
git add content/posts/clean-up.md content/posts/notes.txt
must_pass git commit -m "add clean files"
git show HEAD:content/posts/clean-up.md | cmp -s - "$CLEAN_IN" || fail "the clean Markdown file changed"
[ -z "$(git status --porcelain)" ] || { git status --short; fail "the work tree is not clean after the commit"; }

step "pre-commit: --all-files is idempotent"
must_pass pre-commit run --all-files

# ---------------------------------------------------------------- husky + lint-staged flow
step "husky + lint-staged: npm pack of the hook repo"
( cd "$WORK/hook" && npm pack --silent --pack-destination "$WORK" >"$WORK/pack.log" ) || { cat "$WORK/pack.log"; fail "npm pack failed"; }
TARBALL=$(ls "$WORK"/unecho-*.tgz)
echo "$TARBALL"

NPMSITE="$WORK/npm-site"
mkdir -p "$NPMSITE/content"
cd "$NPMSITE"
git init --quiet
cat > package.json <<'EOF'
{
  "name": "e2e-site",
  "version": "1.0.0",
  "private": true,
  "lint-staged": {
    "*.{md,markdown,mdx,txt}": "unecho --check"
  }
}
EOF
printf 'node_modules/\n' > .gitignore
must_pass npm install --no-audit --no-fund --save-dev husky@9 lint-staged@16 "$TARBALL"
must_pass npx --no-install husky init
printf 'npx --no-install lint-staged\n' > .husky/pre-commit
git add .gitignore package.json package-lock.json .husky/pre-commit
must_pass git commit -m "site skeleton"

step "husky + lint-staged: the check fails a commit that adds an echoed article and names it"
cp "$ECHOED_IN" content/ferry.md
git add content/ferry.md
must_fail git commit -m "add ferry article"
grep -q 'ferry.md' "$WORK/last.log" || fail "the check did not name ferry.md"
[ -z "$(git log --format=%H -1 -- content/ferry.md)" ] || fail "the echoed article was committed"
git diff --cached --quiet -- content/ferry.md && fail "lint-staged lost the staged file"
same_file "$ECHOED_IN" content/ferry.md "the check changed the file"

step "husky + lint-staged: the fixer rewrites it, the next commit passes"
must_pass npx --no-install unecho --write content/ferry.md
cmp -s "$ECHOED_IN" content/ferry.md && fail "unecho --write did not change the file"
git add content/ferry.md
must_pass git commit -m "add ferry article (echoes removed)"
git show HEAD:content/ferry.md | cmp -s - content/ferry.md || fail "HEAD does not hold the fixed article"

step "husky + lint-staged: with 'unecho --write' as the task, the fix is staged into the commit"
node -e '
  const fs = require("fs");
  const p = JSON.parse(fs.readFileSync("package.json", "utf8"));
  p["lint-staged"] = { "*.{md,markdown,mdx,txt}": "unecho --write" };
  fs.writeFileSync("package.json", JSON.stringify(p, null, 2) + "\n");
'
cp "$ECHOED_TOO" content/fares.md
git add package.json content/fares.md
must_pass git commit -m "add fares article"
git show HEAD:content/fares.md > "$WORK/fares-committed.md"
cmp -s "$ECHOED_TOO" "$WORK/fares-committed.md" && fail "the committed article still holds its echoes"
must_pass npx --no-install unecho --check "$WORK/fares-committed.md"
git show HEAD:content/fares.md | head -c 4000 | grep -q $'\r' || fail "CRLF line endings were lost"

step "husky + lint-staged: a commit with clean files passes untouched"
cp "$CLEAN_IN" content/clean-up.md
git add content/clean-up.md
must_pass git commit -m "add clean file"
git show HEAD:content/clean-up.md | cmp -s - "$CLEAN_IN" || fail "the clean file changed"
[ -z "$(git status --porcelain)" ] || { git status --short; fail "the work tree is not clean after the commit"; }

printf '\nOK: pre-commit %s and husky + lint-staged flows passed\n' "$(pre-commit --version | awk '{print $2}')"
