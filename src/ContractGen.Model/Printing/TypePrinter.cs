namespace ContractGen.Model.Printing;

internal static class TypePrinter
{
    public static void Print(TypeDef t, LineWriter w)
    {
        var head = $"type {t.Id} name={t.Name}" + (t.Synthesized ? " synthesized" : "") + (t.ParentId is null ? "" : $" parent={t.ParentId}");
        switch (t)
        {
            case RecordDef r:
                var extra = (r.IsMapEntry ? " map-entry" : "") +
                            (r.AdditionalProperties is { } ap ? $" additional={TextFormat.Type(ap)}" : r.AdditionalPropertiesAllowed ? "" : " closed") +
                            (r.Bases.IsDefaultOrEmpty ? "" : " bases=[" + string.Join(",", r.Bases.Select(TextFormat.Type)) + "]") +
                            (r.ReservedNumbers.IsDefaultOrEmpty ? "" : " reserved=[" + string.Join(",", r.ReservedNumbers.Select(Range)) + "]") +
                            (r.ReservedNames.IsDefaultOrEmpty ? "" : " reservedNames=[" + string.Join(",", r.ReservedNames) + "]") +
                            (r.ExtensionRanges.IsDefaultOrEmpty ? "" : " extensions=[" + string.Join(",", r.ExtensionRanges.Select(Range)) + "]");
                var c = TextFormat.Constraints(r.Constraints);
                w.Line(t, head + " record" + extra + (c.Length > 0 ? "{" + c + "}" : ""));
                foreach (var f in r.Fields)
                {
                    Field(t.Id, f, w);
                }

                foreach (var u in r.Oneofs)
                {
                    w.Raw($"oneof {t.Id}.{u.Name} kind={TextFormat.UnionKindName(u.Kind)} members=[{string.Join(",", u.Members.Select(m => m.Name))}]", u.Span);
                }

                break;
            case EnumDef e:
                w.Line(t, head + $" enum {(e.Closed ? "closed" : "open")} values={TextFormat.Scalar(e.ValueKind)}" + (e.AllowAlias ? " allow-alias" : "") +
                          (e.ReservedNumbers.IsDefaultOrEmpty ? "" : " reserved=[" + string.Join(",", e.ReservedNumbers.Select(Range)) + "]") +
                          (e.ReservedNames.IsDefaultOrEmpty ? "" : " reservedNames=[" + string.Join(",", e.ReservedNames) + "]"));
                foreach (var v in e.Values)
                {
                    w.Line(v, $"enum-value {t.Id}.{v.Name}" + (v.Number is { } n ? $" number={n}" : "") + $" value={v.Value}");
                }

                break;
            case UnionDef u:
                w.Line(t, head + " " + Union(u.Union));
                break;
            case AliasDef a:
                w.Line(t, head + $" alias={TextFormat.Type(a.Target)}");
                break;
        }
    }

    public static string Union(Union u)
    {
        var disc = u.Discriminator is { } d
            ? $" discriminator={d.PropertyName}" + (d.Mapping.Count == 0 ? "" : "{" + string.Join(",", d.Mapping.Select(kv => $"{kv.Key}->{kv.Value}")) + "}")
            : "";
        var members = string.Join(",", u.Members.Select(m => $"{m.Name}:{TextFormat.Type(m.Type)}" +
                                                             (m.DiscriminatorValues.IsDefaultOrEmpty ? "" : "=" + string.Join("/", m.DiscriminatorValues))));
        return $"union kind={TextFormat.UnionKindName(u.Kind)}{disc} members=[{members}]";
    }

    private static void Field(string owner, FieldDef f, LineWriter w) => w.Line(f, $"field {owner}.{f.Name}" + FieldFacts(f));

    /// <summary><c>extension acme.v1.note extendee=acme.v1.Book scope=acme.v1.Shelf json=[acme.v1.note] number=100 type=string …</c></summary>
    public static void Extension(ExtensionField e, LineWriter w) =>
        w.Line(e, $"extension {e.Id} extendee={e.Extendee.TypeId}" + (e.ScopeId is null ? "" : $" scope={e.ScopeId}") + FieldFacts(e));

    private static string FieldFacts(FieldDef f) =>
        $" json={f.JsonName}" + (f.JsonNameExplicit ? "!" : "") +
        (f.Number is { } n ? $" number={n}" : "") +
        $" type={TextFormat.Type(f.Type)}" +
        (f.Cardinality == FieldCardinality.Singular ? "" : $" {f.Cardinality.ToString().ToLowerInvariant()}") +
        (f.Presence == FieldPresence.Implicit ? "" : $" {f.Presence.ToString().ToLowerInvariant()}") +
        (f.ReadOnly ? " read-only" : "") + (f.WriteOnly ? " write-only" : "") +
        (f.Oneof is null ? "" : $" oneof={f.Oneof}") +
        (f.Behaviors.IsDefaultOrEmpty ? "" : " behavior=[" + string.Join(",", f.Behaviors) + "]") +
        (f.Packed is { } p ? $" packed={p.ToString().ToLowerInvariant()}" : "") +
        (f.Options.IsDefaultOrEmpty ? "" : " options=[" + string.Join(",", f.Options) + "]");

    private static string Range(NumberRange r) => r.Start == r.End ? $"{r.Start}" : $"{r.Start}-{r.End}";
}
