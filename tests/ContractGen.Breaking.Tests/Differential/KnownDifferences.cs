using System.Text.RegularExpressions;

namespace ContractGen.Breaking.Tests.Differential;

/// <summary>One documented difference: in this fixture (or any, <c>*</c>) and category (or any), a rule only one tool reports.</summary>
internal sealed record KnownDifference(string Fixture, string Category, bool OnlyOurs, string Rule, string Reason, int Line)
{
    public bool Matches(string fixture, string category, bool onlyOurs, string rule) =>
        (Fixture == "*" || Fixture == fixture) && (Category == "*" || Category == category) && OnlyOurs == onlyOurs && Rule == rule;

    public override string ToString() => $"line {Line}: {Fixture} {Category} {(OnlyOurs ? "+" : "-")}{Rule}";
}

/// <summary>
/// The committed list of differences from buf (buf-differences.txt): one per line,
/// <c>FIXTURE|* CATEGORY|* +RULE|-RULE reason</c>, where +RULE is reported only by contractgen and -RULE only by buf.
/// </summary>
internal static partial class KnownDifferences
{
    public static IReadOnlyList<KnownDifference> Read(string path)
    {
        var list = new List<KnownDifference>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var m = Entry().Match(line);
            Assert.True(m.Success, $"{path}:{i + 1}: expected 'FIXTURE|* CATEGORY|* +RULE|-RULE reason', got '{line}'");
            list.Add(new KnownDifference(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value == "+", m.Groups[4].Value, m.Groups[5].Value, i + 1));
        }

        return list;
    }

    [GeneratedRegex(@"^(\S+)\s+(\*|FILE|PACKAGE|WIRE_JSON|WIRE)\s+([+-])([A-Z0-9_]+)\s+(\S.*)$")]
    private static partial Regex Entry();
}
