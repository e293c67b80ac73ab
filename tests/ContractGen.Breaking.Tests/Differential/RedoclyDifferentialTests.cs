using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Differential;

/// <summary>
/// Differential test against <c>redocly diff</c> on every OpenAPI and AsyncAPI fixture: every change redocly rates
/// major, we report as an error through one of the matching rules (<see cref="RedoclyRules"/>), unless
/// <c>redocly-differences.txt</c> lists that (fixture, redocly rule) with the reason. A listed difference that no
/// longer happens fails too, so the list stays true.
/// </summary>
public sealed class RedoclyDifferentialTests
{
    private const string DifferencesFile = "tests/ContractGen.Breaking.Tests/Differential/redocly-differences.txt";

    private static readonly (string Area, string Name)[] All =
        [.. new[] { "openapi", "asyncapi" }.SelectMany(a => FixtureRunner.Names(a).Select(n => (a, n)))];

    public static TheoryData<string, string> Cases => new(All.Select(x => (x.Area, x.Name)));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_major_change_of_redocly_is_breaking_for_us(string area, string name)
    {
        var report = await Redocly.Report(area, name, All);
        var ours = FixtureRunner.Compare(area, name);
        var errors = ours.Findings.Where(f => f.Level == RuleLevel.Error).Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);
        var documented = Differences().Where(d => d.Case == $"{area}/{name}").ToList();
        var missed = new List<string>();
        foreach (var rule in report.Verdicts.Where(v => v.Impact == "major").Select(v => v.Rule).Distinct())
        {
            Assert.True(RedoclyRules.Ours.TryGetValue(rule, out var matching), $"redocly rule '{rule}' has no entry in RedoclyRules");
            if (!matching.Any(errors.Contains) && !documented.Any(d => d.Rule == rule))
            {
                missed.Add($"{rule} at {string.Join(", ", report.Verdicts.Where(v => v.Rule == rule).Select(v => v.Pointer))}");
            }
        }

        Assert.True(missed.Count == 0, $"{area}/{name}: redocly rates major what we do not report as an error:\n  " + string.Join("\n  ", missed)
            + "\nours:\n" + string.Join("\n", ours.Findings.Select(f => $"  {f.Rule} {f.Level}: {f.Message}")));
        foreach (var d in documented)
        {
            Assert.True(report.Verdicts.Any(v => v.Impact == "major" && v.Rule == d.Rule), $"{DifferencesFile}: {d.Case} {d.Rule} no longer happens; remove the line");
        }
    }

    [Fact]
    public void Every_documented_difference_names_a_fixture_and_gives_a_reason()
    {
        var cases = All.Select(x => $"{x.Area}/{x.Name}").ToHashSet(StringComparer.Ordinal);
        foreach (var d in Differences())
        {
            Assert.Contains(d.Case, cases);
            Assert.True(RedoclyRules.Ours.ContainsKey(d.Rule), d.Rule);
            Assert.True(d.Reason.Length > 20, $"{d.Case} {d.Rule}: give the reason");
        }
    }

    private static IEnumerable<(string Case, string Rule, string Reason)> Differences() =>
        File.ReadAllLines(Path.Combine(RepoPaths.Root, DifferencesFile))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (p[0], p[1], p.Length > 2 ? p[2] : ""));
}
