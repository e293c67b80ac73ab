using System.Text.RegularExpressions;
using ContractGen.Breaking.Output;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Catalog;

public sealed partial class CatalogTests
{
    [Fact]
    public void List_rules_matches_the_golden() =>
        Golden.Assert("tests/ContractGen.Breaking.Tests/Goldens/rules.txt", RuleList.Format(RuleCatalog.All));

    [Fact]
    public void Every_rule_is_well_formed()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches(UpperSnake(), rule.Id);
            Assert.EndsWith(".", rule.Purpose, StringComparison.Ordinal);
            Assert.NotEmpty(rule.Categories);
            Assert.All(rule.Categories, c => Assert.Contains(c, Categories.Known));
            Assert.NotEqual(FormatSet.None, rule.Formats);
            if (rule.SupersededBy is { } other)
            {
                Assert.NotNull(RuleCatalog.Find(other));
            }
        }
    }

    [Fact]
    public void Every_buf_rule_is_implemented_with_bufs_categories()
    {
        Assert.Equal(64, BufRules.Categories.Count);
        foreach (var (id, categories) in BufRules.Categories)
        {
            var rule = RuleCatalog.Find(id);
            Assert.True(rule is not null, $"buf rule {id} is not implemented");
            Assert.Equal(categories.Order(StringComparer.Ordinal), rule.Categories.Order(StringComparer.Ordinal));
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();
}
