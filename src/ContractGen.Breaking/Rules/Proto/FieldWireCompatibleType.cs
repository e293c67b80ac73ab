using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldWireCompatibleType : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_WIRE_COMPATIBLE_TYPE";

    public override string Purpose => "Fields keep a wire-compatible type.";

    public override IReadOnlyList<string> Categories => WireOnly;

    public override FormatSet Formats => FormatSet.Proto;

    /// <summary>An enum swapped for one with the same short name that keeps every previous value is compatible.</summary>
    private static bool EnumExtends(string kind, string? previous, string? current, CheckContext context) =>
        kind == "enum" && previous is not null && current is not null &&
        context.Previous.FindType(previous) is EnumDef p && context.Current.FindType(current) is EnumDef c && p.Name == c.Name &&
        p.Values.All(v => c.Values.Any(x => x.Name == v.Name && x.Number == v.Number));

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        string pk = Kind(p, context.Previous), ck = Kind(c, context.Current);
        string? pn = TypeName(p, context.Previous), cn = TypeName(c, context.Current);
        if (WireGroup(pk) != WireGroup(ck) && !(pk == "string" && ck == "bytes"))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed type from \"{pk}\" to \"{ck}\".");
        }
        else if (pk == ck && pn != cn && !EnumExtends(pk, pn, cn, context))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed type from \"{pn}\" to \"{cn}\".");
        }
    }
}
