using System.Collections.Concurrent;
using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;
using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests.Corpus;

/// <summary>
/// The googleapis protos of npm google-proto-files (every .proto under google/), compiled in batches by API folder
/// with the corpus root as include path. Each batch keeps only what the tests check: diagnostics and the two
/// inventories (from protoc's descriptors and from the model), so memory stays small.
/// </summary>
internal static class GoogleapisCorpus
{
    /// <summary>
    /// Files protoc itself rejects because the package lacks their imports (protobuf's own test inputs): the two Ruby
    /// generator tests import "ruby_generated_code_proto2_import.proto", json_format_proto3.proto imports
    /// "google/protobuf/unittest.proto". Every other file under google/ compiles (checked file by file).
    /// </summary>
    public static readonly string[] RejectedByProtoc =
    [
        "google/protobuf/compiler/ruby/ruby_generated_code.proto",
        "google/protobuf/compiler/ruby/ruby_generated_code_proto2.proto",
        "google/protobuf/util/json_format_proto3.proto",
    ];

    /// <summary>
    /// Bindings whose template has segments after '**' (googleapis' Firestore and remoteworkers APIs): they load into the
    /// model like any other; only the route compiler refuses them (CG4404), because the matchers cannot route them.
    /// </summary>
    public static readonly (string File, string Template)[] TemplatesWithSegmentsAfterDoubleStar =
    [
        ("google/devtools/remoteworkers/v1test2/bots.proto", "/v1test2/{name=**/botSessions/*}"),
        ("google/firestore/v1/firestore.proto", "/v1/{parent=projects/*/databases/*/documents/*/**}/{collection_id}"),
        ("google/firestore/v1/firestore.proto", "/v1/{parent=projects/*/databases/*/documents/**}/{collection_id}"),
        ("google/firestore/v1beta1/firestore.proto", "/v1beta1/{parent=projects/*/databases/*/documents/*/**}/{collection_id}"),
        ("google/firestore/v1beta1/firestore.proto", "/v1beta1/{parent=projects/*/databases/*/documents/**}/{collection_id}"),
    ];

    /// <summary>These two define the same symbols (one.two.a_three.Four); each is fine alone, so each gets its own batch.</summary>
    private static readonly string[] Alone =
    [
        "google/protobuf/compiler/ruby/ruby_generated_pkg_explicit.proto",
        "google/protobuf/compiler/ruby/ruby_generated_pkg_implicit.proto",
    ];

    private const int BatchSize = 600;

    private static readonly Lazy<IReadOnlyList<BatchResult>> Results = new(Run);

    public static string Root => Path.Combine(RepoPaths.NodeTools, "google-proto-files");

    public static string RequireRoot()
    {
        RepoPaths.RequireInstalled(Path.Combine(Root, "google"), "npm ci in tools/node (google-proto-files)");
        return Root;
    }

    public static IReadOnlyList<BatchResult> All => Results.Value;

    public static List<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(Root, "google"), "*.proto", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !RejectedByProtoc.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Groups files by API folder (google/cloud/&lt;api&gt;, else google/&lt;area&gt;) and packs groups into batches.</summary>
    public static List<List<string>> Batches(List<string> files)
    {
        var batches = Alone.Where(files.Contains).Select(f => new List<string> { f }).ToList();
        var current = new List<string>();
        foreach (var group in files.Where(f => !Alone.Contains(f)).GroupBy(GroupKey, StringComparer.Ordinal))
        {
            var items = group.ToList();
            if (current.Count > 0 && current.Count + items.Count > BatchSize)
            {
                batches.Add(current);
                current = new List<string>();
            }

            current.AddRange(items);
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }

    private static string GroupKey(string file)
    {
        var parts = file.Split('/');
        return parts.Length > 3 && parts[1] == "cloud" ? string.Join('/', parts.Take(3)) : string.Join('/', parts.Take(Math.Min(2, parts.Length - 1)));
    }

    private static IReadOnlyList<BatchResult> Run()
    {
        var results = new ConcurrentBag<BatchResult>();
        var batches = Batches(Files());
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = 2 }, batch => results.Add(RunBatch(batch)));
        return results.OrderBy(r => r.Files[0], StringComparer.Ordinal).ToList();
    }

    private static BatchResult RunBatch(List<string> batch)
    {
        var paths = batch.Select(f => Path.Combine(Root, f)).ToList();
        var compilation = ProtoReader.Compile(paths, new ReaderOptions { IncludePaths = [Root] });
        var diagnostics = compilation.Diagnostics;
        if (compilation.DescriptorSet is null)
        {
            return new BatchResult(batch, diagnostics.ToImmutableSorted(), [], []);
        }

        var set = DescriptorSetLoader.Parse(compilation.DescriptorSet, "protoc output", diagnostics);
        if (set is null)
        {
            return new BatchResult(batch, diagnostics.ToImmutableSorted(), [], []);
        }

        var users = compilation.Inputs.ProtoFiles.ToDictionary(f => f.VirtualName, f => f.DisplayPath, StringComparer.Ordinal);
        var model = ProtoModelMapper.Map(set, users, diagnostics);
        var expected = Inventory.FromDescriptors(set, users.Keys.ToHashSet(StringComparer.Ordinal));
        var actual = Inventory.FromModel(model);
        return new BatchResult(batch, diagnostics.ToImmutableSorted(), expected, actual);
    }
}

internal sealed record BatchResult(List<string> Files, IReadOnlyList<Diagnostic> Diagnostics, HashSet<string> Expected, HashSet<string> Actual);
