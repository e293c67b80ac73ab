using BenchmarkDotNet.Running;

namespace ContractGen.Benchmarks;

/// <summary>
/// Entry point. Modes (each load prints one JSON line per measurement so scripts/bench/load.sh can tabulate them):
///   load openapi-lib FILE        Microsoft.OpenApi parse only (the library alone)
///   load openapi FILE            OpenAPI reader: parse + mapping into the model
///   load protoc LISTFILE ROOT    bundled protoc only (descriptor set, source info), files listed one per line
///   load proto LISTFILE ROOT     proto reader: protoc + decoding + mapping
///   load asyncapi FILE...        AsyncAPI reader
///   phases lib|ours|proto ...    per-phase breakdown of a load (see LoadPhases)
///   github-contract OUT          writes the 203 GitHub routes as an OpenAPI 3.1 contract
///   matchers [BDN args]          BenchmarkDotNet: generated C# matcher vs ASP.NET Core routing
///   matchers-interleaved [ROUNDS] the same methods interleaved in one process, fastest round each (loaded machines)
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ContractGen.Benchmarks load|github-contract|matchers|matchers-interleaved ...");
            return 2;
        }

        return args[0] switch
        {
            "load" => LoadBenchmark.Run(args.Skip(1).ToArray()),
            "phases" => LoadPhases.Run(args.Skip(1).ToArray()),
            "github-contract" => GithubRoutes.WriteContract(args[1]),
            "matchers" => RunMatchers(args.Skip(1).ToArray()),
            "matchers-interleaved" => MatcherInterleaved.Run(args.Skip(1).ToArray()),
            _ => Usage(args[0]),
        };
    }

    private static int RunMatchers(string[] args)
    {
        var summary = BenchmarkRunner.Run<MatcherBenchmarks>(args: args);
        return summary.HasCriticalValidationErrors ? 3 : 0;
    }

    private static int Usage(string mode)
    {
        Console.Error.WriteLine($"unknown mode '{mode}'");
        return 2;
    }
}
