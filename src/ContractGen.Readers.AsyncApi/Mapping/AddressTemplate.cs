using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>Parses a channel address into the shared <see cref="PathTemplate"/> (AsyncAPI syntax).</summary>
internal static class AddressTemplate
{
    public static PathTemplate? Parse(string text, SourceSpan span, DiagnosticBag diagnostics)
    {
        var leading = text.StartsWith('/');
        var body = leading ? text[1..] : text;
        var segments = new List<TemplateSegment>();
        foreach (var segment in body.Split('/'))
        {
            var parts = new List<CompositePart>();
            var i = 0;
            while (i < segment.Length)
            {
                var open = segment.IndexOf('{', i);
                if (open < 0)
                {
                    parts.Add(new CompositePart(segment[i..], null));
                    break;
                }

                var close = segment.IndexOf('}', open);
                if (close < 0 || close == open + 1)
                {
                    diagnostics.Error("CG3401", $"invalid channel address '{text}': unbalanced or empty '{{}}'", span);
                    return null;
                }

                if (open > i)
                {
                    parts.Add(new CompositePart(segment[i..open], null));
                }

                parts.Add(new CompositePart(null, new TemplateVariable(segment[(open + 1)..close])));
                i = close + 1;
            }

            segments.Add(parts switch
            {
                [] => new LiteralSegment(""),
                [{ Variable: { } v }] => new VariableSegment(v),
                [{ Literal: { } l }] => new LiteralSegment(l),
                _ => new CompositeSegment(parts.ToImmutableArray()),
            });
        }

        return new PathTemplate { Text = text, Syntax = TemplateSyntax.AsyncApi, LeadingSlash = leading, Segments = segments.ToImmutableArray() };
    }
}
