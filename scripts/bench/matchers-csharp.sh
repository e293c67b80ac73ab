#!/usr/bin/env bash
# C# matcher benchmark (issue 4): contractgen's generated-matcher runtime vs ASP.NET Core routing on the 203 GitHub
# routes, in one process (BenchmarkDotNet + MemoryDiagnoser; hits and misses, figures per lookup). Prints the load
# average before and after, since ours and the peer are only comparable within one run.
#   scripts/bench/matchers-csharp.sh            # default BenchmarkDotNet job (the figures for docs/benchmarks.md)
#   scripts/bench/matchers-csharp.sh --job short  # quicker, wider error bars (any BenchmarkDotNet option may follow)
#   scripts/bench/matchers-csharp.sh interleaved [ROUNDS]  # no BenchmarkDotNet: the methods interleaved, fastest round each
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dotnet build "$root/tests/ContractGen.Benchmarks" -c Release -v q -nologo >/dev/null
# The benchmark process has the tool's runtime settings (src/ContractGen.Cli/Runtime.props: dynamic PGO off, right for
# a one-shot tool); a matcher runs inside a long-lived service, where dynamic PGO is on by default, so turn it back on.
export DOTNET_TieredPGO=1
echo "# load before: $(uptime)"
if [ "${1:-}" = interleaved ]; then
  shift
  (cd "$root/tests/ContractGen.Benchmarks" && dotnet bin/Release/net10.0/ContractGen.Benchmarks.dll matchers-interleaved "$@")
else
  (cd "$root/tests/ContractGen.Benchmarks" && dotnet bin/Release/net10.0/ContractGen.Benchmarks.dll matchers --buildTimeout 1200 "$@")
fi
echo "# load after: $(uptime)"
