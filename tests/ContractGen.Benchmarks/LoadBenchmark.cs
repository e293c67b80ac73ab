using System.Diagnostics;
using System.Globalization;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi;
using ContractGen.Readers.OpenApi;
using ContractGen.Readers.OpenApi.Loading;
using ContractGen.Readers.Proto;

namespace ContractGen.Benchmarks;

/// <summary>
/// One load per process (so peak memory is that load's): wall time from start of the load to the model, and the
/// process's peak working set. The script runs each mode several times and reports min and median.
/// </summary>
internal static class LoadBenchmark
{
    public static int Run(string[] args)
    {
        var kind = args[0];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var (elements, errors) = kind switch
        {
            "openapi-lib" => OpenApiLibrary(args[1]),
            "openapi" => Count(new OpenApiReader().Read([args[1]], new ReaderOptions())),
            "asyncapi" => Count(new AsyncApiReader().Read(args.Skip(1).ToList(), new ReaderOptions())),
            "protoc" => Protoc(ReadList(args[1]), args[2]),
            "proto" => Count(new ProtoReader().Read(ReadList(args[1]), new ReaderOptions { IncludePaths = [args[2]] })),
            _ => throw new ArgumentException("unknown load kind " + kind),
        };
        sw.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"kind\":\"{kind}\",\"ms\":{sw.Elapsed.TotalMilliseconds:F0},\"cpuMs\":{cpuMs:F0},\"jitMs\":{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0},\"gcPauseMs\":{GC.GetTotalPauseDuration().TotalMilliseconds:F0},\"peakMB\":{process.PeakWorkingSet64 / (1024.0 * 1024):F0},\"elements\":{elements},\"errors\":{errors}}}"));
        return errors == 0 ? 0 : 1;
    }

    private static (int, int) OpenApiLibrary(string path)
    {
        var (doc, errors) = LibraryOnly.Parse(path);
        return (doc?.Paths?.Count ?? 0, errors);
    }

    private static (int, int) Protoc(IReadOnlyList<string> files, string root)
    {
        var compilation = ProtoReader.Compile(files, new ReaderOptions { IncludePaths = [root] });
        return (compilation.DescriptorSet?.Length ?? 0, compilation.Diagnostics.ToImmutableSorted().Count(d => d.Severity == Severity.Error));
    }

    private static (int, int) Count(ReadResult result) =>
        (result.Model.Types.Length + result.Model.Operations.Count() + result.Model.Channels.Length,
         result.Diagnostics.Count(d => d.Severity == Severity.Error));

    private static List<string> ReadList(string listFile) =>
        File.ReadAllLines(listFile).Where(l => l.Length > 0).ToList();
}
