using ContractGen.Emit.Routing;

namespace ContractGen.Emit.Views;

/// <summary>
/// One compiled route as the templates of a language see it: every text is already a literal of that language
/// (quoted and escaped by its conventions), so templates only lay the values out.
/// </summary>
/// <param name="Id">The operation or channel id literal.</param>
/// <param name="Kind">"http" or "channel" literal.</param>
/// <param name="Method">The method literal, or the language's null when the route is a channel.</param>
/// <param name="Tokens">One literal per compiled token.</param>
/// <param name="Verb">The verb literal, or the language's null.</param>
/// <param name="Template">The template as written, as a literal.</param>
/// <param name="IsChannel">True for channel addresses.</param>
/// <param name="HasVerb">True when the route declares a custom verb.</param>
public sealed record RouteRowView(
    string Id, string Kind, string Method, IReadOnlyList<string> Tokens, string Verb, string Template, bool IsChannel, bool HasVerb);

/// <summary>Turns a compiled route table into rows, with the language's literal function.</summary>
public static class RouteRows
{
    /// <param name="table">The compiled table (order kept: it is already deterministic).</param>
    /// <param name="literal">Quotes and escapes a text; receives null for absent values.</param>
    public static IReadOnlyList<RouteRowView> From(CompiledRouteTable table, Func<string?, string> literal) =>
        table.Routes.Select(r => new RouteRowView(
            literal(r.Id),
            literal(r.Kind),
            literal(r.Method),
            r.Tokens.Select(t => literal(t)).ToList(),
            literal(r.Verb),
            literal(r.Template),
            r.Kind == CompiledRoute.ChannelKind,
            r.Verb is not null)).ToList();
}
