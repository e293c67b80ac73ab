using System.Text;
using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;

namespace ContractGen.Readers.Proto.Http;

/// <summary>The one place the reader parses google.api.http path templates (CG14xx diagnostics on failure).</summary>
internal static class HttpTemplates
{
    public static PathTemplate? Parse(string text, SourceSpan span, DiagnosticBag diagnostics) =>
        PathTemplateParser.Parse(text, TemplateSyntax.HttpRule, span, diagnostics);

    /// <summary>
    /// Where the template's first character is: the quoted text searched within the option's lines (source info only
    /// locates the whole option), else the option's span.
    /// </summary>
    public static SourceSpan Locate(ProtoFile file, string optionPath, SourceSpan optionSpan, string text)
    {
        if (file.Text is not { } source || file.Source.Lines(optionPath) is not { } range)
        {
            return optionSpan;
        }

        var quoted = Encoding.UTF8.GetBytes("\"" + text + "\"");
        for (var line = range.Start; line <= range.End && line <= source.LineCount; line++)
        {
            var at = source.IndexOf(line, quoted);
            if (at >= 0)
            {
                return new SourceSpan(optionSpan.File, line, at + 2);
            }
        }

        return optionSpan;
    }
}
