using ContractGen.Model;
using ContractGen.Testing;

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
    public void The_other_declaration_is_printed_after_the_message_and_its_path_is_mapped_like_the_span()
    {
        var bag = new DiagnosticBag();
        bag.Error("CG4401", "duplicate route", new SourceSpan("/checkout/a/api.yaml", 7, 5), new SourceSpan("/checkout/a/b.yaml", 5, 3));
        var d = Assert.Single(bag.ToImmutableSorted()).MapFiles(p => p.Replace("/checkout/", "", StringComparison.Ordinal));
        Assert.Equal("a/api.yaml:7:5: error CG4401: duplicate route declared at a/b.yaml:5:3", d.ToString());
        Assert.Equal("duplicate route", d.Message);

        var unknown = Diagnostic.Error("CG4401", "duplicate route", new SourceSpan("x.proto", 1, 1)) with { DeclaredAt = SourceSpan.None };
        Assert.Equal("duplicate route", unknown.MapFiles(p => "mapped/" + p).Text);
        Assert.Equal("", unknown.MapFiles(p => "mapped/" + p).DeclaredAt!.File);
    }

    [Fact]
    public void IO_failure_reasons_name_no_rooted_path()
    {
        using (var temp = new TempFolder("cg-io-"))
        {
            var blocker = temp.Write("blocker", "");
            var notFolder = Assert.ThrowsAny<IOException>(() => Directory.CreateDirectory(blocker));
            Assert.Contains(temp.Path, notFolder.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(temp.Path, IoFailure.Reason(notFolder), StringComparison.Ordinal);
            Assert.Contains("'blocker'", IoFailure.Reason(notFolder), StringComparison.Ordinal);
            var missing = Assert.ThrowsAny<IOException>(() => File.ReadAllText(Path.Combine(temp.Path, "missing.yaml")));
            Assert.Equal("not found", IoFailure.Reason(missing));
        }

        Assert.Equal("access denied", IoFailure.Reason(new UnauthorizedAccessException("Access to the path '/home/me/x' is denied.")));
        Assert.Equal("No space left on device : 'x.go'", IoFailure.Reason(new IOException("No space left on device : '/home/me/out/go/x.go'")));
        Assert.Equal("bad name 'a/b' in 'C:x'", IoFailure.Reason(new IOException("bad name 'a/b' in 'C:x'")));
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

    [Fact]
    public void Prints_an_extension_field_with_its_extendee_scope_and_field_facts()
    {
        var model = new ContractModel
        {
            ExtensionFields =
            [
                new ExtensionField
                {
                    Id = "x.Holder.tags", Name = "tags", JsonName = "[x.Holder.tags]", Number = 100, Type = new ListType(new ScalarType(ScalarKind.String)),
                    Cardinality = FieldCardinality.Repeated, Extendee = new NamedTypeRef("x.Base"), ScopeId = "x.Holder", Deprecated = true,
                    Span = new SourceSpan("a.proto", 9, 5),
                },
            ],
        };
        Assert.Equal(
            "extension x.Holder.tags extendee=x.Base scope=x.Holder json=[x.Holder.tags] number=100 type=list<string> repeated deprecated @a.proto:9:5\n",
            Printing.ModelPrinter.Print(model));
    }

    [Fact]
    public void Merge_keeps_extension_fields_once_by_id_in_id_order()
    {
        ExtensionField Ext(string id, int number) => new()
        {
            Id = id, Name = id, JsonName = $"[{id}]", Number = number, Type = new ScalarType(ScalarKind.Bool), Extendee = new NamedTypeRef("x.Base"),
        };
        var merged = ContractModel.Merge([new ContractModel { ExtensionFields = [Ext("x.b", 2), Ext("x.a", 1)] }, new ContractModel { ExtensionFields = [Ext("x.a", 3)] }]);
        Assert.Equal([("x.a", 1), ("x.b", 2)], merged.ExtensionFields.Select(e => (e.Id, e.Number ?? 0)));
    }
}
