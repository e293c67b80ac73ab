using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestParameterStyleChanged : BreakingRule<ParameterPair>
{
    public override string Id => "REQUEST_PARAMETER_STYLE_CHANGED";

    public override string Purpose => "Parameters keep their serialization (style, explode, allowReserved, content type).";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    private static string Serialization(HttpParameter p)
    {
        var style = p.Style ?? (p.In is ParameterLocation.Query or ParameterLocation.Cookie ? "form" : "simple");
        var explode = p.Explode ?? style == "form";
        return $"style={style} explode={explode.ToString().ToLowerInvariant()}" + (p.AllowReserved ? " allowReserved" : "") + (p.ContentMediaType is { } m ? " content=" + m : "");
    }

    public override void Check(ParameterPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.In == c.In && Serialization(p) != Serialization(c))
        {
            context.Report(pair, $"The serialization of parameter \"{c.Name}\" of \"{pair.Binding.CurrentOperation.Name}\" changed from {Serialization(p)} to {Serialization(c)}.");
        }
    }
}
