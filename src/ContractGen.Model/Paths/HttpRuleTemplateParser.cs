using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>
/// google.api.http templates: <c>"/" Segments [":" Verb]</c> with literals, <c>*</c>, <c>**</c>, <c>{field.path}</c>,
/// <c>{field.path=Segments}</c>. The verb starts at the first ':' of the last segment outside braces.
/// </summary>
internal static class HttpRuleTemplateParser
{
    private readonly record struct Range(int Start, int End)
    {
        public int Length => End - Start;
    }

    public static PathTemplate? Parse(string text, TemplateDiagnostics sink)
    {
        if (text.Length == 0)
        {
            sink.Error(TemplateProblem.Start, 0, "a template must not be empty (use '/' for the root)");
            return null;
        }

        if (text[0] != '/')
        {
            sink.Error(TemplateProblem.Start, 0, "a template must start with '/'");
            return null;
        }

        if (text == "/")
        {
            return new PathTemplate { Text = text, Syntax = TemplateSyntax.HttpRule };
        }

        if (!SplitTopLevel(text, sink, out var ranges))
        {
            return null;
        }

        string? verb = null;
        var last = ranges[^1];
        var colon = IndexOfTopLevelColon(text, last);
        if (colon >= 0)
        {
            verb = text[(colon + 1)..last.End];
            ranges[^1] = last with { End = colon };
            ValidateVerb(text, colon, verb, sink);
        }

        var segments = ImmutableArray.CreateBuilder<TemplateSegment>(ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            if (ParseSegment(text, ranges[i], sink) is { } segment)
            {
                segments.Add(segment);
            }
        }

        var template = new PathTemplate { Text = text, Syntax = TemplateSyntax.HttpRule, Segments = segments.ToImmutable(), Verb = verb };
        CheckDuplicateVariables(template, sink);
        return template;
    }

    /// <summary>Splits after the leading '/' on '/' outside braces; reports nesting and unterminated braces.</summary>
    private static bool SplitTopLevel(string text, TemplateDiagnostics sink, out List<Range> ranges)
    {
        ranges = new List<Range>();
        var depth = 0;
        var start = 1;
        var open = -1;
        for (var i = 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{' when depth > 0:
                    sink.Error(TemplateProblem.Variable, i, "variables cannot be nested");
                    return false;
                case '{':
                    depth = 1;
                    open = i;
                    break;
                case '}' when depth == 0:
                    sink.Error(TemplateProblem.Variable, i, "'}' without a matching '{'");
                    return false;
                case '}':
                    depth = 0;
                    break;
                case '/' when depth == 0:
                    ranges.Add(new Range(start, i));
                    start = i + 1;
                    break;
            }
        }

        if (depth > 0)
        {
            sink.Error(TemplateProblem.Variable, open, "unterminated variable: '{' without '}'");
            return false;
        }

        ranges.Add(new Range(start, text.Length));
        return true;
    }

    private static int IndexOfTopLevelColon(string text, Range segment)
    {
        var depth = 0;
        for (var i = segment.Start; i < segment.End; i++)
        {
            switch (text[i])
            {
                case '{': depth++; break;
                case '}': depth--; break;
                case ':' when depth == 0: return i;
            }
        }

        return -1;
    }

    private static void ValidateVerb(string text, int colon, string verb, TemplateDiagnostics sink)
    {
        if (verb.Length == 0)
        {
            sink.Error(TemplateProblem.Verb, colon, "empty custom verb after ':'");
            return;
        }

        for (var i = 0; i < verb.Length; i++)
        {
            if (!(PathChars.IsPlainPchar(verb[i]) && verb[i] != '*') && !PathChars.IsEscapeAt(verb, i))
            {
                sink.Error(TemplateProblem.Verb, colon + 1 + i, $"character '{verb[i]}' is not allowed in a custom verb");
                return;
            }

            if (verb[i] == '%')
            {
                i += 2;
            }
        }
    }

    private static TemplateSegment? ParseSegment(string text, Range r, TemplateDiagnostics sink)
    {
        if (r.Length == 0)
        {
            var message = r.Start == text.Length ? "trailing '/' is not allowed"
                : text[r.Start] == ':' ? "a custom verb needs a non-empty segment before ':'"
                : "empty segment ('//') is not allowed";
            sink.Error(TemplateProblem.EmptySegment, r.Start, message);
            return null;
        }

        var s = text[r.Start..r.End];
        var brace = s.IndexOf('{', StringComparison.Ordinal);
        if (brace > 0 || (brace == 0 && s[^1] != '}'))
        {
            sink.Error(TemplateProblem.PartialSegment, r.Start + Math.Max(brace, 0),
                "a variable must be a whole segment (partial-segment variables like 'a{x}' or '{x}a' are not allowed)");
            return null;
        }

        if (brace == 0)
        {
            return ParseVariable(text, r, sink);
        }

        return ParseSimple(s, r.Start, sink, insideVariable: false);
    }

