using System.Collections.Immutable;
using System.Text;
using ContractGen.Model;

namespace ContractGen.Emit.Routing;

/// <summary>Turns a parsed template into route tokens, and tokens into the shape used for duplicate detection.</summary>
public static class RouteTokens
{
    public static ImmutableArray<string> From(PathTemplate template, bool http)
    {
        var tokens = ImmutableArray.CreateBuilder<string>();
        foreach (var segment in template.Segments)
        {
            Add(segment, http, tokens);
        }

        return tokens.ToImmutable();
    }

    private static void Add(TemplateSegment segment, bool http, ImmutableArray<string>.Builder tokens)
    {
        switch (segment)
        {
            case LiteralSegment l:
                tokens.Add("L:" + Literal(l.Value, http));
                break;
            case WildcardSegment w:
                tokens.Add(w.Multi ? "M" : "S");
                break;
            case VariableSegment v:
                tokens.Add("V:" + v.Variable.FieldPath);
                if (v.Variable.Pattern.IsDefaultOrEmpty)
                {
                    tokens.Add("S");
                }
                else
                {
                    foreach (var inner in v.Variable.Pattern)
                    {
                        Add(inner, http, tokens);
                    }
                }

                tokens.Add("E");
                break;
            case CompositeSegment c:
                var sb = new StringBuilder("C:");
                foreach (var part in c.Parts)
                {
                    sb.Append(part.Variable is { } pv ? "{" + pv.FieldPath + "}" : Literal(part.Literal ?? "", http));
                }

                tokens.Add(sb.ToString());
                break;
        }
    }

    private static string Literal(string text, bool http) => http ? PathChars.CanonicalLiteral(text) : text;

    /// <summary>The steps of a route (tokens without V/E) with composite names removed: what a request can match.</summary>
    public static IEnumerable<string> Shape(IEnumerable<string> tokens) =>
        tokens.Where(t => t != "E" && !t.StartsWith("V:", StringComparison.Ordinal))
              .Select(t => t.StartsWith("C:", StringComparison.Ordinal) ? "C:" + Skeleton(t[2..]) : t);

    /// <summary>A composite pattern with its variable names removed: <c>{name}.{ext}</c> → <c>{}.{}</c>.</summary>
    public static string Skeleton(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        var inName = false;
        foreach (var c in pattern)
        {
            if (c == '{')
            {
                inName = true;
                sb.Append("{}");
            }
            else if (c == '}')
            {
                inName = false;
            }
            else if (!inName)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Number of literal characters of a composite skeleton (its precedence key, descending).</summary>
    public static int LiteralLength(string skeleton) => skeleton.Replace("{}", "", StringComparison.Ordinal).Length;

    /// <summary>Composite precedence (docs §3.2): more literal characters first, then the skeleton, ordinal.</summary>
    public static int CompareComposites(string skeletonA, string skeletonB)
    {
        var byLength = LiteralLength(skeletonB).CompareTo(LiteralLength(skeletonA));
        return byLength != 0 ? byLength : string.CompareOrdinal(skeletonA, skeletonB);
    }
}
