using ContractGen.Model;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>Parses a channel address into the shared <see cref="PathTemplate"/> (AsyncAPI syntax, CG3401.. diagnostics).</summary>
internal static class AddressTemplate
{
    public static PathTemplate? Parse(string text, SourceSpan span, DiagnosticBag diagnostics) =>
        PathTemplateParser.Parse(text, TemplateSyntax.AsyncApi, span, diagnostics);
}
