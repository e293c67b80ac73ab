using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests.Corpus;

/// <summary>
/// Every googleapis proto of npm google-proto-files that protoc accepts loads with zero errors, and the model accounts
/// for every service, method, http rule (with each additional binding), field, JSON name and enum value that protoc's
/// own descriptors hold.
/// </summary>
public sealed class GoogleapisCorpusTests
{
    [Fact]
    public void Every_googleapis_proto_loads_with_zero_errors()
    {
        GoogleapisCorpus.RequireRoot();
        var results = GoogleapisCorpus.All;
        Assert.Equal(GoogleapisCorpus.Files().Count, results.Sum(r => r.Files.Count));
        Assert.True(results.Sum(r => r.Files.Count) > 7000, "the corpus should hold more than 7,000 files");
        var all = results.SelectMany(r => r.Diagnostics).Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(all.Count == 0, "errors:\n" + string.Join("\n", all.Take(20)));
    }

    [Fact]
    public void Templates_with_segments_after_double_star_are_in_the_model()
    {
        GoogleapisCorpus.RequireRoot();
        var bindings = GoogleapisCorpus.All.SelectMany(r => r.Actual).Where(a => a.StartsWith("http ", StringComparison.Ordinal)).ToList();
        foreach (var (_, template) in GoogleapisCorpus.TemplatesWithSegmentsAfterDoubleStar)
        {
            Assert.Contains(bindings, b => b.Contains(" " + template + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Model_accounts_for_everything_in_protocs_descriptors()
    {
        GoogleapisCorpus.RequireRoot();
        var results = GoogleapisCorpus.All;
        var missing = results.SelectMany(r => r.Expected.Except(r.Actual))
            .Order(StringComparer.Ordinal).Take(20).ToList();
        Assert.True(missing.Count == 0, "in protoc's descriptors but not in the model:\n" + string.Join("\n", missing));
        var extra = results.SelectMany(r => r.Actual.Where(a => a.StartsWith("service ", StringComparison.Ordinal) ||
                                                               a.StartsWith("method ", StringComparison.Ordinal) ||
                                                               a.StartsWith("http ", StringComparison.Ordinal) ||
                                                               a.StartsWith("extension ", StringComparison.Ordinal)).Except(r.Expected))
            .Take(20).ToList();
        Assert.True(extra.Count == 0, "services/methods/bindings/extensions in the model that protoc does not have:\n" + string.Join("\n", extra));
        var http = results.Sum(r => r.Expected.Count(e => e.StartsWith("http ", StringComparison.Ordinal)));
        Assert.True(http > 5000, $"expected thousands of http rules, found {http}");
        var extensions = results.SelectMany(r => r.Actual).Where(a => a.StartsWith("extension ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("extension google.api.http google.protobuf.MethodOptions 72295728 Singular", extensions);
        Assert.Contains("extension google.api.field_behavior google.protobuf.FieldOptions 1052 Repeated", extensions);
    }

    [Fact]
    public void Files_left_out_are_really_rejected_by_protoc()
    {
        var root = GoogleapisCorpus.RequireRoot();
        foreach (var file in GoogleapisCorpus.RejectedByProtoc)
        {
            var result = new ProtoReader().Read([Path.Combine(root, file)], new ReaderOptions { IncludePaths = [root] }, TestContext.Current.CancellationToken);
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Code == ProtoCodes.ProtocError && d.Span.Line > 0);
        }
    }
}
