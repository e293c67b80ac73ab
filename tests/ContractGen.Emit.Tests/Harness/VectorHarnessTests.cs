using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// Compile-and-run harnesses: the shared path-template vectors, compiled by the route compiler, run against each
/// language's generated matcher package with the real toolchain (one package per language, driven by one JSON file).
/// </summary>
public sealed class VectorHarnessTests : IDisposable
{
    private readonly TempFolder _temp = new("cg-vectors-");
    private readonly string _vectors;
    private readonly HarnessVectors.Compiled _compiled;

    public VectorHarnessTests()
    {
        _compiled = HarnessVectors.Build();
        _vectors = _temp.Write("vectors.json", _compiled.Json);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_vectors_have_enough_cases_for_every_language()
    {
        Assert.True(_compiled.MatchCases + _compiled.BuildCases >= 150, $"{_compiled.MatchCases} match + {_compiled.BuildCases} build cases");
    }

    [Fact]
    public void CSharp_generated_matcher_passes_every_vector() => Run("csharp", "Vectors.Routes");

    [Fact]
    public void TypeScript_generated_matcher_passes_every_vector() => Run("typescript", "vectors");

    [Fact]
    public void Go_generated_matcher_passes_every_vector() => Run("go", "vectors");

    [Fact]
    public void Python_generated_matcher_passes_every_vector() => Run("python", "vectors");

    private void Run(string language, string packageName)
    {
        using var package = GeneratedPackage.Create(language, _compiled.Generated, packageName);
        LanguageRunners.Run(package, _vectors);
    }
}
