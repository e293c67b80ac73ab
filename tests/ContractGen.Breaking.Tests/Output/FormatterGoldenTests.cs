using ContractGen.Breaking.Output;
using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Output;

/// <summary>
/// Every output format, golden-tested on the mixed/several_levels fixture (errors, warnings and info in an OpenAPI and
/// an AsyncAPI file, previous and current), on a finding whose text needs escaping in every format, and on an empty result.
/// </summary>
public sealed class FormatterGoldenTests
{
    public const string Goldens = "tests/ContractGen.Breaking.Tests/Goldens/output";

    public static TheoryData<string> Formats => new(FindingFormatters.Names);

    public static BreakingResult SeveralLevels() => FixtureRunner.Compare("mixed", "several_levels");

    /// <summary>Quotes, a newline, %, commas, colons, pipes, angle brackets, backticks and non-ASCII in the message and path.</summary>
    public static BreakingResult Hostile() => new(
    [
        new Finding("RESPONSE_PROPERTY_REMOVED", RuleLevel.Error, "The property \"a|b\" of `Ünïcode<T>` was removed: 100% sure,\nreally & truly.",
            new SourceSpan("api dir/spec,v1:x.yaml", 3, 7), "#/components/schemas/Ünïcode<T>.a|b"),
        new Finding("REQUEST_PROPERTY_REMOVED", RuleLevel.Warning, "-->]]> </failure> ::error::", new SourceSpan("api dir/spec,v1:x.yaml", 9, 1), ""),
        new Finding("RESPONSE_STATUS_REMOVED", RuleLevel.Info, "no location", SourceSpan.None, "getOrder (GET /orders/{id})"),
    ]);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Several_levels(string format) =>
        Golden.Assert($"{Goldens}/several_levels.{Extension(format)}", FindingFormatters.Find(format)!.Format(SeveralLevels()));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Hostile_text(string format) =>
        Golden.Assert($"{Goldens}/hostile.{Extension(format)}", FindingFormatters.Find(format)!.Format(Hostile()));

    [Theory]
    [MemberData(nameof(Formats))]
    public void No_findings(string format) =>
        Golden.Assert($"{Goldens}/empty.{Extension(format)}", FindingFormatters.Find(format)!.Format(new BreakingResult([])));

    [Fact]
    public void The_fixture_has_every_level_in_two_files()
    {
        var result = SeveralLevels();
        Assert.All(Enum.GetValues<RuleLevel>(), level => Assert.Contains(result.Findings, f => f.Level == level));
        Assert.True(result.Findings.Select(f => f.Location.File).Distinct().Count() >= 2);
    }

    public static string Extension(string format) => format switch
    {
        "text" => "txt",
        "json" => "json",
        "github" => "github.txt",
        "sarif" => "sarif.json",
        "junit" => "junit.xml",
        "markdown" => "md",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a new format needs its golden extension here"),
    };
}
