using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Readers.AsyncApi.Tests;

/// <summary>Every AsyncAPI example of the asyncapi/spec corpus (2.6.0 and 3.0.0) loads without errors.</summary>
public sealed class CorpusTests
{
    /// <summary>
    /// Documents expected to fail, with the codes they must produce. 3.0.0 adeo: its Avro payloads are remote $refs
    /// (never fetched: CG3201) and its kafka message binding `key` breaks the official 3.0.0 schema (CG3100); the Avro
    /// schemaFormat itself is "not supported yet" (CG3500 warning), and its reply has an address while the reply channel has one too (CG3311).
    /// </summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["3.0.0/adeo-kafka-request-reply-asyncapi.yml"] = ["CG3100", "CG3201", "CG3311", "CG3500"],
    };

    /// <summary>
    /// Documents that load without errors but with warnings we expect: the two 3.0.0 kraken examples ship message
    /// examples that break their own payload schemas (status "unsubscribed" is not in the enum, pair is a string where
    /// the schema wants an array, depth 42 is not allowed); 3.x example mismatches are warnings (CG3310).
    /// </summary>
    private static readonly Dictionary<string, string[]> ExpectedWarnings = new(StringComparer.Ordinal)
    {
        ["3.0.0/kraken-websocket-request-reply-message-filter-in-reply-asyncapi.yml"] = ["CG3310"],
        ["3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml"] = ["CG3310"],
    };

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(RepoPaths.Shared, "corpus", "asyncapi");
        if (!Directory.Exists(root))
        {
            data.Add("(missing)");
            return data;
        }

        foreach (var file in Directory.GetFiles(root, "*.y*ml", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Where(f => !f.Contains("/common/", StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Loads_without_errors(string relative)
    {
        var root = RepoPaths.RequireShared("corpus", "asyncapi");
        var result = ReaderHarness.Read(root, relative);
        if (Expected.TryGetValue(relative, out var codes))
        {
            Assert.Equal(codes, result.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToArray());
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.IsKnown, d.ToString()));
            return;
        }

        var allowed = ExpectedWarnings.GetValueOrDefault(relative) ?? [];
        var problems = result.Diagnostics.Where(d => d.Severity == Severity.Error || (d.Severity == Severity.Warning && !allowed.Contains(d.Code))).ToList();
        Assert.True(problems.Count == 0, ReaderHarness.Describe(problems));
        Assert.Equal(allowed, result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.NotEmpty(result.Model.Channels);
    }

    public static TheoryData<string> GoldenDocuments() =>
    [
        "2.6.0/streetlights-kafka.yml",
        "2.6.0/oneof.yml",
        "2.6.0/social-media/backend/asyncapi.yaml",
        "3.0.0/streetlights-kafka-asyncapi.yml",
        "3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml",
        "3.0.0/social-media/backend/asyncapi.yaml",
        "3.0.0/oneof-asyncapi.yml",
    ];

    /// <summary>Model goldens for a handful of corpus documents (Corpus/&lt;version&gt;/&lt;path&gt;.txt).</summary>
    [Theory]
    [MemberData(nameof(GoldenDocuments))]
    public void Model_matches_golden(string relative)
    {
        var root = RepoPaths.RequireShared("corpus", "asyncapi");
        var result = ReaderHarness.Read(root, relative);
        var golden = Path.Combine("tests", "ContractGen.Readers.AsyncApi.Tests", "Corpus", relative.Replace('/', '_') + ".txt");
        Golden.Assert(golden, ReaderHarness.Print(result, root));
    }
}
