using ContractGen.Emit.Routing;

namespace ContractGen.Emit.Engine;

/// <summary>The compiled route table of a run: compiled once (its CG44xx diagnostics reported once) and shared by every language.</summary>
public static class RouteTables
{
    public static CompiledRouteTable Of(EmitContext context) =>
        context.Shared(c => RouteCompiler.Compile(c.Model, c.Diagnostics));
}
