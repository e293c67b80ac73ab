using ContractGen.Model;

namespace ContractGen.Model.Tests.Paths;

internal static class PathsTestHelper
{
    public static readonly SourceSpan Span = new("api.proto", 10, 20);

    public static (PathTemplate? Template, List<Diagnostic> Diagnostics) Parse(string text, TemplateSyntax syntax)
    {
        var bag = new DiagnosticBag();
        var t = PathTemplateParser.Parse(text, syntax, Span, bag);
        return (t, bag.ToImmutableSorted().ToList());
    }

    /// <summary>A compact description of the parsed shape: L(x) literal, * / **, {name=...}, C(...) composite.</summary>
    public static string Describe(PathTemplate t) =>
        (t.LeadingSlash ? "/" : "") + string.Join("/", t.Segments.Select(Describe)) + (t.Verb is null ? "" : " verb=" + t.Verb);

    private static string Describe(TemplateSegment s) => s switch
    {
        LiteralSegment l => $"L({l.Value})",
        WildcardSegment w => w.Multi ? "**" : "*",
        VariableSegment v => v.Variable.Pattern.IsDefaultOrEmpty
            ? $"{{{v.Variable.FieldPath}}}"
            : $"{{{v.Variable.FieldPath}={string.Join("/", v.Variable.Pattern.Select(Describe))}}}",
        CompositeSegment c => "C(" + string.Join("", c.Parts.Select(p => p.Variable is { } pv ? $"{{{pv.FieldPath}}}" : p.Literal)) + ")",
        _ => "?",
    };
}
