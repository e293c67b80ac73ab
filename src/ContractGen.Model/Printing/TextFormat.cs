using System.Globalization;
using System.Text;

namespace ContractGen.Model.Printing;

/// <summary>Small helpers shared by the printers: quoting and compact type notation.</summary>
public static class TextFormat
{
    /// <summary>JSON-style double-quoted string with control characters escaped, so every element stays on one line.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c is '\u2028' or '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>
    /// Escapes line breaks, tabs and other control characters (as <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\uXXXX</c>) and leaves
    /// everything else as it is; used for unquoted names so a printed element never spans two lines.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                _ when NeedsEscape(c) => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) => c < 0x20 || c is '\u0085' or '\u2028' or '\u2029';

    /// <summary>Compact notation: <c>string(date-time)</c>, <c>ref(Pet)</c>, <c>list&lt;int32&gt;</c>, <c>map&lt;string,ref(X)&gt;?</c>.</summary>
    public static string Type(TypeRef? type)
    {
        if (type is null)
        {
            return "none";
        }

        var core = type switch
        {
            ScalarType s => s.Format is null ? Scalar(s.Kind) : $"{Scalar(s.Kind)}({s.Format})",
            NamedTypeRef n => $"ref({n.TypeId})",
            ListType l => $"list<{Type(l.Item)}>",
            MapType m => $"map<{Type(m.Key)},{Type(m.Value)}>",
            WellKnownType w => $"wkt:{w.Kind}",
            AnyType => "any",
            NeverType => "never",
            UnionTypeRef u => $"{UnionKindName(u.Union.Kind)}({string.Join("|", u.Union.Members.Select(m => Type(m.Type)))})",
            IntersectionTypeRef i => $"allOf({string.Join("&", i.Members.Select(Type))})",
            _ => type.GetType().Name,
        };
        var c = Constraints(type.Constraints);
        return core + (c.Length > 0 ? "{" + c + "}" : "") + (type.Nullable ? "?" : "");
    }

    public static string Scalar(ScalarKind kind) => kind.ToString().ToLowerInvariant();

    public static string UnionKindName(UnionKind kind) => kind switch
    {
        UnionKind.ProtoOneof => "oneof",
        UnionKind.OneOf => "oneOf",
        UnionKind.AnyOf => "anyOf",
        _ => "messages",
    };

    /// <summary>Constraints as <c>min=1,max=5,pattern="…"</c>; empty when there are none.</summary>
    public static string Constraints(Constraints c)
    {
        if (c.IsEmpty)
        {
            return "";
        }

        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Convert.ToString(value, CultureInfo.InvariantCulture)}");
            }
        }

        Add(c.ExclusiveMinimum ? "xmin" : "min", c.Minimum);
        Add(c.ExclusiveMaximum ? "xmax" : "max", c.Maximum);
        Add("multipleOf", c.MultipleOf);
        Add("minLength", c.MinLength);
        Add("maxLength", c.MaxLength);
        if (c.Pattern is not null)
        {
            parts.Add("pattern=" + Quote(c.Pattern));
        }

        Add("minItems", c.MinItems);
        Add("maxItems", c.MaxItems);
        if (c.UniqueItems)
        {
            parts.Add("unique");
        }

        Add("minProps", c.MinProperties);
        Add("maxProps", c.MaxProperties);
        if (!c.Enum.IsDefaultOrEmpty)
        {
            parts.Add("enum=[" + string.Join(",", c.Enum) + "]");
        }

        Add("const", c.Const);
        Add("default", c.Default);
        return string.Join(",", parts);
    }
}
