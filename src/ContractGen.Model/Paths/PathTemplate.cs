using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>Which grammar a template was written in (see docs/path-templates.md).</summary>
public enum TemplateSyntax
{
    /// <summary>google.api.http: literals, *, **, {var}, {var=pattern}, nested field paths, :verb.</summary>
    HttpRule,
    /// <summary>OpenAPI path templating: {name}, possibly several per segment (/files/{name}.{ext}).</summary>
    OpenApi,
    /// <summary>AsyncAPI channel address: {name} expressions in an arbitrary string.</summary>
    AsyncApi,
}

/// <summary>
/// One parsed path-template type for all three formats. Segments are '/'-separated; a template with no leading
/// slash (AsyncAPI addresses) has <see cref="LeadingSlash"/> false.
/// </summary>
public sealed record PathTemplate
{
    /// <summary>The template exactly as written.</summary>
    public required string Text { get; init; }

    public required TemplateSyntax Syntax { get; init; }

    public bool LeadingSlash { get; init; } = true;

    public ImmutableArray<TemplateSegment> Segments { get; init; } = ImmutableArray<TemplateSegment>.Empty;

    /// <summary>google.api.http custom verb (without the colon), or null.</summary>
    public string? Verb { get; init; }

    /// <summary>Variables in order of appearance.</summary>
    public IEnumerable<TemplateVariable> Variables
    {
        get
        {
            foreach (var segment in Segments)
            {
                switch (segment)
                {
                    case VariableSegment v:
                        yield return v.Variable;
                        break;
                    case CompositeSegment c:
                        foreach (var part in c.Parts)
                        {
                            if (part.Variable is { } pv)
                            {
                                yield return pv;
                            }
                        }

                        break;
                }
            }
        }
    }

    public override string ToString() => Text;
}

/// <summary>A top-level element of a template.</summary>
public abstract record TemplateSegment;

/// <summary>A literal segment (already validated; kept as written).</summary>
public sealed record LiteralSegment(string Value) : TemplateSegment;

/// <summary>An unnamed wildcard: <c>*</c> (one segment) or <c>**</c> (any number of segments, at least zero).</summary>
public sealed record WildcardSegment(bool Multi) : TemplateSegment;

/// <summary>
/// A variable that owns one or more whole segments: <c>{name}</c> (one segment), <c>{name=shelves/*/books/*}</c>,
/// <c>{path=**}</c>.
/// </summary>
public sealed record VariableSegment(TemplateVariable Variable) : TemplateSegment;

/// <summary>
/// A segment mixing literal text and variables: OpenAPI <c>{name}.{ext}</c>, AsyncAPI <c>event.{id}.measured</c>.
/// Each variable captures a non-empty run of characters other than '/'.
/// </summary>
public sealed record CompositeSegment(ImmutableArray<CompositePart> Parts) : TemplateSegment;

/// <summary>Either literal text or a variable.</summary>
public sealed record CompositePart(string? Literal, TemplateVariable? Variable);

/// <summary>
/// A named capture. <see cref="FieldPath"/> is the dotted field path (proto) or the parameter name.
/// <see cref="Pattern"/> holds the sub-template for google.api.http <c>{var=…}</c>; empty means a single segment.
/// </summary>
public sealed record TemplateVariable(string FieldPath)
{
    public ImmutableArray<TemplateSegment> Pattern { get; init; } = ImmutableArray<TemplateSegment>.Empty;

    /// <summary>True when the variable can span several segments (its pattern has more than one segment or a **).</summary>
    public bool IsMultiSegment =>
        Pattern.Length > 1 || Pattern.Any(p => p is WildcardSegment { Multi: true });
}
