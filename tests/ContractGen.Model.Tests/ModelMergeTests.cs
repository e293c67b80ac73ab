using ContractGen.Model;

namespace ContractGen.Model.Tests;

/// <summary>What <see cref="ContractModel.Merge(IEnumerable{ContractModel}, DiagnosticBag, string)"/> does with ids that meet.</summary>
public sealed class ModelMergeTests
{
    private static RecordDef Record(string id, string file, int line, params string[] fields) => new()
    {
        Id = id,
        Name = "Order",
        Span = new SourceSpan(file, line, 5),
        Fields = [.. fields.Select((f, i) => new FieldDef { Id = id + "/properties/" + f, Name = f, JsonName = f, Type = new ScalarType(ScalarKind.String), Span = new SourceSpan(file, line + 1 + i, 9) })],
    };

    private static Operation Op(string id, string file, int line, string summary) =>
        new() { Id = id, Name = id, ServiceId = "Orders", Span = new SourceSpan(file, line, 5), Docs = new Docs(summary, null) };

    private static (ContractModel Model, List<Diagnostic> Diagnostics) Merge(params ContractModel[] models)
    {
        var diagnostics = new DiagnosticBag();
        var model = ContractModel.Merge(models, diagnostics, "CG0000");
        return (model, diagnostics.ToImmutableSorted().ToList());
    }

    [Fact]
    public void The_same_declaration_reached_from_two_documents_is_one_element()
    {
        var shared = Record("common.yaml#/components/schemas/Money", "common.yaml", 3, "units");

        var (model, diagnostics) = Merge(new ContractModel { Types = [shared] }, new ContractModel { Types = [shared with { Name = "Money2" }] });

        Assert.Empty(diagnostics);
        Assert.Equal("Order", Assert.Single(model.Types).Name);
    }

    [Fact]
    public void Two_declarations_that_say_the_same_are_one_element()
    {
        var (model, diagnostics) = Merge(
            new ContractModel { Types = [Record("x", "a.yaml", 3, "id")] },
            new ContractModel { Types = [Record("x", "b.yaml", 10, "id")] });

        Assert.Empty(diagnostics);
        Assert.Equal("a.yaml", Assert.Single(model.Types).Span.File);
    }

    [Fact]
    public void A_genuine_duplicate_is_left_out_with_a_warning_where_it_was_declared()
    {
        var (model, diagnostics) = Merge(
            new ContractModel { Types = [Record("x", "a.yaml", 3, "id")] },
            new ContractModel { Types = [Record("x", "b.yaml", 10, "id", "note")] });

        Assert.Single(model.Types);
        var d = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("b.yaml:10:5: warning CG0000: type 'x' is left out of the model: element ids must be unique across the inputs, and it differs from the type with that id declared at a.yaml:3:5", d.ToString());
    }

    [Fact]
    public void Services_with_the_same_id_hold_the_operations_of_both()
    {
        ContractModel Doc(string file, params Operation[] ops) =>
            new() { Services = [new Service { Id = "Orders", Name = "Orders", Span = new SourceSpan(file, 1, 1), Operations = [.. ops] }] };

        var (model, diagnostics) = Merge(
            Doc("a.yaml", Op("GetOrder", "a.yaml", 5, "Reads one.")),
            Doc("b.yaml", Op("ListOrders", "b.yaml", 5, "Lists."), Op("GetOrder", "b.yaml", 9, "Reads one, differently.")));

        var service = Assert.Single(model.Services);
        Assert.Equal(["GetOrder", "ListOrders"], service.Operations.Select(o => o.Id));
        Assert.Equal("a.yaml", service.Operations[0].Span.File);
        Assert.Equal("b.yaml:9:5", Assert.Single(diagnostics).Span.ToString());
    }
}
