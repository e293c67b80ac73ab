using ContractGen.Model;
using static ContractGen.Breaking.Tests.Engine.ModelBuilder;

namespace ContractGen.Breaking.Tests.Engine;

public sealed class ExtensionEngineTests
{
    private static ContractModel Options(string package, bool withLabel, string? comment = null, string file = "opts.proto")
    {
        var label = new ExtensionField
        {
            Id = package + ".label", Name = "label", JsonName = $"[{package}.label]", Number = 50001, Type = new ScalarType(ScalarKind.String),
            Presence = FieldPresence.Explicit, Extendee = new NamedTypeRef("google.protobuf.FieldOptions"), Span = new SourceSpan(file, 6, 3),
            Docs = comment is null ? Docs.Empty : new Docs(null, comment),
        };
        return new ContractModel { Documents = [ProtoDoc(file, package)], ExtensionFields = withLabel ? [label] : [] };
    }

    [Fact]
    public void Deleted_extension_is_reported_at_the_file_under_its_element_id()
    {
        var result = BreakingEngine.Run(Options("acme.v1", true), Options("acme.v1", false));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("EXTENSION_NO_DELETE", finding.Rule);
        Assert.Equal(new SourceSpan("opts.proto", 1, 1), finding.Location);
        Assert.Equal("acme.v1.label", finding.Element);
        Assert.Equal("Previously present extension \"label\" was deleted from file.", finding.Message);
    }

    [Fact]
    public void Extension_findings_honour_comment_annotations_element_ignores_and_unstable_packages()
    {
        Assert.Empty(BreakingEngine.Run(Options("acme.v1", true, "contractgen:ignore EXTENSION_NO_DELETE"), Options("acme.v1", false)).Findings);
        Assert.Empty(BreakingEngine.Run(Options("acme.v1", true), Options("acme.v1", false), BreakingOptions.Default with { IgnoreElements = ["acme.v1.label"] }).Findings);
        var unstable = BreakingOptions.Default with { IgnoreUnstablePackages = true };
        Assert.Empty(BreakingEngine.Run(Options("acme.v1beta1", true), Options("acme.v1beta1", false), unstable).Findings);
    }

    [Fact]
    public void An_extension_is_paired_by_extendee_and_number_for_the_field_rules_even_when_its_file_moves()
    {
        var previous = Options("acme.v1", true);
        var current = Options("acme.v1", true, file: "moved.proto");
        current = current with { ExtensionFields = [current.ExtensionFields[0] with { Type = new ScalarType(ScalarKind.Int32) }] };
        var rules = BreakingEngine.Run(previous, current, BreakingOptions.Default with { Use = ["PACKAGE"] }).Findings.Select(f => f.Rule);
        Assert.Equal(["FIELD_SAME_TYPE"], rules);
    }
}
