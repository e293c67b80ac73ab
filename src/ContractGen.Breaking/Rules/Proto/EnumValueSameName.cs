using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class EnumValueSameName : BreakingRule<EnumValuePair>
{
    public override string Id => "ENUM_VALUE_SAME_NAME";

    public override string Purpose => "Enum values keep their name (ProtoJSON writes names).";

    public override IReadOnlyList<string> Categories => FilePackageWireJson;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(EnumValuePair pair, CheckContext context)
    {
        var previous = pair.Previous.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        if (pair.Previous.Count > 0 && pair.Current.Count > 0 && !pair.Current.All(v => previous.Contains(v.Name)))
        {
            static string Names(IEnumerable<EnumValue> values) => string.Join(", ", values.Select(v => $"\"{v.Name}\"").Order(StringComparer.Ordinal));
            context.Report(pair, $"Enum value \"{pair.Number}\" on enum \"{pair.CurrentEnum.Name}\" changed name from {Names(pair.Previous)} to {Names(pair.Current)}.");
        }
    }
}
