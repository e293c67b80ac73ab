using ContractGen.Model;

namespace ContractGen.Readers.Proto.Http;

/// <summary>The one place the reader parses google.api.http path templates (CG14xx diagnostics on failure).</summary>
internal static class HttpTemplates
{
    public static PathTemplate? Parse(string text, SourceSpan span, DiagnosticBag diagnostics) =>
        PathTemplateParser.Parse(text, TemplateSyntax.HttpRule, span, diagnostics);
}
