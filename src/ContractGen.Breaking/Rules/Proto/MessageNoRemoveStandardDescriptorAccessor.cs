using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class MessageNoRemoveStandardDescriptorAccessor : BreakingRule<TypePair>
{
    public override string Id => "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR";

    public override string Purpose => "Messages do not switch on no_standard_descriptor_accessor.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is { Previous: RecordDef p, Current: RecordDef c } && Option(p, "no_standard_descriptor_accessor") != "true" && Option(c, "no_standard_descriptor_accessor") == "true")
        {
            context.Report(pair, "Message option \"no_standard_descriptor_accessor\" changed from \"false\" to \"true\".");
        }
    }
}
