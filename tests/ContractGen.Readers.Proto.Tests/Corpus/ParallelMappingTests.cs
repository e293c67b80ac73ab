using ContractGen.Model;
using ContractGen.Model.Printing;
using ContractGen.Readers.Proto.Mapping;
using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests.Corpus;

/// <summary>
/// The mapping runs files and types in parallel; its model and diagnostics must not depend on that. Each input is
/// compiled once and mapped serially and with several workers; the printed models and diagnostics are compared.
/// </summary>
public sealed class ParallelMappingTests
{
    [Fact]
    public void The_googleapis_cloud_v1_corpus_maps_to_the_same_model_serially_and_in_parallel()
    {
        var root = GoogleapisCorpus.RequireRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "google", "cloud"), "*.proto", SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').Contains("/v1/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 1000, $"{files.Count} files");

        var (serial, parallel) = MapBothWays(files, [root]);

        Assert.Equal(serial, parallel);
        Assert.Contains("service google.cloud.", serial, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reader_case_and_malformed_case_maps_to_the_same_model_serially_and_in_parallel()
    {
        var dirs = Directory.GetDirectories(ReaderHarness.CasesDir)
            .Concat(Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests", "ContractGen.Readers.Proto.Tests", "Malformed")))
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(dirs);
        foreach (var dir in dirs)
        {
            var (serial, parallel) = MapBothWays([dir], []);
            Assert.True(serial == parallel, $"{Path.GetFileName(dir)} differs");
        }
    }

    private static (string Serial, string Parallel) MapBothWays(IReadOnlyList<string> inputs, IReadOnlyList<string> includes)
    {
        var compilation = ProtoReader.Compile(inputs, new ReaderOptions { IncludePaths = includes }, TestContext.Current.CancellationToken);
        if (compilation.DescriptorSet is null)
        {
            return ("", "");
        }

        var users = compilation.Inputs.ProtoFiles.GroupBy(f => f.VirtualName).ToDictionary(g => g.Key, g => g.First().DisplayPath, StringComparer.Ordinal);
        string MapWith(int parallelism)
        {
            var diagnostics = new DiagnosticBag();
            var decoded = DescriptorSetLoader.ParseLazily(compilation.DescriptorSet, "protoc output", diagnostics);
            if (decoded is null)
            {
                return "not decoded";
            }

            var model = ProtoModelMapper.Map(decoded.Set, users, diagnostics, null, decoded.SourceInfo, userFilesOnDisk: true, parallelism);
            return ModelPrinter.Print(model, new PrintOptions()) + string.Concat(diagnostics.ToImmutableSorted().Select(d => d + "\n"));
        }

        return (MapWith(1), MapWith(4));
    }
}
