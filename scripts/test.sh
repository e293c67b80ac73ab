#!/usr/bin/env bash
# THE test command (README, .ci/run): toolchains, build, every test project, then one summary line
# "N passed, N failed, N skipped" computed from the test results. Exits non-zero on any failure.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
configuration="Debug"

bash "$root/scripts/setup-toolchains.sh" || { echo "scripts/test.sh: toolchain setup failed" >&2; exit 1; }

echo "== dotnet build contractgen.sln -c $configuration"
if ! dotnet build contractgen.sln -c "$configuration" -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Each test project writes its TRX file into its own TestResults/ folder (unique names, no clashes).
rm -rf "$root"/tests/*/TestResults
echo "== dotnet test contractgen.sln"
dotnet test contractgen.sln -c "$configuration" --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal"
test_exit=$?

# Sum the counters of every TRX file: passed, failed (failed + error + timeout + aborted), skipped (not executed).
summary="$(python3 - "$root/tests" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = files = 0
for path in sorted(glob.glob(sys.argv[1] + "/*/TestResults/*.trx")):
    files += 1
    c = ET.parse(path).getroot().find(f"{ns}ResultSummary/{ns}Counters")
    if c is None:
        continue
    n = lambda k: int(c.get(k, "0"))
    passed += n("passed")
    failed += n("failed") + n("error") + n("timeout") + n("aborted")
    skipped += n("notExecuted") + n("inconclusive")
print(f"{passed} {failed} {skipped} {files}")
PY
)" || summary="0 1 0 0"
read -r passed failed skipped files <<<"$summary"

if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The runner failed without a failed test in the results (crash, missing results): count it as a failure.
  failed=1
fi
if [ "$files" -eq 0 ]; then
  echo "scripts/test.sh: no test results were written" >&2
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
