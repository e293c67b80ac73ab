using System.Text;
using ContractGen.Model;

namespace ContractGen.Readers.Tests.Parity;

/// <summary>
/// Prints a path template so that google.api.http and OpenAPI spellings of the same route agree: every variable becomes
/// <c>{}</c> (so parameter names do not matter), a google.api.http <c>{name=payments/*}</c> is replaced by its pattern
/// (<c>payments/{}</c>), <c>**</c> becomes <c>{**}</c>, and the custom verb is appended as <c>:verb</c> (OpenAPI writes
/// the same thing as literal text at the end of the last segment).
/// </summary>
internal static class ParityPaths
{
    public static string Normalize(PathTemplate template)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var segment in template.Segments)
        {
            if (!first || template.LeadingSlash)
            {
                sb.Append('/');
            }

            first = false;
            Append(sb, segment);
        }

        if (template.Segments.IsEmpty && template.LeadingSlash)
        {
            sb.Append('/');
        }

        if (template.Verb is { } verb)
        {
            sb.Append(':').Append(verb);
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, TemplateSegment segment)
    {
        switch (segment)
        {
            case LiteralSegment l:
                sb.Append(l.Value);
                break;
            case WildcardSegment w:
                sb.Append(w.Multi ? "{**}" : "{}");
                break;
            case VariableSegment { Variable.Pattern.IsDefaultOrEmpty: true }:
                sb.Append("{}");
                break;
            case VariableSegment v:
                for (var i = 0; i < v.Variable.Pattern.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('/');
                    }

                    Append(sb, v.Variable.Pattern[i]);
                }

                break;
            case CompositeSegment c:
                foreach (var part in c.Parts)
                {
                    sb.Append(part.Variable is null ? part.Literal : "{}");
                }

                break;
        }
    }
}
