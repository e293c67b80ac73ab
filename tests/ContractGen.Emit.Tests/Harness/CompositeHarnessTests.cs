using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// Composite segments in every generated matcher (§3.2): random patterns and segments against the backtracking
/// definition, and 20,000-character hostile segments with three and four variables, matching and not, on which a
/// backtracking matcher would run for hours (far past the harness' timeout): the linear table answers in milliseconds.
/// </summary>
public sealed class CompositeHarnessTests : IDisposable
{
    private readonly TempFolder _temp = new("cg-composite-");
    private readonly string _file;
    private readonly CompositeVectors.Vectors _vectors;

    public CompositeHarnessTests()
    {
        _vectors = CompositeVectors.Build(seed: 7);
        _file = _temp.Write("vectors.json", _vectors.Json);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_random_groups_hold_matches_and_misses_of_every_pattern_size()
    {
        var random = new Random(7);
        var sizes = Enumerable.Range(0, 200).Select(_ => CompositeVectors.RandomPattern(random).Count(c => c == '{')).Distinct().Order();
        Assert.Equal([1, 2, 3, 4], sizes);
        Assert.True(_vectors.MatchCases > 4000, $"{_vectors.MatchCases} match cases");
        Assert.Contains("\"status\":200", _vectors.Json, StringComparison.Ordinal);
        Assert.Contains("\"status\":404", _vectors.Json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csharp")]
    [InlineData("typescript")]
    [InlineData("go")]
    [InlineData("python")]
    public void Generated_matchers_agree_with_the_definition_and_answer_hostile_segments(string language)
    {
        using var package = GeneratedPackage.Create(language, _vectors.Generated, "composites");
        LanguageRunners.Run(package, _file);
    }
}
