using System.Collections.Immutable;
using System.Text;

namespace ContractGen.Model;

/// <summary>
/// OpenAPI path templates and AsyncAPI channel addresses: '/'-separated segments made of literal text and
/// <c>{name}</c> expressions (several per segment allowed). OpenAPI needs a leading '/'; AsyncAPI does not.
/// </summary>
internal static class BraceTemplateParser
{
    public static PathTemplate? Parse(string text, TemplateSyntax syntax, TemplateDiagnostics sink)
    {
        var openApi = syntax == TemplateSyntax.OpenApi;
        if (text.Length == 0)
        {
            sink.Error(TemplateProblem.Start, 0, openApi ? "a path must not be empty (use '/' for the root)" : "a channel address must not be empty");
            return null;
        }

        if (openApi && text[0] != '/')
        {
            sink.Error(TemplateProblem.Start, 0, "a path must start with '/'");
            return null;
        }

        var leadingSlash = text[0] == '/';
        var segments = ImmutableArray.CreateBuilder<TemplateSegment>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (text != "/")
        {
            var start = leadingSlash ? 1 : 0;
            var pieces = text[start..].Split('/');
            for (var i = 0; i < pieces.Length; i++)
            {
                var piece = pieces[i];
                if (piece.Length == 0 && openApi && i == pieces.Length - 1 && i > 0)
                {
                    sink.Warning(TemplateProblem.AfterMulti, start, "trailing '/' is ignored: requests match with or without it");
                }
                else if (piece.Length == 0 && openApi)
                {
                    sink.Error(TemplateProblem.EmptySegment, start, "empty segment ('//') is not allowed");
                }
                else if (ParseSegment(piece, start, openApi, names, sink) is { } segment)
                {
                    segments.Add(segment);
                }

                start += piece.Length + 1;
            }
        }

        return new PathTemplate { Text = text, Syntax = syntax, LeadingSlash = leadingSlash, Segments = segments.ToImmutable() };
    }

    private static TemplateSegment? ParseSegment(string s, int offset, bool openApi, HashSet<string> names, TemplateDiagnostics sink)
    {
        if (openApi && s is "." or "..")
        {
            sink.Error(TemplateProblem.DotSegment, offset, $"'{s}' is not allowed as a segment");
            return null;
        }

        var parts = ImmutableArray.CreateBuilder<CompositePart>();
        var literal = new StringBuilder();
        var ok = true;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '{')
            {
                var close = s.IndexOf('}', i + 1);
                var nextOpen = s.IndexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                {
                    sink.Error(TemplateProblem.Variable, offset + i, "'{' without a matching '}' in this segment");
                    return null;
                }

                var name = s[(i + 1)..close];
                if (name.Length == 0)
                {
                    sink.Error(TemplateProblem.Variable, offset + i, "empty parameter name '{}'");
                    ok = false;
                }
                else if (!names.Add(name))
                {
                    sink.Error(TemplateProblem.Duplicate, offset + i, $"parameter '{name}' appears twice");
                    ok = false;
                }

                if (literal.Length > 0)
                {
                    parts.Add(new CompositePart(literal.ToString(), null));
                    literal.Clear();
                }
                else if (parts.Count > 0)
                {
                    sink.Error(TemplateProblem.PartialSegment, offset + i, "two parameters must be separated by literal text");
                    ok = false;
                }

                parts.Add(new CompositePart(null, new TemplateVariable(name)));
                i = close;
            }
            else if (!LiteralCharOk(s, i, openApi, offset, sink))
            {
                ok = false;
                break;
            }
            else
            {
                literal.Append(c);
            }
        }

        if (!ok)
        {
            return null;
        }

        if (literal.Length > 0)
        {
            parts.Add(new CompositePart(literal.ToString(), null));
        }

        return parts.Count switch
        {
            0 => new LiteralSegment(""),
            1 when parts[0].Variable is { } v => new VariableSegment(v),
            1 => new LiteralSegment(parts[0].Literal!),
            _ => new CompositeSegment(parts.ToImmutable()),
        };
    }

    private static bool LiteralCharOk(string s, int i, bool openApi, int offset, TemplateDiagnostics sink)
    {
        var c = s[i];
        string? why = c switch
        {
            '}' => "'}' without a matching '{'",
            '?' or '#' => $"'{c}' is not allowed ({(openApi ? "query and fragment are not part of a path template" : "channel addresses have no query or fragment")})",
            _ when char.IsControl(c) || char.IsWhiteSpace(c) => $"whitespace or control character U+{(int)c:X4} is not allowed",
            '%' when openApi && !PathChars.IsEscapeAt(s, i) => "malformed percent-escape (expected '%' and two hex digits)",
            _ => null,
        };
        if (why is null)
        {
            return true;
        }

        sink.Error(TemplateProblem.Literal, offset + i, why);
        return false;
    }
}
