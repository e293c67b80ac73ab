using System.Collections.Concurrent;
using ContractGen.Breaking.Tests.Images;
using ContractGen.Readers;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Differential;

/// <summary>
/// contractgen against <c>buf breaking</c> (pinned in tools/node) on every proto fixture and every proto case under
/// contracts/issues: both sides are compiled to images with the bundled protoc, then each tool compares the same two
/// images under each of buf's categories (FILE, PACKAGE, WIRE_JSON, WIRE). Per fixture and category the verdict and
/// the set of rule IDs must be the same, except for the differences documented in buf-differences.txt, each with its
/// reason; an entry that no longer matches anything fails too, so the list stays true.
/// </summary>
public sealed class BufDifferentialTests
{
    private static readonly string[] Categories = [Breaking.Categories.File, Breaking.Categories.Package, Breaking.Categories.WireJson, Breaking.Categories.Wire];

    private const string ListFile = "tests/ContractGen.Breaking.Tests/Differential/buf-differences.txt";

    private sealed record Outcome(string Fixture, string Category, bool OursBreaking, IReadOnlySet<string> Ours, BufVerdict Buf);

    private static IEnumerable<(string Name, string Dir)> Fixtures()
    {
        var fixtures = Path.Combine(RepoPaths.Root, FixtureRunner.Folder, "proto");
        var issues = Path.Combine(RepoPaths.Root, "contracts", "issues");
        return Directory.GetDirectories(fixtures).Select(d => (Path.GetFileName(d), d))
            .Concat(Directory.GetDirectories(issues)
                .Where(d => Directory.EnumerateFiles(d, "*.proto", SearchOption.AllDirectories).Any())
                .Select(d => ("issues/" + Path.GetFileName(d), d)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_proto_fixture_gets_buf_breakings_verdict_and_rule_ids_per_category()
    {
        using var temp = new TempFolder("contractgen-buf-diff-");
        var buf = BufBreaking.Require(Path.Combine(temp.Path, "buf-cache"));
        var known = KnownDifferences.Read(Path.Combine(RepoPaths.Root, ListFile));
        var outcomes = new ConcurrentBag<Outcome>();
        var fixtures = Fixtures().ToList();
        Parallel.ForEach(fixtures, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, fixture =>
        {
            foreach (var outcome in Compare(fixture.Name, fixture.Dir, Path.Combine(temp.Path, fixture.Name.Replace('/', '_')), buf))
            {
                outcomes.Add(outcome);
            }
        });

        var problems = new List<string>();
        var used = new HashSet<KnownDifference>();
        foreach (var o in outcomes.OrderBy(o => o.Fixture, StringComparer.Ordinal).ThenBy(o => Array.IndexOf(Categories, o.Category)))
        {
            var explained = new List<KnownDifference>();
            void Explain(IEnumerable<string> rules, bool onlyOurs)
            {
                foreach (var rule in rules.Order(StringComparer.Ordinal))
                {
                    var entry = known.FirstOrDefault(k => k.Matches(o.Fixture, o.Category, onlyOurs, rule));
                    if (entry is null)
                    {
                        problems.Add($"{o.Fixture} {o.Category} {(onlyOurs ? "+" : "-")}{rule}   (not in {ListFile}; ours: [{string.Join(' ', o.Ours.Order())}], buf: [{string.Join(' ', o.Buf.Rules.Order())}])");
                    }
                    else
                    {
                        explained.Add(entry);
                        used.Add(entry);
                    }
                }
            }

            Explain(o.Ours.Except(o.Buf.Rules), onlyOurs: true);
            Explain(o.Buf.Rules.Except(o.Ours), onlyOurs: false);
            if (o.Buf.Breaking != o.Buf.Rules.Count > 0)
            {
                problems.Add($"{o.Fixture} {o.Category}: buf's exit code and its findings disagree");
            }

            if (o.Ours.SetEquals(o.Buf.Rules) && o.OursBreaking != o.Buf.Breaking)
            {
                problems.Add($"{o.Fixture} {o.Category}: same rule IDs but the verdict differs (ours {(o.OursBreaking ? "breaking" : "not breaking")}, buf {(o.Buf.Breaking ? "breaking" : "not breaking")})");
            }
        }

        problems.AddRange(known.Where(k => !used.Contains(k)).Select(k => $"{ListFile} {k}: matches no difference any more (remove it or fix its fixture)"));
        Assert.True(outcomes.Count == fixtures.Count * Categories.Length, $"{outcomes.Count} outcomes for {fixtures.Count} fixtures");
        Assert.True(problems.Count == 0, $"{problems.Count} differences from buf breaking:\n" + string.Join("\n", problems));
    }

    private static IEnumerable<Outcome> Compare(string name, string caseDir, string work, BufBreaking buf)
    {
        var previousImage = ProtoImage.Compile(Path.Combine(caseDir, "previous"), Path.Combine(work, "previous.binpb"), sourceInfo: true);
        var currentImage = ProtoImage.Compile(Path.Combine(caseDir, "current"), Path.Combine(work, "current.binpb"), sourceInfo: true);
        var loader = new ContractLoader();
        var previous = loader.Load(new LoadRequest { Inputs = [previousImage] });
        var current = loader.Load(new LoadRequest { Inputs = [currentImage] });
        Assert.False(previous.HasErrors || current.HasErrors, $"{name}: " + string.Join("\n", previous.Diagnostics.Concat(current.Diagnostics)));
        foreach (var category in Categories)
        {
            var ours = BreakingEngine.Run(previous.Model, current.Model, BreakingOptions.Default with { Use = [category] });
            yield return new Outcome(name, category, ours.HasErrors, ours.Findings.Select(f => f.Rule).ToHashSet(StringComparer.Ordinal),
                buf.Run(currentImage, previousImage, category));
        }
    }
}
