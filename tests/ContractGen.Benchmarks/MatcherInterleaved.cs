using System.Diagnostics;

namespace ContractGen.Benchmarks;

/// <summary>
/// A check for loaded machines, beside the BenchmarkDotNet run (which stays the reference): the same benchmark methods
/// in one process, interleaved round after round (each round times 50 invocations of each), and the fastest round of
/// each kept. A round that was not preempted is close to the quiet-machine time, so the ratios stay comparable when
/// the load average is far above the core count. Prints per-lookup minima and the ratio to ASP.NET Core's hits.
/// </summary>
internal static class MatcherInterleaved
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 300;
        var b = new MatcherBenchmarks();
        b.Setup();
        var methods = new (string Name, Func<int> Run)[]
        {
            (nameof(b.AspNetCoreRouting), b.AspNetCoreRouting), (nameof(b.AspNetCoreRoutingMiss), b.AspNetCoreRoutingMiss),
            (nameof(b.ContractGenMatcher), b.ContractGenMatcher), (nameof(b.ContractGenMatcherDecodeInto), b.ContractGenMatcherDecodeInto),
            (nameof(b.ContractGenMatcherStrings), b.ContractGenMatcherStrings), (nameof(b.ContractGenMatcherMiss), b.ContractGenMatcherMiss),
        };
        for (var w = 0; w < 2000; w++)
        {
            foreach (var m in methods)
            {
                m.Run();
            }
        }

        var best = Enumerable.Repeat(double.MaxValue, methods.Length).ToArray();
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < methods.Length; i++)
            {
                var sw = Stopwatch.StartNew();
                for (var k = 0; k < 50; k++)
                {
                    methods[i].Run();
                }

                best[i] = Math.Min(best[i], sw.Elapsed.TotalNanoseconds / 50 / MatcherBenchmarks.Lookups);
            }
        }

        for (var i = 0; i < methods.Length; i++)
        {
            Console.WriteLine($"{methods[i].Name,-30} {best[i],8:F1} ns/lookup (fastest of {rounds} rounds)  {best[0] / best[i]:F2}x ASP.NET Core hits");
        }

        return 0;
    }
}
