#!/usr/bin/env bash
# CI of the shop service, as its pipeline runs it on every pull request:
#   1. the breaking-change gate: contracts/ against the previous version (exit 1 on a breaking change);
#   2. the generated code is regenerated and must equal what is committed (exit 1 when it differs);
#   3. the service builds against the generated C# matcher with warnings as errors.
#
#   samples/ci.sh [PREVIOUS]
#     PREVIOUS: a git reference (origin/main, HEAD~1, a tag), a file or a folder holding the previous contracts.
#               Default: breaking.against of contractgen.yaml (origin/main).
#   CONTRACTGEN=/path/to/contractgen runs that executable instead of the tool pinned in .config/dotnet-tools.json
#   (which `dotnet tool restore` installs from the feed named in nuget.config).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [ -n "${CONTRACTGEN:-}" ]; then
  contractgen=("$CONTRACTGEN")
else
  dotnet tool restore
  contractgen=(dotnet tool run contractgen)
fi
echo "== contractgen $("${contractgen[@]}" --version)"

echo "== breaking changes against ${1:-the configured previous version}"
"${contractgen[@]}" breaking ${1:+--against "$1"}

echo "== generated code is up to date"
"${contractgen[@]}" generate
stale="$(git status --porcelain --untracked-files=all -- generated)"
if [ -n "$stale" ]; then
  echo "$stale"
  git --no-pager diff --stat -- generated
  echo "ci.sh: generated/ differs from the committed files; run 'dotnet contractgen generate' and commit the result" >&2
  exit 1
fi

echo "== build"
dotnet build src/ShopService -warnaserror -nologo -v quiet
echo "ci.sh: all checks passed"
