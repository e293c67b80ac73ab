using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>
/// Walks two uses of a schema in step, handing every level to the schema and property rules. Named types are
/// entered once per (previous id, current id, direction) in a run, which ends recursion and keeps a type shared by
/// many operations from being reported many times.
/// </summary>
internal sealed class SchemaWalker(CheckContext context, Action<Pair> dispatch)
{
    private readonly HashSet<(string, string, Direction)> _entered = new();

    public void Walk(PairScope scope, TypeRef? previous, TypeRef? current, Direction direction, SourceSpan location)
    {
        if (previous is null || current is null || direction == Direction.None)
        {
            return;
        }

        var p = context.Previous.Resolve(previous);
        var c = context.Current.Resolve(current);
        var at = c.Definition is { Span.IsKnown: true } && !location.IsKnown ? c.Definition.Span : location;
        dispatch(new SchemaPair(scope, p, c, direction, at));
        if (p.TypeId is not null && c.TypeId is not null && !_entered.Add((p.TypeId, c.TypeId, direction)))
        {
            return;
        }

        var inner = c.Definition is not null ? scope.Enter("", p.Definition, c.Definition) with { Path = c.Definition.Id } : scope;
        switch (p.Kind, c.Kind)
        {
            case (SchemaKind.Object, SchemaKind.Object):
                WalkProperties(inner, p.Record!, c.Record!, direction, EffectiveFields.Of(p.Record!, context.Previous), EffectiveFields.Of(c.Record!, context.Current));
                break;
            case (SchemaKind.Array, SchemaKind.Array) or (SchemaKind.Map, SchemaKind.Map):
                Walk(inner.Enter("[]", null, null), p.Item, c.Item, direction, at);
                break;
            case (SchemaKind.Union, SchemaKind.Union):
                foreach (var (pm, cm) in UnionMembers.Pair(p.Union!, c.Union!, context.Previous, context.Current))
                {
                    Walk(inner.Enter("|" + cm.Name, null, null), pm.Type, cm.Type, direction, at);
                }

                break;
        }
    }

    private void WalkProperties(PairScope scope, RecordDef previous, RecordDef current, Direction direction,
        IReadOnlyDictionary<string, FieldDef> previousFields, IReadOnlyDictionary<string, FieldDef> currentFields)
    {
        var names = previousFields.Keys.Union(currentFields.Keys, StringComparer.Ordinal);
        foreach (var name in names.OrderBy(n => n, StringComparer.Ordinal))
        {
            var pf = previousFields.GetValueOrDefault(name);
            var cf = currentFields.GetValueOrDefault(name);
            var d = Narrow(direction, cf ?? pf!);
            if (d == Direction.None)
            {
                continue;
            }

            var propertyScope = scope.Enter("." + name, pf, cf);
            dispatch(new PropertyPair(propertyScope, previous, current, pf, cf, d));
            if (pf is not null && cf is not null)
            {
                Walk(propertyScope, pf.Type, cf.Type, d, cf.Span);
            }
        }
    }

    /// <summary>readOnly properties only travel in responses, writeOnly ones only in requests.</summary>
    private static Direction Narrow(Direction direction, FieldDef field) =>
        field.ReadOnly ? direction & Direction.Response : field.WriteOnly ? direction & Direction.Request : direction;
}

internal static class UnionMembers
{
    /// <summary>Members paired by <see cref="Key"/>; inline members (no type id) by name.</summary>
    public static IEnumerable<(UnionMember Previous, UnionMember Current)> Pair(Union previous, Union current, ModelIndex previousSide, ModelIndex currentSide)
    {
        foreach (var cm in current.Members)
        {
            var key = Key(cm, currentSide);
            var pm = previous.Members.FirstOrDefault(m => Key(m, previousSide) == key)
                ?? (key.StartsWith('#') ? null : previous.Members.FirstOrDefault(m => m.Name == cm.Name));
            if (pm is not null)
            {
                yield return (pm, cm);
            }
        }
    }

    /// <summary>
    /// The referenced type id (as it compares across the sides: <see cref="ModelIndex.TypeKey"/>); for an inline <c>allOf</c> of references only (a synthesized record named after its
    /// position in the oneOf), the ids of what it combines, so inserting an alternative does not shift the pairing.
    /// </summary>
    public static string Key(UnionMember member, ModelIndex side)
    {
        if (member.Type is not NamedTypeRef n)
        {
            return member.Name;
        }

        return side.FindType(n.TypeId) is RecordDef { Fields.IsEmpty: true, Bases.IsEmpty: false } r && r.Bases.All(b => b is NamedTypeRef)
            ? "#allOf(" + string.Join(",", r.Bases.Select(b => side.TypeKey(((NamedTypeRef)b).TypeId))) + ")"
            : "#" + side.TypeKey(n.TypeId);
    }

    public static bool Contains(Union union, ModelIndex unionSide, UnionMember member, ModelIndex memberSide)
    {
        var key = Key(member, memberSide);
        return union.Members.Any(m => Key(m, unionSide) == key || (!key.StartsWith('#') && m.Name == member.Name));
    }
}
