using System.Text.Json;
using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class ApiStabilityDecreased : BreakingRule<OperationPair>
{
    private static readonly string[] Levels = ["draft", "alpha", "beta", "stable"];

    public override string Id => "API_STABILITY_DECREASED";

    public override string Purpose => "Operations do not lower their x-stability-level (draft < alpha < beta < stable).";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && Level(p) is { } before && Level(c) is { } after && Array.IndexOf(Levels, after) < Array.IndexOf(Levels, before))
        {
            context.Report(pair, $"The stability of \"{c.Name}\" decreased from {before} to {after}.");
        }
    }

    private static string? Level(Element element)
    {
        if (!element.Extensions.TryGetValue("x-stability-level", out var json))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.String && Levels.Contains(doc.RootElement.GetString()) ? doc.RootElement.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
