using ContractGen.Testing;

namespace ContractGen.Readers.AsyncApi.Tests;

/// <summary>
/// Focused cases under Cases/&lt;case&gt;/: the entry document (asyncapi.yaml, asyncapi.json, or */asyncapi.*) is read with
/// the case folder as contract root; model and diagnostics are compared with expected.txt (ModelPrinter format).
/// </summary>
public sealed class CaseTests
{
    private static string CasesDir => Path.Combine(RepoPaths.Tests, "ContractGen.Readers.AsyncApi.Tests", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesDir).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(dir!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Model_and_diagnostics_match_golden(string name)
    {
        var dir = Path.Combine(CasesDir, name);
        var entry = Entry(dir);
        var result = ReaderHarness.Read(dir, entry);
        Golden.Assert(Path.Combine(dir, "expected.txt"), ReaderHarness.Print(result, dir));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_are_located_and_never_internal(string name)
    {
        var dir = Path.Combine(CasesDir, name);
        var result = ReaderHarness.Read(dir, Entry(dir));
        Assert.All(result.Diagnostics, d =>
        {
            Assert.StartsWith("CG3", d.Code);
            Assert.NotEqual("CG3999", d.Code);
            Assert.True(d.Span.IsKnown, $"not located: {d}");
        });
        if (name.StartsWith("bad-", StringComparison.Ordinal) || name.EndsWith("-errors", StringComparison.Ordinal))
        {
            Assert.True(result.HasErrors, "a malformed case must report errors");
        }
        else
        {
            Assert.False(result.HasErrors, ReaderHarness.Describe(result.Diagnostics));
        }
    }

    private static string Entry(string dir)
    {
        var candidates = Directory.GetFiles(dir, "asyncapi.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f))
            .OrderBy(f => f.Count(c => c == Path.DirectorySeparatorChar))
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(candidates);
        return candidates[0];
    }
}
