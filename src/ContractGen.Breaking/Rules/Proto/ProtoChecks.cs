using System.Collections.Immutable;
using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

/// <summary>
/// Checks that come in pairs of buf rules which differ only in the compatibility group they compare (wire or wire+JSON)
/// or in the kind of type they look at (enum or message); each rule keeps its own ID, purpose and categories.
/// </summary>
internal static class ProtoChecks
{
    /// <summary>A field's kind left its compatibility group, or a message/enum field now names another type (an enum that keeps every value is fine).</summary>
    public static void TypeChange(FieldPair pair, CheckContext context, Func<string, int> group, bool stringToBytesCompatible)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        string pk = Kind(p, context.Previous), ck = Kind(c, context.Current);
        string? pn = TypeName(p, context.Previous), cn = TypeName(c, context.Current);
        if (group(pk) != group(ck) && !(stringToBytesCompatible && pk == "string" && ck == "bytes"))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed type from \"{pk}\" to \"{ck}\".");
        }
        else if (pk == ck && pn != cn && !EnumExtends(pk, pn, cn, context))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed type from \"{pn}\" to \"{cn}\".");
        }
    }

    /// <summary>A field's cardinality left its compatibility group (map entries are judged by their map field).</summary>
    public static void CardinalityChange(FieldPair pair, CheckContext context, Func<string, int> group)
    {
        if (pair is not { Previous: { } p, Current: { } c } || pair.CurrentRecord.IsMapEntry)
        {
            return;
        }

        string previous = Cardinality(p, context.Previous, pair.PreviousRecord), current = Cardinality(c, context.Current, pair.CurrentRecord);
        if (group(previous) != group(current))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed cardinality from \"{previous}\" to \"{current}\".");
        }
    }

    /// <summary>Types of kind <typeparamref name="T"/> of the previous file that the current file no longer declares (by name inside the package).</summary>
    public static void DeletedFromFile<T>(DocumentPair pair, CheckContext context, string kind)
        where T : TypeDef
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        var kept = context.Current.TypesInFile(context.Current.DocumentKey(c)).OfType<T>().Select(t => NestedName(t, context.Current)).ToHashSet(StringComparer.Ordinal);
        foreach (var type in context.Previous.TypesInFile(context.Previous.DocumentKey(p)).OfType<T>().Where(t => !kept.Contains(NestedName(t, context.Previous))))
        {
            context.Report(pair, $"Previously present {kind} \"{NestedName(type, context.Previous)}\" was deleted from file.", DeletionSite(type, context.Current, c), type.Id);
        }
    }

    /// <summary>Types of kind <typeparamref name="T"/> of the previous package that the current package no longer declares (by full name).</summary>
    public static void DeletedFromPackage<T>(PackagePair pair, CheckContext context, string kind)
        where T : TypeDef
    {
        if (pair.Previous.Count == 0 || pair.Current.Count == 0)
        {
            return;
        }

        foreach (var type in context.Previous.TypesInPackage(pair.Package).OfType<T>().Where(t => context.Current.FindType(t.Id) is not T))
        {
            var file = context.Current.DocumentByKey(context.Previous.FileKeyOf(type));
            var at = file is null ? type.Span : DeletionSite(type, context.Current, file);
            context.Report(pair, $"Previously present {kind} \"{NestedName(type, context.Previous)}\" was deleted from package \"{pair.Package}\".", at, type.Id);
        }
    }

    /// <summary>Reserved ranges and names of the previous enum or message that the current one dropped.</summary>
    public static void ReservedDeleted(TypePair pair, CheckContext context, string kind, string name,
        (ImmutableArray<NumberRange> Numbers, ImmutableArray<string> Names) previous, (ImmutableArray<NumberRange> Numbers, ImmutableArray<string> Names) current)
    {
        foreach (var range in ExtensionMessageNoDelete.Missing(previous.Numbers, current.Numbers))
        {
            context.Report(pair, $"Previously present reserved range \"[{range.Start},{range.End}]\" on {kind} \"{name}\" was deleted.");
        }

        foreach (var reserved in previous.Names.Where(n => !current.Names.Contains(n)))
        {
            context.Report(pair, $"Previously present reserved name \"{reserved}\" on {kind} \"{name}\" was deleted.");
        }
    }

    /// <summary>An enum swapped for one with the same short name that keeps every previous value is compatible.</summary>
    private static bool EnumExtends(string kind, string? previous, string? current, CheckContext context) =>
        kind == "enum" && previous is not null && current is not null &&
        context.Previous.FindType(previous) is EnumDef p && context.Current.FindType(current) is EnumDef c && p.Name == c.Name &&
        p.Values.All(v => c.Values.Any(x => x.Name == v.Name && x.Number == v.Number));
}
