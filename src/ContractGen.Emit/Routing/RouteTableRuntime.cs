using ContractGen.Emit.Routing.Runtime;

namespace ContractGen.Emit.Routing;

/// <summary>Runs a compiled table with the C# matcher runtime (the same code generated C# packages carry).</summary>
public static class RouteTableRuntime
{
    public static IEnumerable<RouteDefinition> Definitions(CompiledRouteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Routes.Select(r => new RouteDefinition(r.Id, r.Kind, r.Method, r.Tokens.ToArray(), r.Verb, r.Template));
    }

    public static RouteMatcher Matcher(CompiledRouteTable table) => new(Definitions(table));
}
