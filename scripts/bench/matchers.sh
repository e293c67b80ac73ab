#!/usr/bin/env bash
# Matcher benchmarks (issue 4) for TypeScript, Go and Python on the 203 GitHub routes of
# ../shared/corpus/routes/github-routes.txt, turned into a contract by tests/ContractGen.Benchmarks (`github-contract`,
# the same contract the C# benchmark uses) and generated with the real `contractgen generate`. One request per route;
# each harness first checks that every request resolves to its own route (and variables) in every router it times,
# then times them side by side in one process:
#   TypeScript: generated matcher (tsc) vs find-my-way (tools/node, pinned) vs a naive regex loop   (node)
#   Go:         generated matcher vs a naive regexp loop (go test -bench, stdlib only; RUNS processes)
#   Python:     generated matcher vs a naive re loop (timeit)
# Usage: scripts/bench/matchers.sh [typescript] [go] [python]      (default: all three; C#: scripts/bench/matchers-csharp.sh)
# Knobs: TS_ROUNDS (2000), TS_SAMPLES (11), GO_RUNS (5), GO_BENCHTIME (1s), PY_ROUNDS (50), PY_SAMPLES (7).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/scripts/bench/matchers
shared=${CONTRACTGEN_SHARED:-$root/../shared}
nm=$root/tools/node/node_modules
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(typescript go python)

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "# start: $(uptime)"
dotnet build "$root/tests/ContractGen.Benchmarks" -c Release -v q -nologo >/dev/null
dotnet build "$root/src/ContractGen.Cli" -c Release -v q -nologo >/dev/null
"$root/tests/ContractGen.Benchmarks/bin/Release/net10.0/ContractGen.Benchmarks" github-contract "$work/github.json"
node "$here/github.mjs" "$shared/corpus/routes/github-routes.txt" "$work/requests.json"
langs=(); for l in "${languages[@]}"; do langs+=(--lang "$l"); done
"$root/src/ContractGen.Cli/bin/Release/net10.0/contractgen" generate "$work/github.json" "${langs[@]}" \
  --artifact matchers --package githubroutes --out "$work/gen" >/dev/null

for language in "${languages[@]}"; do
  echo
  echo "## $language ($(uptime | sed 's/.*load average/load average/'))"
  case $language in
    typescript)
      (cd "$work/gen/typescript" && "$nm/.bin/tsc" -p .)
      node "$here/bench.mjs" "$work/gen/typescript/dist/index.js" "$work/requests.json" "$nm/find-my-way" \
        "${TS_ROUNDS:-2000}" "${TS_SAMPLES:-11}"
      ;;
    go)
      sed 's/^package PACKAGE$/package githubroutes/' "$here/bench_test.go.txt" > "$work/gen/go/bench_test.go"
      export GOFLAGS=-mod=mod GOPROXY=off GOCACHE=${GOCACHE:-$(go env GOCACHE)}
      (cd "$work/gen/go" && go version && go test -c -o "$work/bench.test" .)
      for _ in $(seq "${GO_RUNS:-5}"); do
        CONTRACTGEN_BENCH_REQUESTS=$work/requests.json "$work/bench.test" -test.run '^$' -test.bench . \
          -test.benchtime "${GO_BENCHTIME:-1s}" | grep '^Benchmark'
      done | tee "$work/go.txt"
      awk '{ name = $1; sub(/^BenchmarkMatchers\//, "", name); sub(/-[0-9]+$/, "", name); ns[name] = ns[name] " " $3; mem[name] = $5 " B, " $7 " allocs" }
        END {
          print "| router (Go, 203 routes, one process per run) | median M lookups/s | best M lookups/s | per lookup |"; print "|---|---|---|---|"
          for (n in ns) { k = split(substr(ns[n], 2), xs, " "); for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (xs[j] < xs[i]) { t = xs[i]; xs[i] = xs[j]; xs[j] = t }
            printf "| %s | %.2f | %.2f | %s |\n", n, 1000 / xs[int((k + 1) / 2)], 1000 / xs[1], mem[n] }
        }' "$work/go.txt"
      ;;
    python)
      python3 "$here/bench.py" "$work/gen/python" githubroutes "$work/requests.json" "${PY_ROUNDS:-50}" "${PY_SAMPLES:-7}"
      ;;
    *) echo "unknown language '$language' (typescript, go, python)" >&2; exit 2 ;;
  esac
done
echo
echo "# end: $(uptime)"
