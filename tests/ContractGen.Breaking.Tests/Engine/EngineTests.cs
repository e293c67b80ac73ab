using ContractGen.Model;
using static ContractGen.Breaking.Tests.Engine.ModelBuilder;

namespace ContractGen.Breaking.Tests.Engine;

public sealed class EngineTests
{
    private const string V1 = "v1.yaml";
    private const string V2 = "v2.yaml";

    private static ContractModel Shop(string file, string version, TypeRef priority, bool deprecatedDelete = false, params Operation[] extra)
    {
        var order = Schema(file, 40, "Order", Property(file, 41, "id", Str(), required: true), Property(file, 42, "priority", priority));
        var ops = new List<Operation>
        {
            Operation(file, "createOrder", "POST", "/orders", Ref("Order"), Ref("Order")),
        };
        ops.AddRange(extra);
        return OpenApi(OpenApiDoc(file, version), [order], [.. ops]);
    }

    [Fact]
    public void Shared_schema_is_checked_in_each_direction_once()
    {
        var previous = Shop(V1, "1.0.0", Str("low", "normal", "high"));
        var current = Shop(V2, "1.0.0", Str("normal", "high", "urgent"));
        var result = BreakingEngine.Run(previous, current);
        var rules = result.Findings.Select(f => $"{f.Rule} {f.Location}").ToList();
        Assert.Equal(
            ["REQUEST_ENUM_VALUE_REMOVED v2.yaml:42:9", "RESPONSE_ENUM_VALUE_ADDED v2.yaml:42:9"],
            rules);
        Assert.True(result.HasErrors);
        Assert.Equal("#/components/schemas/Order.priority", result.Findings[0].Element);
    }

    [Fact]
    public void Info_version_edit_alone_is_not_breaking_and_a_major_bump_does_not_silence_findings()
    {
        var same = BreakingEngine.Run(Shop(V1, "1.0.0", Str()), Shop(V2, "1.1.0", Str()));
        Assert.Empty(same.Findings);

        var major = BreakingEngine.Run(Shop(V1, "1.0.0", Str("a", "b")), Shop(V2, "2.0.0", Str("a")));
        Assert.Contains(major.Findings, f => f.Rule == "REQUEST_ENUM_VALUE_REMOVED");
    }

    [Fact]
    public void Removed_operation_honours_the_deprecate_before_remove_policy()
    {
        var old = Operation(V1, "deleteOrder", "DELETE", "/orders/{id}", null, null, deprecated: true);
        var previous = Shop(V1, "1.0.0", Str(), extra: old);
        var current = Shop(V2, "1.0.0", Str());

        var strict = BreakingEngine.Run(previous, current);
        var finding = Assert.Single(strict.Findings);
        Assert.Equal("OPERATION_NO_DELETE", finding.Rule);
        Assert.Equal(new SourceSpan(V1, 10, 7), finding.Location);

        var policy = BreakingEngine.Run(previous, current, BreakingOptions.Default with { DeprecateBeforeRemove = true });
        Assert.Empty(policy.Findings);
    }

    [Fact]
    public void Recursive_schemas_terminate()
    {
        static ContractModel Tree(string file, TypeRef label)
        {
            var node = Schema(file, 5, "Node", Property(file, 6, "label", label), Property(file, 7, "children", new ListType(Ref("Node"))));
            return OpenApi(OpenApiDoc(file), [node], Operation(file, "walk", "POST", "/walk", Ref("Node"), Ref("Node")));
        }

        var result = BreakingEngine.Run(Tree(V1, new ScalarType(ScalarKind.String)), Tree(V2, new ScalarType(ScalarKind.Integer)));
        Assert.Equal(["SCHEMA_TYPE_CHANGED", "SCHEMA_TYPE_CHANGED"], result.Findings.Select(f => f.Rule));
    }

    [Fact]
    public void Inline_extension_suppresses_the_named_rule_only()
    {
        var previous = Shop(V1, "1.0.0", Str("a", "b"));
        var current = Shop(V2, "1.0.0", Str("a"));
        var ignored = current with
        {
            Types = [.. current.Types.Select(t => t with { Extensions = Ext("x-contractgen-ignore", "[\"REQUEST_ENUM_VALUE_REMOVED\"]") })],
        };
        Assert.Contains(BreakingEngine.Run(previous, current).Findings, f => f.Rule == "REQUEST_ENUM_VALUE_REMOVED");
        Assert.DoesNotContain(BreakingEngine.Run(previous, ignored).Findings, f => f.Rule == "REQUEST_ENUM_VALUE_REMOVED");
    }

    [Fact]
    public void Levels_except_and_element_ignores_apply()
    {
        var previous = Shop(V1, "1.0.0", Str("a", "b"));
        var current = Shop(V2, "1.0.0", Str("a"));
        var levels = BreakingOptions.Default with { Levels = BreakingOptions.Default.Levels.Add("REQUEST_ENUM_VALUE_REMOVED", RuleLevel.Warning) };
        var warned = BreakingEngine.Run(previous, current, levels);
        Assert.False(warned.HasErrors);
        Assert.Equal(RuleLevel.Warning, Assert.Single(warned.Findings).Level);

        Assert.Empty(BreakingEngine.Run(previous, current, BreakingOptions.Default with { Except = ["REQUEST_ENUM_VALUE_REMOVED"] }).Findings);
        Assert.Empty(BreakingEngine.Run(previous, current, BreakingOptions.Default with { IgnoreElements = ["#/components/schemas/Order"] }).Findings);
        Assert.Empty(BreakingEngine.Run(previous, current, BreakingOptions.Default with { IgnorePaths = ["v2.*"] }).Findings);
    }

    [Fact]
    public void Proto_comment_annotation_and_unstable_packages_suppress()
    {
        static ContractModel Proto(string file, string package, bool withField, string? comment = null)
        {
            var fields = withField ? new[] { new FieldDef { Id = package + ".Book.title", Name = "title", JsonName = "title", Number = 2, Type = new ScalarType(ScalarKind.String), Span = new SourceSpan(file, 5, 3) } } : [];
            var book = new RecordDef
            {
                Id = package + ".Book", Name = "Book", Span = new SourceSpan(file, 4, 1), Fields = [.. fields],
                Docs = comment is null ? Docs.Empty : new Docs(null, comment),
            };
            return new ContractModel { Documents = [ProtoDoc(file, package)], Types = [book] };
        }

        var plain = BreakingEngine.Run(Proto("a/book.proto", "acme.v1", true), Proto("b/book.proto", "acme.v1", false));
        Assert.Equal(["FIELD_NO_DELETE"], plain.Findings.Select(f => f.Rule));
        Assert.Equal(new SourceSpan("b/book.proto", 4, 1), plain.Findings[0].Location);

        var annotated = BreakingEngine.Run(Proto("a/book.proto", "acme.v1", true), Proto("b/book.proto", "acme.v1", false, "contractgen:ignore FIELD_NO_DELETE"));
        Assert.Empty(annotated.Findings);

        var unstable = BreakingEngine.Run(Proto("a/book.proto", "acme.v1beta1", true), Proto("b/book.proto", "acme.v1beta1", false), BreakingOptions.Default with { IgnoreUnstablePackages = true });
        Assert.Empty(unstable.Findings);
    }
}
