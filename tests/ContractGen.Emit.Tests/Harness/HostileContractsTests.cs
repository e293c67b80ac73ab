using ContractGen.Emit.Engine;
using ContractGen.Model;
using ContractGen.Readers;
using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// Matchers generated from contracts/hostile and contracts/edge-cases (names and strings with quotes, backslashes,
/// <c>*/</c>, <c>${</c>, non-ASCII and reserved words of the four languages) build strictly with each language's
/// toolchain, hold exactly the contracts' strings, and answer like the C# reference runtime on every route. The
/// package base names are hostile too: a Python standard module and a Go standard library path behind a "../".
/// </summary>
public sealed class HostileContractsTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var language in new[] { "csharp", "typescript", "go", "python" })
        {
            data.Add("hostile", "dataclasses", language);
            data.Add("edge-cases", "../Sort", language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_matchers_build_strictly_and_agree_with_the_reference(string contracts, string packageName, string language)
    {
        var model = Load(contracts);
        var table = RouteTables.Of(new EmitContext(model, new EmitOptions(), new DiagnosticBag()));
        Assert.True(table.Routes.Length >= 5, $"{contracts} has only {table.Routes.Length} routes");
        var smoke = SmokeVectors.For(contracts, table);
        Assert.True(smoke.MatchCases >= table.Routes.Length, $"{smoke.MatchCases} match cases for {table.Routes.Length} routes");
        using var temp = new TempFolder($"cg-smoke-{language}-");
        var file = temp.Write("vectors.json", smoke.Json);
        using var package = GeneratedPackage.Create(language, model, packageName);
        LanguageRunners.Run(package, file);
    }

    [Fact]
    public void Package_names_never_shadow_a_standard_module_or_path()
    {
        using var python = GeneratedPackage.Create("python", ContractModel.Empty, "dataclasses");
        Assert.Equal("dataclasses_", python.PythonPackage);
        Assert.True(File.Exists(Path.Combine(python.Root, "dataclasses_", "__init__.py")));
        using var go = GeneratedPackage.Create("go", ContractModel.Empty, "../Sort");
        Assert.Contains("\nmodule sort-api\n", File.ReadAllText(Path.Combine(go.Root, "go.mod")), StringComparison.Ordinal);
        Assert.Equal("sortapi", go.GoPackage);
    }

    private static ContractModel Load(string contracts)
    {
        var result = new ContractLoader().Load(new LoadRequest { Inputs = [Path.Combine(RepoPaths.Contracts, contracts)] });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Model;
    }
}
