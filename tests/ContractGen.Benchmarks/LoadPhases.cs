using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.OpenApi.Loading;
using ContractGen.Readers.OpenApi.Mapping;
using Microsoft.OpenApi.Reader;

namespace ContractGen.Benchmarks;

/// <summary>
/// Where the time of a load goes: the phases run one after the other (not concurrently, as the reader runs some of
/// them), each with its wall, CPU, JIT and GC-pause time and the MB it allocated, N times in one process (the first
/// iteration includes JIT, later ones are warm). Modes: <c>lib FILE [N]</c> (JsonNode.Parse, then Microsoft.OpenApi's
/// read), <c>ours FILE [N]</c> (located tree, bundling, the library's read of our tree, mapping), <c>proto LIST N ROOT</c>
/// (protoc once, then decoding and mapping N times). ALLOC_TICKS=1 also lists the types the mapping allocates most.
/// </summary>
internal static class LoadPhases
{
    private static ContractGen.Readers.Proto.ProtoCompilation? _compilation;

    public static int Run(string[] args)
    {
        var path = args[1];
        var n = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        for (var i = 0; i < n; i++)
        {
            var row = new StringBuilder($"iter {i}: ");
            var sw = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var jit = System.Runtime.JitInfo.GetCompilationTime();
            var pause = GC.GetTotalPauseDuration();
            var alloc = GC.GetTotalAllocatedBytes(true);
            void Lap(string name)
            {
                var a = GC.GetTotalAllocatedBytes(true);
                row.Append(CultureInfo.InvariantCulture, $"{name}.allocMB={(a - alloc) / 1048576} {name}.heapMB={GC.GetTotalMemory(false) / 1048576} ");
                alloc = a;
                var c = Process.GetCurrentProcess().TotalProcessorTime;
                var j = System.Runtime.JitInfo.GetCompilationTime();
                var p = GC.GetTotalPauseDuration();
                row.Append(CultureInfo.InvariantCulture, $"{name}={sw.Elapsed.TotalMilliseconds:F0} {name}.cpu={(c - cpu).TotalMilliseconds:F0} {name}.jit={(j - jit).TotalMilliseconds:F0} {name}.gc={(p - pause).TotalMilliseconds:F0} {name}.gcs={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} ");
                cpu = c;
                jit = j;
                pause = p;
                sw.Restart();
            }

            if (args[0] == "proto")
            {
                var files = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
                var compilation = _compilation ??= ContractGen.Readers.Proto.ProtoReader.Compile(files, new ReaderOptions { IncludePaths = [args[3]] });
                Lap("protoc");
                var decoded = ContractGen.Readers.Proto.DescriptorSetLoader.ParseLazily(compilation.DescriptorSet!, "protoc output", compilation.Diagnostics)!;
                var set = decoded.Set;
                Lap("decode");
                var users = compilation.Inputs.ProtoFiles.GroupBy(f => f.VirtualName).ToDictionary(g => g.Key, g => g.First().DisplayPath);
                using var ticks = Environment.GetEnvironmentVariable("ALLOC_TICKS") is null ? null : new AllocationTicks { On = true };
                var model = ContractGen.Readers.Proto.Mapping.ProtoModelMapper.Map(set, users, compilation.Diagnostics, sourceInfo: decoded.SourceInfo);
                if (ticks is not null)
                {
                    ticks.On = false;
                    Console.WriteLine(ticks.Report(30));
                }

                Lap("map");
                row.Append(CultureInfo.InvariantCulture, $"files={set.File.Count} types={model.Types.Length}");
            }
            else if (args[0] == "lib")
            {
                var bytes = File.ReadAllBytes(path);
                Lap("read");
                var node = JsonNode.Parse(bytes)!;
                Lap("JsonNode.Parse");
                var r = new OpenApiJsonReader().Read(node, new Uri(Path.GetFullPath(path)), OpenApiDocumentLoader.LibrarySettings());
                Lap("lib.Read(node)");
                GC.KeepAlive(r);
            }
            else
            {
                var diagnostics = new DiagnosticBag();
                var ctx = new LoadContext(path, new ReaderOptions(), diagnostics, default);
                Lap("read+tree");
                var root = (JsonObject)ctx.MainFile.Root!;
                ctx.Is31OrLater = !((string)root["openapi"]!).StartsWith("3.0", StringComparison.Ordinal);
                RefBundler.Bundle(ctx, root);
                Lap("bundle");
                var r = new OpenApiJsonReader().Read(root, new Uri(ctx.MainFile.FullPath), OpenApiDocumentLoader.LibrarySettings());
                Lap("lib.Read(tree)");
                var loaded = new LoadedDocument(path, ctx, root, (string)root["openapi"]!, r.Document);
                using var ticks = Environment.GetEnvironmentVariable("ALLOC_TICKS") is null ? null : new AllocationTicks { On = true };
                var model = DocumentMapper.Map(loaded, diagnostics);
                if (ticks is not null)
                {
                    ticks.On = false;
                    Console.WriteLine(ticks.Report(40));
                }

                Lap("map");
                row.Append(CultureInfo.InvariantCulture, $"types={model.Types.Length} diags={diagnostics.Count}");
            }

            Console.WriteLine(row.ToString());
        }

        return 0;
    }
}
