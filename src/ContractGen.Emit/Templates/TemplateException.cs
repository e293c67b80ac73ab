using ContractGen.Model;

namespace ContractGen.Emit.Templates;

/// <summary>One problem in a template: where (the template's origin, 1-based line and column; unknown for a missing template) and why.</summary>
public sealed record TemplateProblem(SourceSpan Span, string Reason)
{
    public override string ToString() => Span.File.Length == 0 ? Reason : $"{(Span.IsKnown ? Span.ToString() : Span.File)}: {Reason}";
}

/// <summary>
/// A template could not be found, parsed or rendered. Each problem keeps its location apart from its reason, so a
/// diagnostic shows a user template's path relative to the current folder like any span instead of embedding the
/// absolute path in its text (built-in templates are named <c>embedded:templates/&lt;lang&gt;/&lt;artifact&gt;/&lt;name&gt;</c>).
/// </summary>
public sealed class TemplateException(IReadOnlyList<TemplateProblem> problems) : Exception(string.Join("\n", problems))
{
    public TemplateException(string reason)
        : this([new TemplateProblem(SourceSpan.None, reason)])
    {
    }

    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;
}
