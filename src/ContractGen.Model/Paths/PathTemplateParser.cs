namespace ContractGen.Model;

/// <summary>
/// Parses path templates of the three input formats into <see cref="PathTemplate"/>. Grammar and every rejection
/// rule are described in docs/path-templates.md. Every problem is reported (not only the first); the result is
/// null when at least one error was found.
/// </summary>
public static class PathTemplateParser
{
    /// <summary>Returns null and reports located diagnostics when the text is invalid for that syntax.</summary>
    public static PathTemplate? Parse(string text, TemplateSyntax syntax, SourceSpan span, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var sink = new TemplateDiagnostics(text, syntax, span, diagnostics);
        var result = syntax switch
        {
            TemplateSyntax.HttpRule => HttpRuleTemplateParser.Parse(text, sink),
            TemplateSyntax.OpenApi or TemplateSyntax.AsyncApi => BraceTemplateParser.Parse(text, syntax, sink),
            _ => throw new ArgumentOutOfRangeException(nameof(syntax), syntax, "unknown template syntax"),
        };
        return sink.ErrorCount > 0 ? null : result;
    }
}

/// <summary>The problems a template can have; the code is the area prefix (14, 24, 34) followed by this number.</summary>
internal enum TemplateProblem
{
    /// <summary>Empty template or missing leading '/'.</summary>
    Start = 1,
    /// <summary>Empty segment ('//' or a trailing slash).</summary>
    EmptySegment = 2,
    /// <summary>A character not allowed in a literal, or a malformed percent-escape.</summary>
    Literal = 3,
    /// <summary>A malformed variable: unterminated, empty or invalid name, nested.</summary>
    Variable = 4,
    /// <summary>A variable (field path / parameter name) bound twice.</summary>
    Duplicate = 5,
    /// <summary>HttpRule: variable sharing a segment with literal text. OpenAPI/AsyncAPI: adjacent variables.</summary>
    PartialSegment = 6,
    /// <summary>HttpRule: something other than a literal after '**'. OpenAPI: trailing slash (warning).</summary>
    AfterMulti = 7,
    /// <summary>HttpRule: malformed custom verb.</summary>
    Verb = 8,
    /// <summary>A '.' or '..' literal segment.</summary>
    DotSegment = 9,
}

/// <summary>Reports diagnostics located at the template's span plus the offset inside the template.</summary>
internal sealed class TemplateDiagnostics(string text, TemplateSyntax syntax, SourceSpan span, DiagnosticBag bag)
{
    public int ErrorCount { get; private set; }

    public string Text => text;

    public void Error(TemplateProblem problem, int offset, string message)
    {
        ErrorCount++;
        bag.Add(Diagnostic.Error(Code(problem), $"path template '{text}': {message}", At(offset)));
    }

    public void Warning(TemplateProblem problem, int offset, string message) =>
        bag.Add(Diagnostic.Warning(Code(problem), $"path template '{text}': {message}", At(offset)));

    private string Code(TemplateProblem problem)
    {
        var area = syntax switch
        {
            TemplateSyntax.HttpRule => 14,
            TemplateSyntax.OpenApi => 24,
            _ => 34,
        };
        return $"CG{area}{(int)problem:00}";
    }

    private SourceSpan At(int offset) =>
        span.IsKnown && span.Column > 0 ? span with { Column = span.Column + Math.Max(0, offset) } : span;
}
