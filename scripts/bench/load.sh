#!/usr/bin/env bash
# Load benchmarks (issue 2): the library alone and our reader on the same input, in the same run. Each load runs in
# its own process; the two sides alternate, RUNS times each, so both see the same machine load. Prints one JSON line
# per run, a side-by-side summary (wall min / median, CPU median, peak MB, median mapping cost) and the load
# average before and after. With --phases, also one per-phase breakdown per input (phases run one after another,
# so it shows where the time goes, not the concurrent wall time).
#   scripts/bench/load.sh [RUNS] [--phases]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
phases=${2:-}
shared=${CONTRACTGEN_SHARED:-$root/../shared}
nm=$root/tools/node/node_modules
bin=$root/tests/ContractGen.Benchmarks/bin/Release/net10.0/ContractGen.Benchmarks
dotnet build "$root/tests/ContractGen.Benchmarks" -c Release -v q -nologo >/dev/null

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
protos=$nm/google-proto-files
(cd "$protos" && find google/cloud -path '*/v1/*.proto' | sort | sed "s#^#$protos/#") > "$work/protos.txt"
github=$nm/@octokit/openapi/generated/api.github.com.json
discord=$shared/corpus/openapi/discord-openapi-3.1.json
echo "# googleapis google/cloud/**/v1 files: $(wc -l < "$work/protos.txt")"
echo "# before: $(uptime)"

run() { # input, side, args...
  local input=$1 side=$2; shift 2
  "$bin" load "$@" | sed "s/^{/{\"input\":\"$input\",\"side\":\"$side\",/"
}
pair() { # input, library args (quoted), reader args (quoted)
  for _ in $(seq "$runs"); do
    run "$1" lib $2
    run "$1" reader $3
  done
}
{
  pair github "openapi-lib $github" "openapi $github"
  pair discord "openapi-lib $discord" "openapi $discord"
  pair googleapis "protoc $work/protos.txt $protos" "proto $work/protos.txt $protos"
} | tee "$work/raw.jsonl"
echo "# after: $(uptime)"

node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
const med = a => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const by = {};
for (const r of rows) ((by[r.input] ??= {})[r.side] ??= []).push(r);
const cell = rs => `${Math.min(...rs.map(r => r.ms))} / ${med(rs.map(r => r.ms))} ms, cpu ${med(rs.map(r => r.cpuMs))} ms, ${Math.max(...rs.map(r => r.peakMB))} MB`;
console.log("| input | runs | library alone (min / median wall, median CPU, peak) | contractgen reader (same) | mapping cost (median wall) | elements, errors |");
console.log("|---|---|---|---|---|---|");
for (const [input, s] of Object.entries(by)) {
  const cost = Math.round(100 * (med(s.reader.map(r => r.ms)) / med(s.lib.map(r => r.ms)) - 1));
  console.log(`| ${input} | ${s.lib.length} | ${cell(s.lib)} | ${cell(s.reader)} | ${cost >= 0 ? "+" : ""}${cost} % | ${s.reader[0].elements}, ${s.reader[0].errors} |`);
}' "$work/raw.jsonl"

if [ "$phases" = "--phases" ]; then
  echo "# phases, one after another (ms wall / CPU / JIT / GC pause, MB allocated):"
  "$bin" phases lib "$github" | sed 's/^/github library: /'
  "$bin" phases ours "$github" | sed 's/^/github reader: /'
  "$bin" phases lib "$discord" | sed 's/^/discord library: /'
  "$bin" phases ours "$discord" | sed 's/^/discord reader: /'
  "$bin" phases proto "$work/protos.txt" 1 "$protos" | sed 's/^/googleapis reader: /'
fi
