using ContractGen.Testing;

namespace ContractGen.Readers.OpenApi.Tests;

public sealed class GoldenCaseTests
{
    public static TheoryData<string> Cases() => new(CaseRunner.CaseNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_prints_its_golden_model_and_diagnostics(string name)
    {
        var dir = CaseRunner.CaseDir(name);
        var result = CaseRunner.Read(dir);
        Golden.Assert(Path.Combine(CaseRunner.CasesFolder, name, "expected.txt"), CaseRunner.Render(dir, result));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reading_twice_gives_the_same_text(string name)
    {
        var dir = CaseRunner.CaseDir(name);
        Assert.Equal(CaseRunner.Render(dir, CaseRunner.Read(dir)), CaseRunner.Render(dir, CaseRunner.Read(dir)));
    }
}
