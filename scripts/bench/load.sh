#!/usr/bin/env bash
# Load benchmarks (issue 2): each load runs in its own process, RUNS times; prints one JSON line per run and a
# summary (min / median wall ms, max peak MB). Compare "library alone" with "our reader" on the same input.
#   scripts/bench/load.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
shared=${CONTRACTGEN_SHARED:-$root/../shared}
nm=$root/tools/node/node_modules
bin=$root/tests/ContractGen.Benchmarks/bin/Release/net10.0/ContractGen.Benchmarks
dotnet build "$root/tests/ContractGen.Benchmarks" -c Release -v q -nologo >/dev/null

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
protos=$nm/google-proto-files
(cd "$protos" && find google/cloud -path '*/v1/*.proto' | sort | sed "s#^#$protos/#") > "$work/protos.txt"
echo "# googleapis google/cloud/**/v1 files: $(wc -l < "$work/protos.txt")"

measure() { # label, args...
  local label=$1; shift
  for _ in $(seq "$runs"); do "$bin" load "$@" | sed "s/^{/{\"label\":\"$label\",/"; done
}
{
  measure github-lib openapi-lib "$nm/@octokit/openapi/generated/api.github.com.json"
  measure github-model openapi "$nm/@octokit/openapi/generated/api.github.com.json"
  measure discord-lib openapi-lib "$shared/corpus/openapi/discord-openapi-3.1.json"
  measure discord-model openapi "$shared/corpus/openapi/discord-openapi-3.1.json"
  measure googleapis-protoc protoc "$work/protos.txt" "$protos"
  measure googleapis-model proto "$work/protos.txt" "$protos"
} | tee "$work/raw.jsonl"
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
const by = {};
for (const r of rows) (by[r.label] ??= []).push(r);
console.log("| load | runs | min ms | median ms | max peak MB | elements | errors |");
console.log("|---|---|---|---|---|---|---|");
for (const [label, rs] of Object.entries(by)) {
  const ms = rs.map(r => r.ms).sort((a, b) => a - b);
  console.log(`| ${label} | ${rs.length} | ${ms[0]} | ${ms[Math.floor(ms.length / 2)]} | ${Math.max(...rs.map(r => r.peakMB))} | ${rs[0].elements} | ${rs[0].errors} |`);
}' "$work/raw.jsonl"
