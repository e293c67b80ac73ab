using System.Globalization;
using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Schema;

/// <summary>What schema rules share: the JSON types a schema admits and the ways constraints can narrow.</summary>
internal static class SchemaFacts
{
    private static readonly string[] AllTypes = ["string", "integer", "number", "boolean", "object", "array"];

    /// <summary>JSON types a resolved schema admits (null left out: nullability has its own rule); null when unknown.</summary>
    public static HashSet<string>? TypesOf(SchemaView view, ModelIndex side, int depth = 0)
    {
        switch (view.Kind)
        {
            case SchemaKind.Any:
                return [.. AllTypes];
            case SchemaKind.Unresolved or SchemaKind.Intersection:
                return null;
            case SchemaKind.Union when depth < 4:
                var set = new HashSet<string>();
                foreach (var member in view.Union!.Members)
                {
                    if (TypesOf(side.Resolve(member.Type), side, depth + 1) is not { } inner)
                    {
                        return null;
                    }

                    set.UnionWith(inner);
                }

                return set;
            case SchemaKind.Union or SchemaKind.Never:
                return view.Kind == SchemaKind.Never ? [] : null;
            default:
                var type = view.JsonType;
                return type == "any" ? [.. AllTypes] : type == "number" ? ["number", "integer"] : [type];
        }
    }

    /// <summary>
    /// How <paramref name="to"/> admits less than <paramref name="from"/>, one phrase per constraint. With
    /// <paramref name="widening"/> the arguments are (current, previous) and the phrases read previous → current.
    /// </summary>
    public static IEnumerable<string> Narrowings(Constraints from, Constraints to, bool widening = false)
    {
        static string N(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "none";
        static string I(int? i) => i?.ToString(CultureInfo.InvariantCulture) ?? "none";
        string Change(string key, string a, string b) => widening ? $"{key} {b} → {a}" : $"{key} {a} → {b}";
        if (to.Minimum is { } min && (from.Minimum is not { } m0 || min > m0 || (min == m0 && to.ExclusiveMinimum && !from.ExclusiveMinimum)))
        {
            yield return Change("minimum", N(from.Minimum) + (from.ExclusiveMinimum ? " (exclusive)" : ""), N(min) + (to.ExclusiveMinimum ? " (exclusive)" : ""));
        }

        if (to.Maximum is { } max && (from.Maximum is not { } m1 || max < m1 || (max == m1 && to.ExclusiveMaximum && !from.ExclusiveMaximum)))
        {
            yield return Change("maximum", N(from.Maximum) + (from.ExclusiveMaximum ? " (exclusive)" : ""), N(max) + (to.ExclusiveMaximum ? " (exclusive)" : ""));
        }

        foreach (var (key, a, b, up) in new (string, int?, int?, bool)[]
        {
            ("minLength", from.MinLength, to.MinLength, true), ("maxLength", from.MaxLength, to.MaxLength, false),
            ("minItems", from.MinItems, to.MinItems, true), ("maxItems", from.MaxItems, to.MaxItems, false),
        })
        {
            if (Tighter(a, b, up))
            {
                yield return Change(key, I(a), I(b));
            }
        }

        if (to.Pattern is { } pattern && pattern != from.Pattern)
        {
            yield return from.Pattern is null ? $"pattern {pattern} {(widening ? "removed" : "added")}" : Change("pattern", from.Pattern, pattern);
        }

        if (to.MultipleOf is { } mult && mult != from.MultipleOf && (from.MultipleOf is not { } m2 || mult % m2 != 0))
        {
            yield return Change("multipleOf", N(from.MultipleOf), N(mult));
        }

        if (to.UniqueItems && !from.UniqueItems)
        {
            yield return widening ? "uniqueItems removed" : "uniqueItems added";
        }

        if (to.Const is { } constant && constant != from.Const)
        {
            yield return widening ? $"const {constant} removed" : $"const {constant}";
        }
    }

    private static bool Tighter(int? from, int? to, bool up) =>
        to is { } t && (from is not { } f ? (up ? t > 0 : true) : up ? t > f : t < f);

    public static string Describe(SchemaPair pair) => pair.Scope.Path.Length > 0 ? pair.Scope.Path : "schema";

    public static string Side(Direction direction) => direction == Direction.Both ? "payload" : direction.IsRequest() ? "request" : "response";
}
