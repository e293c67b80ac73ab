using ContractGen.Model;

namespace ContractGen.Model.Tests;

public class DiagnosticFormatTests
{
    [Fact]
    public void Diagnostic_prints_gcc_style_location_level_and_code()
    {
        var d = Diagnostic.Error("CG2001", "dangling $ref '#/components/schemas/Nope'", new SourceSpan("api.yaml", 12, 7));
        Assert.Equal("api.yaml:12:7: error CG2001: dangling $ref '#/components/schemas/Nope'", d.ToString());
    }

    [Fact]
    public void Bag_sorts_by_file_line_column_then_code()
    {
        var bag = new DiagnosticBag();
        bag.Error("CG2002", "b", new SourceSpan("b.yaml", 1, 1));
        bag.Error("CG2001", "a2", new SourceSpan("a.yaml", 3, 1));
        bag.Warning("CG2003", "a1", new SourceSpan("a.yaml", 1, 5));
        var sorted = bag.ToImmutableSorted();
        Assert.Equal(new[] { "a1", "a2", "b" }, sorted.Select(d => d.Message));
        Assert.True(bag.HasErrors);
    }
}
