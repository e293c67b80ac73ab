using ContractGen.Model;

namespace ContractGen.Readers.Proto.Http;

/// <summary>The one place the reader parses google.api.http path templates.</summary>
internal static class HttpTemplates
{
    public static PathTemplate? Parse(string text, SourceSpan span, DiagnosticBag diagnostics)
    {
        _ = span;
        _ = diagnostics;
        return new PathTemplate { Text = text, Syntax = TemplateSyntax.HttpRule };
    }
}