    /// <summary>A segment that is not a variable: '*', '**' or a literal.</summary>
    private static TemplateSegment? ParseSimple(string s, int offset, TemplateDiagnostics sink, bool insideVariable)
    {
        if (s.Length == 0)
        {
            sink.Error(TemplateProblem.EmptySegment, offset, insideVariable ? "empty segment in a variable pattern" : "empty segment");
            return null;
        }

        if (s is "*" or "**")
        {
            return new WildcardSegment(s.Length == 2);
        }

        if (s is "." or "..")
        {
            sink.Error(TemplateProblem.DotSegment, offset, $"'{s}' is not allowed as a segment");
            return null;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '%')
            {
                if (!PathChars.IsEscapeAt(s, i))
                {
                    sink.Error(TemplateProblem.Literal, offset + i, "malformed percent-escape (expected '%' and two hex digits)");
                    return null;
                }

                i += 2;
            }
            else if (c == ':' && insideVariable)
            {
                sink.Error(TemplateProblem.Literal, offset + i, "':' is not allowed inside a variable pattern (it would read as a custom verb)");
                return null;
            }
            else if (!PathChars.IsPlainPchar(c) || c == '*')
            {
                sink.Error(TemplateProblem.Literal, offset + i, $"character '{c}' is not allowed in a literal segment (percent-encode it)");
                return null;
            }
        }

        return new LiteralSegment(s);
    }

    private static TemplateSegment? ParseVariable(string text, Range r, TemplateDiagnostics sink)
    {
        var inner = text[(r.Start + 1)..(r.End - 1)];
        var eq = inner.IndexOf('=', StringComparison.Ordinal);
        var fieldPath = eq < 0 ? inner : inner[..eq];
        if (!ValidFieldPath(fieldPath, r.Start + 1, sink))
        {
            return null;
        }

        if (eq < 0)
        {
            return new VariableSegment(new TemplateVariable(fieldPath));
        }

        var patternOffset = r.Start + 1 + eq + 1;
        var pattern = inner[(eq + 1)..];
        if (pattern.Length == 0)
        {
            sink.Error(TemplateProblem.Variable, patternOffset, $"variable '{fieldPath}' has an empty pattern after '='");
            return null;
        }

        if (pattern[0] == '/')
        {
            sink.Error(TemplateProblem.Variable, patternOffset, $"the pattern of variable '{fieldPath}' must not start with '/'");
            return null;
        }

        var parts = ImmutableArray.CreateBuilder<TemplateSegment>();
        var ok = true;
        var at = patternOffset;
        foreach (var part in pattern.Split('/'))
        {
            if (ParseSimple(part, at, sink, insideVariable: true) is { } seg)
            {
                parts.Add(seg);
            }
            else
            {
                ok = false;
            }

            at += part.Length + 1;
        }

        return ok ? new VariableSegment(new TemplateVariable(fieldPath) { Pattern = parts.ToImmutable() }) : null;
    }

    private static bool ValidFieldPath(string fieldPath, int offset, TemplateDiagnostics sink)
    {
        if (fieldPath.Length == 0)
        {
            sink.Error(TemplateProblem.Variable, offset, "empty variable name");
            return false;
        }

        var at = offset;
        foreach (var ident in fieldPath.Split('.'))
        {
            if (!IsIdentifier(ident))
            {
                sink.Error(TemplateProblem.Variable, at,
                    ident.Length == 0
                        ? $"empty component in field path '{fieldPath}'"
                        : $"'{ident}' is not a valid field name in '{fieldPath}' (expected [A-Za-z_][A-Za-z0-9_]*)");
                return false;
            }

            at += ident.Length + 1;
        }

        return true;
    }

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>A field may be bound once; binding a field and one of its sub-fields ('a' and 'a.b') is also a conflict.</summary>
    private static void CheckDuplicateVariables(PathTemplate template, TemplateDiagnostics sink)
    {
        var seen = new List<string>();
        foreach (var v in template.Variables)
        {
            var clash = seen.FirstOrDefault(s => s == v.FieldPath || v.FieldPath.StartsWith(s + ".", StringComparison.Ordinal) ||
                                                  s.StartsWith(v.FieldPath + ".", StringComparison.Ordinal));
            if (clash is not null)
            {
                sink.Error(TemplateProblem.Duplicate, Math.Max(0, sink.Text.LastIndexOf("{" + v.FieldPath, StringComparison.Ordinal)),
                    clash == v.FieldPath ? $"field '{v.FieldPath}' is bound twice" : $"fields '{clash}' and '{v.FieldPath}' overlap");
            }

            seen.Add(v.FieldPath);
        }
    }
}
