using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class MessageSameRequiredFields : BreakingRule<TypePair>
{
    public override string Id => "MESSAGE_SAME_REQUIRED_FIELDS";

    public override string Purpose => "Messages neither gain nor lose proto2 required fields.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is not { Previous: RecordDef p, Current: RecordDef c })
        {
            return;
        }

        var before = p.Fields.Where(f => LabelRequired(f)).Select(f => f.Number).ToHashSet();
        var after = c.Fields.Where(f => LabelRequired(f)).ToList();
        foreach (var number in before.Where(n => !after.Any(f => f.Number == n)).Order())
        {
            context.Report(pair, $"Message \"{p.Name}\" had required field \"{number}\" deleted. Required fields must always be sent, so if one side does not know about the required field, this will result in a breakage.");
        }

        foreach (var field in after.Where(f => !before.Contains(f.Number)))
        {
            context.Report(pair, $"Message \"{c.Name}\" had required field \"{field.Number}\" added. Required fields must always be sent, so if one side does not know about the required field, this will result in a breakage.", field.Span);
        }
    }
}
