using System.Text.Json;
using System.Text.RegularExpressions;
using ContractGen.Breaking.Output;
using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Output;

/// <summary>SARIF output validates against the official SARIF 2.1.0 schema; JSON output against schemas/breaking-report.schema.json.</summary>
public sealed partial class SchemaConformanceTests
{
    private const string ReportSchema = "schemas/breaking-report.schema.json";

    public static TheoryData<string> Results => new("several_levels", "hostile", "empty");

    private static BreakingResult Result(string name) => name switch
    {
        "several_levels" => FormatterGoldenTests.SeveralLevels(),
        "hostile" => FormatterGoldenTests.Hostile(),
        _ => new BreakingResult([]),
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Sarif_output_is_valid_sarif_2_1_0(string name)
    {
        var errors = SchemaValidation.Errors(SchemaValidation.Sarif(), new SarifFormatter().Format(Result(name)));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_sarif_schema_rejects_what_it_should()
    {
        var schema = SchemaValidation.Sarif();
        var good = new SarifFormatter().Format(FormatterGoldenTests.SeveralLevels());
        Assert.NotEmpty(SchemaValidation.Errors(schema, good.Replace("\"level\": \"warning\"", "\"level\": \"loud\"", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaValidation.Errors(schema, good.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaValidation.Errors(schema, good.Replace("\"startLine\":", "\"firstLine\":", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Results))]
    public void Json_output_follows_the_documented_schema(string name)
    {
        var errors = SchemaValidation.Errors(SchemaValidation.FromRepository(ReportSchema), new JsonFormatter().Format(Result(name)));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_example_in_docs_breaking_md_follows_the_schema_and_the_schema_rejects_a_bad_level()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "breaking.md"));
        var example = JsonBlock().Match(docs);
        Assert.True(example.Success, "docs/breaking.md has no ```json example");
        var schema = SchemaValidation.FromRepository(ReportSchema);
        Assert.Empty(SchemaValidation.Errors(schema, example.Groups[1].Value));
        Assert.Contains(ReportSchema, docs, StringComparison.Ordinal);
        var bad = new JsonFormatter().Format(FormatterGoldenTests.SeveralLevels()).Replace("\"level\": \"warning\"", "\"level\": \"loud\"", StringComparison.Ordinal);
        Assert.NotEmpty(SchemaValidation.Errors(schema, bad));
    }

    [Fact]
    public void Json_summary_counts_the_findings()
    {
        var result = FormatterGoldenTests.SeveralLevels();
        using var doc = JsonDocument.Parse(new JsonFormatter().Format(result));
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(result.Count(RuleLevel.Error), summary.GetProperty("errors").GetInt32());
        Assert.Equal(result.Count(RuleLevel.Warning), summary.GetProperty("warnings").GetInt32());
        Assert.Equal(result.Count(RuleLevel.Info), summary.GetProperty("infos").GetInt32());
        Assert.True(summary.GetProperty("breaking").GetBoolean());
        Assert.Equal(result.Findings.Length, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [GeneratedRegex("```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
