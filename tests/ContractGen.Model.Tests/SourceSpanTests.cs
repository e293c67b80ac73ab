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

public class ModelPrinterTests
{
    [Fact]
    public void Prints_one_sorted_line_per_element_with_escaped_text()
    {
        var span = new SourceSpan("a.proto", 3, 1);
        var model = new ContractModel
        {
            Types =
            [
                new RecordDef
                {
                    Id = "x.B", Name = "B", Span = span,
                    Docs = new Docs(null, "line1\n\"quoted\""),
                    Fields =
                    [
                        new FieldDef { Id = "x.B.n", Name = "n", JsonName = "n", Number = 1, Type = new ScalarType(ScalarKind.Int32), Span = span },
                    ],
                },
                new AliasDef { Id = "x.A", Name = "A", Target = new ListType(new ScalarType(ScalarKind.String, "uuid")) { Nullable = true } },
            ],
        };
        var text = Printing.ModelPrinter.Print(model);
        Assert.Equal(
            "field x.B.n json=n number=1 type=int32 @a.proto:3:1\n" +
            "type x.A name=A alias=list<string(uuid)>?\n" +
            "type x.B name=B record doc=\"line1\\n\\\"quoted\\\"\" @a.proto:3:1\n",
            text);
    }
}
