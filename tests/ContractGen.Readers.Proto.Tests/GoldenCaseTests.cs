using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests;

/// <summary>
/// One folder per case under Cases/: every .proto in it is read (the folder is the include root) and the printed
/// model plus diagnostics must equal Cases/&lt;case&gt;/expected.txt.
/// </summary>
public sealed class GoldenCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(ReaderHarness.CasesDir).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_prints_its_golden_model(string name)
    {
        var dir = Path.Combine(ReaderHarness.CasesDir, name);
        var result = ReaderHarness.ReadCase(dir);
        Golden.Assert(Path.Combine(dir, "expected.txt"), ReaderHarness.Print(result, dir));
    }
}
