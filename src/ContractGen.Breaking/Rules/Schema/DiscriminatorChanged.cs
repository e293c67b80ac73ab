using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class DiscriminatorChanged : BreakingRule<SchemaPair>
{
    public override string Id => "DISCRIMINATOR_CHANGED";

    public override string Purpose => "Discriminators keep their property and the values they map.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (pair.Previous.Union?.Discriminator is not { } p)
        {
            return;
        }

        if (pair.Current.Union?.Discriminator is not { } c || c.PropertyName != p.PropertyName)
        {
            context.Report(pair, $"The discriminator of {Describe(pair)} changed from \"{p.PropertyName}\" to \"{pair.Current.Union?.Discriminator?.PropertyName ?? "(none)"}\".");
            return;
        }

        foreach (var (value, target) in p.Mapping)
        {
            if (!c.Mapping.TryGetValue(value, out var now) || context.Current.TypeKey(now) != context.Previous.TypeKey(target))
            {
                context.Report(pair, $"The discriminator value \"{value}\" of {Describe(pair)} no longer maps to {target}.");
            }
        }
    }
}
