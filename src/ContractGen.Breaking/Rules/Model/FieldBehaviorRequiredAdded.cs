using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Model;

internal sealed class FieldBehaviorRequiredAdded : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_BEHAVIOR_REQUIRED_ADDED";

    public override string Purpose => "Existing fields do not become google.api.field_behavior REQUIRED.";

    public override IReadOnlyList<string> Categories => Everywhere;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && !p.Behaviors.Contains("REQUIRED") && c.Behaviors.Contains("REQUIRED"))
        {
            context.Report(pair, $"{Subject(c, pair.CurrentRecord)} became field_behavior REQUIRED; clients that leave it unset are now rejected.");
        }
    }
}
