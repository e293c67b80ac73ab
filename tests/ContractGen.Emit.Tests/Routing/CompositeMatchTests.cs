using ContractGen.Emit.Routing;
using ContractGen.Emit.Routing.Runtime;
using ContractGen.Emit.Tests.Harness;
using ContractGen.Model;

namespace ContractGen.Emit.Tests.Routing;

/// <summary>Composite segments (§3.2): the runtime's linear table-driven match against the plain backtracking definition.</summary>
public class CompositeMatchTests
{
    private static readonly string[] Patterns = ["{a}.{b}", "{a}.{b}-{c}", "x{a}.{b}.{c}y", "{a}..{b}", "{a}.{b}.{c}.end", "v{a}"];

    private static readonly string[] Pieces = ["a", ".", "-", "x", "y", "%41", "%2E", "e", "n", "d"];

    [Fact]
    public void Greedy_runs_agree_with_backtracking_on_random_segments()
    {
        var random = new Random(4);
        foreach (var pattern in Patterns)
        {
            var matcher = Matcher(pattern);
            var parts = CompositeReference.Parts(pattern);
            for (var n = 0; n < 400; n++)
            {
                var segment = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
                var runs = CompositeReference.Runs(segment, parts, escapes: true);
                var expected = runs is null ? "404" : string.Join("|", runs);
                var m = matcher.Match("GET", "/c/" + segment);
                var actual = m.IsMatch ? string.Join("|", Enumerable.Range(0, m.Variables.Count).Select(i => m.Variables.Raw(i).ToString())) : "404";
                Assert.True(expected == actual, $"{pattern} on {segment}: expected {expected}, got {actual}");
            }
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_long_hostile_segment_is_answered_without_backtracking_without_end()
    {
        // Plain backtracking tries about n³/6 splits here (n = 20,000): it would not finish.
        var matcher = Matcher("{a}.{b}.{c}.end");
        var status = await Task.Run(() => matcher.Match("GET", "/c/" + new string('.', 20_000) + "x").Status);
        Assert.Equal(404, status);
        var hit = await Task.Run(() => matcher.Match("GET", "/c/" + new string('.', 20_000) + ".end"));
        Assert.Equal((new string('.', 19_996), ".", "."), (hit.Variables.Value(0), hit.Variables.Value(1), hit.Variables.Value(2)));
    }

    private static RouteMatcher Matcher(string pattern)
    {
        var bag = new DiagnosticBag();
        var template = PathTemplateParser.Parse("/c/" + pattern, TemplateSyntax.OpenApi, SourceSpan.None, bag)!;
        return RoutingVectors.Matcher(RouteCompiler.Compile([new RouteSource("c", CompiledRoute.HttpKind, "GET", template, SourceSpan.None)], bag));
    }
}
